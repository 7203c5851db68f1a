// Runs a module's main() when the module is the process's entry point (npm run export, ingest …): its exit code, or 1 with the error's name and message, never a stack trace.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Runs `main` if the module at `moduleUrl` (its import.meta.url) is the script node was started with. */
export function runCommand(moduleUrl: string, main: () => Promise<number>): void {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      process.exitCode = 1;
    },
  );
}
