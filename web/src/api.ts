// The explorer's GraphQL client: the operations it sends to /graphql and the shapes they return.

export interface Quantity {
  value: number;
  unit: string;
  item: string | null;
  /** EXACT, ABOUT (约), NEARLY (近), AT_LEAST (上万), MORE_THAN, LESS_THAN (不到). */
  qualifier?: string;
  approximate: boolean;
  text: string;
}

export interface Evidence {
  quote: string;
  start: number;
  end: number;
  source: { id: string };
}

export interface EntitySummary {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
}

export interface SearchHit extends EntitySummary {
  aliases: string[];
}

export interface GraphEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  quantities: Quantity[];
  evidence: Evidence[];
}

export interface Subgraph {
  nodes: EntitySummary[];
  edges: GraphEdge[];
}

export interface RelationDetail {
  id: string;
  type: string;
  direction: 'OUT' | 'IN' | 'BOTH';
  node: EntitySummary;
  quantities: Quantity[];
  evidence: Evidence[];
}

export interface EntityDetail extends EntitySummary {
  aliases: string[];
  /** OFFICIAL, TRANSLATION or DESCRIPTION: where nameEn comes from. */
  nameEnSource?: string | null;
  quantities: Quantity[];
  evidence: Evidence[];
  category?: string;
  activity?: string;
  relations: RelationDetail[];
}

export interface Source {
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  text: string;
}

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
const subgraphFields = `nodes { ${summaryFields} } edges { id type from to ${quantityFields} ${evidenceFields} }`;

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
        ... on ReliefAction { category activity }
        relations(direction: BOTH, first: 1000) {
          id type direction node { ${summaryFields} } ${quantityFields} ${evidenceFields}
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
    return `n${index}: neighborhood(id: $id${index}, depth: $depth, limit: $limit) { ${subgraphFields} }`;
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
      shortestPath(from: $from, to: $to, maxDepth: 10) { ${subgraphFields} }
    }`,
    { from, to },
  );
  return data.shortestPath;
}

export async function sources(): Promise<Source[]> {
  const data = await request<{ sources: Source[] }>(
    'query ExplorerSources { sources { id title publisher date text } }',
  );
  return data.sources;
}

/** One evidenced span of the article and what it is evidence for. */
export interface EvidenceSpan {
  start: number;
  end: number;
  sourceId: string;
  /** The entity or relation the span supports, as a reader would name it. */
  label: string;
  entityId: string;
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
        spans.push({ ...spanOf(evidence), label: node.name, entityId: node.id });
      }
      for (const relation of node.relations) {
        const label = `${node.name} —${relation.type}→ ${relation.node.name}`;
        for (const evidence of relation.evidence) {
          spans.push({ ...spanOf(evidence), label, entityId: node.id });
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
