// The operations `npm run bench:peer` sends to both servers: the same question in each API, and what makes two answers equivalent.
//
// Each side is written the way its own users would write it. Where the project's API merges two
// relationship types in one field (an organisation's `actions`: PERFORMED and LED; a relief
// action's `actors`: PERFORMED and LED, incoming), the @neo4j/graphql side asks for both fields.

/** A JSON answer's `data`. */
type Data = Record<string, unknown>;
type Entity = { id: string };

export interface PeerOperation {
  name: string;
  /** The project's operation (schema/domain.graphql). */
  ours: string;
  /** The same question to @neo4j/graphql (bench/peer/typeDefs.ts). */
  theirs: string;
  /**
   * What each answer says about which entities, in a form that is equal for equivalent answers
   * (ids, sorted where the order is not part of the question).
   */
  describeOurs(data: Data): unknown;
  describeTheirs(data: Data): unknown;
}

const ids = (list: Entity[] | undefined) => (list ?? []).map((e) => e.id).sort();
const CHAMBER = 'association:china-electronics-chamber-of-commerce';

interface OurAction extends Entity {
  targets: Entity[];
  actors: Entity[];
}
interface TheirAction extends Entity {
  targets: Entity[];
  performedBy: Entity[];
  ledBy: Entity[];
}

/** Per action: its targets and its actors, by action id. */
function actionMap(actions: { id: string; targets: string[]; actors: string[] }[]) {
  return Object.fromEntries(
    [...actions]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((a) => [a.id, { targets: a.targets, actors: a.actors }]),
  );
}

const HUOSHENSHAN = '武汉火神山医院';

/** An organisation's performed actions in @neo4j/graphql: one fragment per node type that has them. */
const performedByKind = (selection: string) =>
  ['Association', 'GovernmentBody', 'Company', 'Group']
    .map((kind) => `... on ${kind} { performed { ${selection} } }`)
    .join(' ');

type Nested = Entity & Record<string, unknown>;

/**
 * A tree of entities as ids: each level's list sorted by id (the order of a nested list is not
 * part of these questions), each entity with its children under the same key on both sides.
 */
function tree(list: unknown, path: readonly string[][]): unknown {
  const [keys = [], ...rest] = path;
  return [...((list as Nested[] | undefined) ?? [])]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entity) => {
      const children = keys.flatMap((key) => (entity[key] as Nested[] | undefined) ?? []);
      const unique = [...new Map(children.map((c) => [c.id, c])).values()];
      return rest.length === 0 ? entity.id : { id: entity.id, below: tree(unique, rest) };
    });
}

export const peerOperations: PeerOperation[] = [
  {
    name: 'typed traversal, 3 levels',
    ours: `{
      entity(id: "${CHAMBER}") {
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
    theirs: `{
      associations(where: { id: { eq: "${CHAMBER}" } }) {
        id name nameEn scope
        performed { ...action }
        led { ...action }
      }
    }
    fragment action on ReliefAction {
      id name nameEn category
      quantityValue quantityUnit quantityItem quantityQualifier
      targets { id type name nameEn }
      performedBy { id type name nameEn }
      ledBy { id type name nameEn }
    }`,
    describeOurs: (data) => {
      const entity = data.entity as Entity & { actions: OurAction[] };
      return {
        id: entity.id,
        actions: actionMap(
          entity.actions.map((a) => ({ id: a.id, targets: ids(a.targets), actors: ids(a.actors) })),
        ),
      };
    },
    describeTheirs: (data) => {
      const [entity] = data.associations as (Entity & {
        performed: TheirAction[];
        led: TheirAction[];
      })[];
      const actions = new Map<string, TheirAction>();
      for (const a of [...entity!.performed, ...entity!.led]) actions.set(a.id, a);
      return {
        id: entity!.id,
        actions: actionMap(
          [...actions.values()].map((a) => ({
            id: a.id,
            targets: ids(a.targets),
            actors: [...new Set([...ids(a.performedBy), ...ids(a.ledBy)])].sort(),
          })),
        ),
      };
    },
  },
  {
    name: 'narrow nested, 2 levels (火神山 -> actions that supported it -> their actors)',
    ours: `{
      hospitals(where: { name: { eq: "${HUOSHENSHAN}" } }) {
        id name
        supportActions { id name category actors { id type name } }
      }
    }`,
    theirs: `{
      hospitals(where: { name: { eq: "${HUOSHENSHAN}" } }) {
        id name
        supportActions { id name category performedBy { id type name } }
      }
    }`,
    describeOurs: (data) => tree(data.hospitals, [['supportActions'], ['actors'], []]),
    describeTheirs: (data) => tree(data.hospitals, [['supportActions'], ['performedBy'], []]),
  },
  {
    name: 'narrow nested, 3 levels (火神山 -> actions -> actors -> their actions)',
    ours: `{
      hospitals(where: { name: { eq: "${HUOSHENSHAN}" } }) {
        id name
        supportActions { id name actors { id type name actions { id name category } } }
      }
    }`,
    theirs: `{
      hospitals(where: { name: { eq: "${HUOSHENSHAN}" } }) {
        id name
        supportActions {
          id name
          performedBy { id type name ${performedByKind('id name category')} }
        }
      }
    }`,
    describeOurs: (data) => tree(data.hospitals, [['supportActions'], ['actors'], ['actions'], []]),
    describeTheirs: (data) =>
      tree(data.hospitals, [['supportActions'], ['performedBy'], ['performed'], []]),
  },
  {
    name: 'a list of 20, each with one nested list',
    ours: `{ associations(first: 20) { id name nameEn actions { id name category } } }`,
    theirs: `{
      associations(sort: [{ id: ASC }], limit: 20) { id name nameEn performed { id name category } }
    }`,
    describeOurs: (data) => tree(data.associations, [['actions'], []]),
    describeTheirs: (data) => tree(data.associations, [['performed'], []]),
  },
  {
    name: 'wide fan-out (every association -> actions -> actors)',
    ours: `{
      associations(first: 1000) { id name actions { id name actors { id type name } } }
    }`,
    theirs: `{
      associations(sort: [{ id: ASC }]) { id name performed { id name performedBy { id type name } } }
    }`,
    describeOurs: (data) => tree(data.associations, [['actions'], ['actors'], []]),
    describeTheirs: (data) => tree(data.associations, [['performed'], ['performedBy'], []]),
  },
  {
    name: 'list filtered through two relationships',
    ours: `{
      associations(where: { actions: { targets: { type: [HOSPITAL] } } }) { id name nameEn }
    }`,
    theirs: `{
      associations(
        where: { performed: { some: { targets: { some: { type: { eq: "HOSPITAL" } } } } } }
        sort: [{ id: ASC }]
        limit: 100
      ) { id name nameEn }
    }`,
    describeOurs: (data) => (data.associations as Entity[]).map((e) => e.id),
    describeTheirs: (data) => (data.associations as Entity[]).map((e) => e.id),
  },
  {
    name: 'list filtered through a relationship',
    ours: `{
      associations(where: { actions: { category: [HOSPITAL_CONSTRUCTION] } }) { id name nameEn }
    }`,
    theirs: `{
      associations(
        where: {
          OR: [
            { performed: { some: { category: { eq: HOSPITAL_CONSTRUCTION } } } }
            { led: { some: { category: { eq: HOSPITAL_CONSTRUCTION } } } }
          ]
        }
        sort: [{ id: ASC }]
        limit: 100
      ) { id name nameEn }
    }`,
    // Both sorted by id: the order is part of the answer.
    describeOurs: (data) => (data.associations as Entity[]).map((e) => e.id),
    describeTheirs: (data) => (data.associations as Entity[]).map((e) => e.id),
  },
  {
    name: 'paged connection with totalCount',
    ours: `{
      associationsConnection(where: { scope: NATIONAL }, sort: [{ field: NAME }], first: 10) {
        totalCount
        edges { cursor node { id name nameEn } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    theirs: `{
      associationsConnection(
        where: { scope: { eq: NATIONAL } }
        sort: [{ name: ASC }, { id: ASC }]
        first: 10
      ) {
        totalCount
        edges { cursor node { id name nameEn } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    describeOurs: (data) => connectionPage(data.associationsConnection),
    describeTheirs: (data) => connectionPage(data.associationsConnection),
  },
  {
    // Fewer matches than `first` in the seed, so both return every match (ranked differently).
    name: 'full-text search',
    ours: `{ search(text: "协会", first: 100) { id type name nameEn } }`,
    theirs: `{
      searchEntities(phrase: "\\"协会\\"", first: 100) {
        edges { score node { id type name nameEn } }
      }
    }`,
    describeOurs: (data) => ids(data.search as Entity[]),
    describeTheirs: (data) =>
      ids((data.searchEntities as { edges: { node: Entity }[] }).edges.map((e) => e.node)),
  },
];

function connectionPage(connection: unknown) {
  const c = connection as {
    totalCount: number;
    edges: { node: Entity }[];
    pageInfo: { hasNextPage: boolean };
  };
  return {
    totalCount: c.totalCount,
    page: c.edges.map((e) => e.node.id),
    hasNextPage: c.pageInfo.hasNextPage,
  };
}

/** Every entity counted, with a first page: over the scale-loaded database (>= 1e6 entities). */
export interface CountOperation {
  name: string;
  server: 'ours' | 'theirs';
  query: string;
  totalCount(data: Data): number;
}

const page = 'totalCount edges { cursor node { id type name } }';
const total = (field: string) => (data: Data) => (data[field] as { totalCount: number }).totalCount;

export const countOperations: CountOperation[] = [
  {
    name: 'ours: entitiesConnection (interface Entity)',
    server: 'ours',
    query: `{ entitiesConnection(first: 10) { ${page} } }`,
    totalCount: total('entitiesConnection'),
  },
  {
    name: 'ours: entitiesConnection, totalCount only',
    server: 'ours',
    query: `{ entitiesConnection(first: 0) { totalCount } }`,
    totalCount: total('entitiesConnection'),
  },
  {
    name: 'theirs: entitiesConnection (interface Entity)',
    server: 'theirs',
    query: `{ entitiesConnection(first: 10) { ${page} } }`,
    totalCount: total('entitiesConnection'),
  },
  {
    name: 'theirs: entitiesConnection, totalCount only',
    server: 'theirs',
    query: `{ entitiesConnection { totalCount } }`,
    totalCount: total('entitiesConnection'),
  },
  {
    name: 'theirs: anyEntitiesConnection (node type on :Entity)',
    server: 'theirs',
    query: `{ anyEntitiesConnection(first: 10) { ${page} } }`,
    totalCount: total('anyEntitiesConnection'),
  },
  {
    name: 'theirs: anyEntitiesConnection, totalCount only',
    server: 'theirs',
    query: `{ anyEntitiesConnection { totalCount } }`,
    totalCount: total('anyEntitiesConnection'),
  },
];
