// The review page's GraphQL calls: proposeFacts (public) and one curator's write at a time, with the errors' codes kept for the page to show.
import type { Proposals } from './proposals.js';

/** One error of a GraphQL answer: its message and `extensions.code` (CONFLICT, UNAUTHENTICATED …). */
export interface CallError {
  message: string;
  code: string;
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
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    return fail('HTTP', `The server answered ${response.status} ${response.statusText}.`);
  }
  const first = body.errors?.[0];
  if (first) return fail(first.extensions?.code ?? 'ERROR', first.message);
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
