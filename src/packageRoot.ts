// Finds this repository's root on disk, for files the server reads beside its code (seed/, schema/).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The nearest directory at or above `start` that holds package.json. Walking up works the same
 * from src/ (tsx) and dist/src/ (compiled), wherever the checkout lives, even under a folder
 * named dist.
 */
export function packageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json at or above ${start}`);
  }
}

/** A path inside this repository, from a module's import.meta.url. */
export function repoPath(moduleUrl: string, relative: string): string {
  return path.join(packageRoot(path.dirname(fileURLToPath(moduleUrl))), relative);
}
