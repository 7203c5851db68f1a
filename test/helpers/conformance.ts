// Runs one conformance spec against every backend under test, each behind a real HTTP server.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { backendsUnderTest } from './backends.js';
import { startTestServer, type TestServer } from './testServer.js';

export function describeConformance(
  title: string,
  spec: (server: () => TestServer) => void,
  /** Server environment (limits, modes) for this spec, on every backend alike. */
  env: Record<string, string> = {},
) {
  describe.each(backendsUnderTest)(`${title} [$name backend]`, (backend) => {
    if (backend.skipReason) {
      it.skip(`skipped: ${backend.skipReason}`, () => {});
      return;
    }
    let server: TestServer | null = null;
    beforeAll(async () => {
      server = await startTestServer(await backend.create(), env);
    });
    afterAll(async () => {
      await server?.stop();
    });
    spec(() => {
      if (!server) throw new Error(`server for ${backend.name} did not start`);
      return server;
    });
  });
}

/** Looks an entity up by its exact name through the public API. */
export async function idOf(server: TestServer, name: string): Promise<string> {
  const result = await server.query<{ search: { id: string; name: string }[] }>(
    `query ($t: String!) { search(text: $t, first: 100) { id name } }`,
    { t: name },
  );
  const hit = result.data?.search.find((e) => e.name === name);
  if (!hit) throw new Error(`no entity named ${name}: ${JSON.stringify(result)}`);
  return hit.id;
}
