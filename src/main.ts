// Process entry point: configuration, backend, server, and a clean stop on SIGINT/SIGTERM.
import { loadConfig } from './config.js';
import { createBackend } from './createBackend.js';
import { createServer } from './server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const backend = await createBackend(config);
  const server = await createServer({ config, backend });
  const address = await server.app.listen({ host: config.host, port: config.port });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.app.log.info(`${signal} received: finishing in-flight requests`);
    server.close().then(
      () => process.exit(0),
      async (error: unknown) => {
        server.app.log.error(error, 'shutdown failed');
        await server.flushLogs(1000);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // A crash still writes every buffered log line, its own last (waiting one second at most).
  let crashed = false;
  const crash = (error: unknown, origin: string) => {
    if (crashed) return;
    crashed = true;
    server.app.log.fatal({ err: error, origin }, 'crashed');
    void server.flushLogs(1000).then(() => process.exit(1));
  };
  process.on('uncaughtException', (error) => crash(error, 'uncaughtException'));
  process.on('unhandledRejection', (reason) => crash(reason, 'unhandledRejection'));

  // Announced once the signals are handled, so whoever starts the server and reads this line may
  // stop it at once; written now rather than at the next flush.
  server.app.log.info(`GraphQL at ${address}/graphql (backend: ${backend.name})`);
  void server.flushLogs(1000);
}

main().catch((error: unknown) => {
  // Start-up errors (bad configuration, bad seed data) are one clear line, not a stack trace.
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  process.exit(1);
});
