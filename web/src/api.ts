// The explorer's GraphQL client: the operations it sends to /graphql and the shapes they return.

export type {
  EntityDetail,
  EntitySummary,
  Evidence,
  EvidenceSpan,
  GraphEdge,
  SearchHit,
  Source,
  Subgraph,
} from './model.js';
import type { IntrospectedType } from './schemaDocs.js';
import type {
  EntityDetail,
  Evidence,
  EvidenceSpan,
  EntitySummary,
  SearchHit,
  Source,
  Subgraph,
} from './model.js';

/** Why a request failed, in words a reader of the page can act on. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'http' | 'graphql',
  ) {
    super(message);
  }
}

const endpoint = new URL('/graphql', window.location.href).toString();

export async function request<T>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  let response: Response;
  try {
    // A JSON POST also satisfies Apollo's CSRF prevention, which refuses "simple" requests.
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The server cannot be reached. Is it running?', 'network');
  }
  let body: { data?: T | null; errors?: { message: string }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`The server answered ${response.status} ${response.statusText}.`, 'http');
  }
  if (body.errors?.length) {
    throw new ApiError(body.errors.map((error) => error.message).join('; '), 'graphql');
  }
  if (!response.ok || !body.data) {
    throw new ApiError(`The server answered ${response.status} ${response.statusText}.`, 'http');
  }
  return body.data;
}

const quantityFields = 'quantities { value unit item qualifier approximate text }';
const evidenceFields = 'evidence { quote start end source { id } }';
const summaryFields = 'id type name nameEn';

/** Set at start-up from introspection: the API serves ReliefAction.activity (a server older than the field does not). */
let activityField = false;
export function useActivityField(on: boolean): void {
  activityField = on;
}

/** Set at start-up from introspection: the API serves Entity.sources and Source's counts. */
let sourcesField = false;
export function useSourcesField(on: boolean): void {
  sourcesField = on;
}

/** A drawn node: its names (and sources), and for a relief action what the actors → targets view labels and filters by. */
function nodeFields(): string {
  const activity = activityField ? ' activity' : '';
  const sources = sourcesField ? ' sources { id }' : '';
  return `${summaryFields}${sources} ... on ReliefAction { category${activity} ${quantityFields} }`;
}
function subgraphFields(): string {
  return `nodes { ${nodeFields()} } edges { id type from to ${quantityFields} ${evidenceFields} }`;
}

export async function search(text: string, first = 10): Promise<SearchHit[]> {
  const data = await request<{ search: SearchHit[] }>(
    `query ExplorerSearch($text: String!, $first: Int) {
      search(text: $text, first: $first) { ${summaryFields} aliases }
    }`,
    { text, first },
  );
  return data.search;
}

export async function entity(id: string): Promise<EntityDetail | null> {
  const data = await request<{ entity: EntityDetail | null }>(
    `query ExplorerEntity($id: ID!) {
      entity(id: $id) {
        ${summaryFields} nameEnSource aliases ${quantityFields} ${evidenceFields}
        ... on ReliefAction { category${activityField ? ' activity' : ''} }
        relations(direction: BOTH, first: 1000) {
          id type direction node { ${nodeFields()} } ${quantityFields} ${evidenceFields}
        }
      }
    }`,
    { id },
  );
  return data.entity;
}

/** The server refuses operations with more aliases than this (its MAX_ALIASES default is 30). */
const aliasesPerRequest = 20;

/** The neighborhoods of several entities, a few per request (aliases n0, n1, ...). */
export async function neighborhoods(ids: string[], depth = 1, limit = 200): Promise<Subgraph[]> {
  const batches: Promise<Subgraph[]>[] = [];
  for (let from = 0; from < ids.length; from += aliasesPerRequest) {
    batches.push(neighborhoodBatch(ids.slice(from, from + aliasesPerRequest), depth, limit));
  }
  return (await Promise.all(batches)).flat();
}

async function neighborhoodBatch(ids: string[], depth: number, limit: number): Promise<Subgraph[]> {
  const variables: Record<string, unknown> = { depth, limit };
  const fields = ids.map((id, index) => {
    variables[`id${index}`] = id;
    return `n${index}: neighborhood(id: $id${index}, depth: $depth, limit: $limit) { ${subgraphFields()} }`;
  });
  const declarations = ids.map((_id, index) => `$id${index}: ID!`).join(', ');
  const data = await request<Record<string, Subgraph>>(
    `query ExplorerNeighborhoods(${declarations}, $depth: Int, $limit: Int) { ${fields.join('\n')} }`,
    variables,
  );
  return ids.map((_id, index) => data[`n${index}`] ?? { nodes: [], edges: [] });
}

export async function shortestPath(from: string, to: string): Promise<Subgraph | null> {
  const data = await request<{ shortestPath: Subgraph | null }>(
    `query ExplorerPath($from: ID!, $to: ID!) {
      shortestPath(from: $from, to: $to, maxDepth: 10) { ${subgraphFields()} }
    }`,
    { from, to },
  );
  return data.shortestPath;
}

/** The ids of every entity of one type (the hospitals, say), a page at a time. */
export async function idsOfType(type: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const data: IdPage = await request<IdPage>(
      `query ExplorerIdsOfType($type: EntityType!, $after: String) {
        entitiesConnection(where: { type: [$type] }, first: 50, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { id } }
        }
      }`,
      { type, after },
    );
    ids.push(...data.entitiesConnection.edges.map((edge) => edge.node.id));
    if (!data.entitiesConnection.pageInfo.hasNextPage) return ids;
    after = data.entitiesConnection.pageInfo.endCursor;
  }
}

interface IdPage {
  entitiesConnection: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string } }[];
  };
}

export async function sources(): Promise<Source[]> {
  const data = await request<{ sources: Source[] }>(
    'query ExplorerSources { sources { id title publisher date text } }',
  );
  return data.sources;
}

/** How many standing entities and relationships cite each source (a server with Source.entityCount). */
export async function sourceCounts(): Promise<
  Pick<Source, 'id' | 'entityCount' | 'relationCount'>[]
> {
  const data = await request<{ sources: Pick<Source, 'id' | 'entityCount' | 'relationCount'>[] }>(
    'query ExplorerSourceCounts { sources { id entityCount relationCount } }',
  );
  return data.sources;
}

interface EvidencePage {
  entitiesConnection: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: EntitySummary & {
        evidence: Evidence[];
        relations: { type: string; node: EntitySummary; evidence: Evidence[] }[];
      };
    }[];
  };
}

/**
 * Every span of the sources that some entity or relationship cites: every entity, a page at a
 * time, with its evidence and that of its outgoing relationships (each relationship once).
 */
export async function evidenceSpans(): Promise<EvidenceSpan[]> {
  const spanFields = 'evidence { start end source { id } }';
  const spans: EvidenceSpan[] = [];
  let after: string | null = null;
  for (;;) {
    const data: EvidencePage = await request<EvidencePage>(
      `query ExplorerEvidence($after: String) {
        entitiesConnection(first: 50, after: $after) {
          pageInfo { hasNextPage endCursor }
          edges { node { ${summaryFields} ${spanFields}
            relations(direction: OUT, first: 100) { type node { ${summaryFields} } ${spanFields} } } }
        }
      }`,
      { after },
    );
    for (const { node } of data.entitiesConnection.edges) {
      for (const evidence of node.evidence) {
        spans.push({ ...spanOf(evidence), label: node.name, entityId: node.id, about: [node.id] });
      }
      for (const relation of node.relations) {
        const label = `${node.name} —${relation.type}→ ${relation.node.name}`;
        for (const evidence of relation.evidence) {
          const about = [node.id, relation.node.id];
          spans.push({ ...spanOf(evidence), label, entityId: node.id, about });
        }
      }
    }
    const { hasNextPage, endCursor } = data.entitiesConnection.pageInfo;
    if (!hasNextPage) return spans;
    after = endCursor;
  }
}

function spanOf(evidence: Pick<Evidence, 'start' | 'end' | 'source'>) {
  return { start: evidence.start, end: evidence.end, sourceId: evidence.source.id };
}

/** Every type of the schema with its descriptions, fields and enum values (introspection). */
export async function schemaTypes(): Promise<IntrospectedType[]> {
  const typeRef = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
  const data = await request<{ __schema: { types: IntrospectedType[] } }>(
    `query ExplorerSchemaDocs { __schema { types {
      name kind description
      fields { name description type { ${typeRef} } }
      enumValues { name description }
    } } }`,
  );
  return data.__schema.types;
}
