// The review page's GraphQL calls: proposeFacts (public), the reads before a commit, and the curator's one batch of writes, with the errors' codes (and a batch's failing item) kept for the page to show.
import type { CurrentEntity } from './commitPlan.js';
import type { Proposals } from './proposals.js';

/** One error of a GraphQL answer: its message and `extensions.code` (CONFLICT, UNAUTHENTICATED …). */
export interface CallError {
  message: string;
  code: string;
  /** A batch's refusal: the position of the item refused (`extensions.index`). */
  index?: number;
}

/** What a call answered: its data, or why not (a network or HTTP failure is code NETWORK / HTTP). */
export type CallResult<T> = { data: T; error: null } | { data: null; error: CallError };

const endpoint = new URL('/graphql', window.location.href).toString();

export async function call<T>(
  query: string,
  variables: Record<string, unknown>,
  key: string | null = null,
): Promise<CallResult<T>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
  };
  if (key) headers.authorization = `Bearer ${key}`;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    return fail('NETWORK', 'The server cannot be reached. Is it running?');
  }
  let body: {
    data?: T | null;
    errors?: { message: string; extensions?: { code?: string; index?: number } }[];
  };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    return fail('HTTP', `The server answered ${response.status} ${response.statusText}.`);
  }
  const first = body.errors?.[0];
  if (first) {
    const failure = fail(first.extensions?.code ?? 'ERROR', first.message);
    const index = first.extensions?.index;
    if (typeof index === 'number') failure.error.index = index;
    return failure;
  }
  if (!response.ok || !body.data) {
    return fail('HTTP', `The server answered ${response.status} ${response.statusText}.`);
  }
  return { data: body.data, error: null };
}

function fail(code: string, message: string): { data: null; error: CallError } {
  return { data: null, error: { code, message } };
}

const quantityFields = 'text start end value unit qualifier item';

const proposeQuery = `query ProposeFacts($text: String!, $title: String, $publisher: String, $published: String, $url: String) {
  proposeFacts(text: $text, title: $title, publisher: $publisher, published: $published, url: $url) {
    text sha256 fromHtml
    entities { key kind name mentions { start end } rule confidence existing { id name nameEn } }
    quantities { ${quantityFields} }
    deeds { quote start end activity actors { key } quantities { ${quantityFields} } rule confidence duplicateOf { id name } }
  }
}`;

export async function proposeFacts(report: {
  text: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
}): Promise<CallResult<Proposals>> {
  const result = await call<{ proposeFacts: Proposals }>(proposeQuery, report);
  return result.error ? result : { data: result.data.proposeFacts, error: null };
}

/** Ids read per query: each is an alias, and the server allows 30 (MAX_ALIASES). */
const idsPerRead = 25;

/** Which of these ids the graph already holds (entities, relations or sources). */
export async function existingIds(ids: readonly string[]): Promise<CallResult<Set<string>>> {
  const found = new Set<string>();
  for (let at = 0; at < ids.length; at += idsPerRead) {
    const chunk = ids.slice(at, at + idsPerRead);
    const fields = chunk.map((_id, i) => `f${i}: fact(id: $id${i}) { id }`).join(' ');
    const params = chunk.map((_id, i) => `$id${i}: ID!`).join(', ');
    const variables = Object.fromEntries(chunk.map((id, i) => [`id${i}`, id]));
    const result = await call<Record<string, { id: string } | null>>(
      `query ExistingIds(${params}) { ${fields} }`,
      variables,
    );
    if (result.error) return result;
    for (const fact of Object.values(result.data)) if (fact) found.add(fact.id);
  }
  return { data: found, error: null };
}

/** Ids per read of current entities: two aliases each, and three for the kind fields' names. */
const entitiesPerRead = 12;

const currentFields = `id type name nameEn nameEnSource aliases
  evidence { quote start end source { id } }
  quantities { value unit item qualifier text }
  variants { field value source { id } }
  ... on Organization { collective }
  ... on Hospital { collective }
  ... on Region { collective level }
  ... on Association { scope }
  ... on Meeting { date }
  ... on ReliefAction { category activity }
  ... on Group { groupKind: composition }
  ... on Statement { statementKind: role }
  ... on Instrument { instrumentKind: form }`;

/** The entities the graph holds under these ids, each with its version; a missing one is left out. */
export async function currentEntities(
  ids: readonly string[],
): Promise<CallResult<Map<string, CurrentEntity>>> {
  const found = new Map<string, CurrentEntity>();
  for (let at = 0; at < ids.length; at += entitiesPerRead) {
    const chunk = ids.slice(at, at + entitiesPerRead);
    const fields = chunk
      .map(
        (_id, i) =>
          `h${i}: history(id: $id${i}) { version } e${i}: entity(id: $id${i}) { ${currentFields} }`,
      )
      .join(' ');
    const params = chunk.map((_id, i) => `$id${i}: ID!`).join(', ');
    const variables = Object.fromEntries(chunk.map((id, i) => [`id${i}`, id]));
    const result = await call<Record<string, unknown>>(
      `query CurrentEntities(${params}) { ${fields} }`,
      variables,
    );
    if (result.error) return result;
    chunk.forEach((id, i) => {
      const entity = result.data[`e${i}`] as CurrentEntity['entity'] | null;
      const history = result.data[`h${i}`] as { version: number } | null;
      if (entity) found.set(id, { version: history?.version ?? 0, entity });
    });
  }
  return { data: found, error: null };
}
