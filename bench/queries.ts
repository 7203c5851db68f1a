// The operations `npm run bench` measures: one per representative query shape, with the seed ids the examples of examples/ use.

export interface BenchQuery {
  /** Row label in the table and key in the JSON. */
  name: string;
  /** Which server answers it: the project, or the bare Apollo floor. */
  server: 'project' | 'floor';
  query: string;
  /** A Query field the row needs; rows whose field the schema lacks are reported as n/a. */
  requiresField?: string;
}

const typename = '{ __typename }';

export const benchQueries: BenchQuery[] = [
  { name: 'floor: { __typename }', server: 'floor', query: typename },
  { name: '{ __typename }', server: 'project', query: typename },
  {
    // The operation of issue 12's in-process measurement: 20 hits, 20 relations each, 10 of theirs (12 KB).
    name: 'relationships, 3 levels (12 KB)',
    server: 'project',
    query: `{
      search(text: "协会", first: 20) {
        id name
        relations(first: 20) { type node { id name relations(first: 10) { type node { id name } } } }
      }
    }`,
  },
  {
    // association -> actions -> targets and co-actors: three levels of typed relationship fields.
    name: 'typed relationships, 3 levels',
    server: 'project',
    query: `{
      entity(id: "association:china-electronics-chamber-of-commerce") {
        id name nameEn
        ... on Association {
          scope
          actions {
            id name nameEn category
            quantities { value unit item approximate }
            targets { id type name nameEn }
            actors { id type name nameEn }
          }
        }
      }
    }`,
  },
  {
    name: 'entity + relations + nodes',
    server: 'project',
    query: `{
      entity(id: "region:wuhan") {
        id type name nameEn
        relations { type direction node { id type name nameEn } }
      }
    }`,
  },
  {
    name: 'neighborhood depth 2',
    server: 'project',
    query: `{
      neighborhood(id: "hospital:wuhan-huoshenshan-hospital", depth: 2, limit: 100) {
        nodes { id type name nameEn }
        edges { type from to }
      }
    }`,
  },
  {
    name: 'search (Chinese substring)',
    server: 'project',
    query: `{ search(text: "商会") { id type name nameEn } }`,
  },
  {
    // The two ends of the seed graph's longest shortest path (6 hops).
    name: 'shortestPath, 6 hops',
    server: 'project',
    query: `{
      shortestPath(from: "region:shandong", to: "region:beijing") {
        nodes { id type name }
        edges { type from to }
      }
    }`,
  },
  {
    name: 'filtered, sorted, paged list',
    server: 'project',
    requiresField: 'associationsConnection',
    query: `{
      associationsConnection(
        where: { scope: NATIONAL }
        sort: [{ field: MONEY, direction: DESC }]
        first: 10
      ) {
        totalCount
        edges { cursor node { id name } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
  },
  {
    name: 'aggregate',
    server: 'project',
    requiresField: 'actorTotals',
    query: `{ actorTotals(first: 10) { actor { id name } actionCount money } }`,
  },
];
