// The served SDL: the explorer contract and the domain schema, read from schema/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gql } from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import { repoPath } from '../packageRoot.js';

const schemaDir = repoPath(import.meta.url, 'schema');

export function readSdl(file: string): string {
  return readFileSync(path.join(schemaDir, file), 'utf8');
}

export const typeDefs: DocumentNode[] = ['explorer.graphql', 'domain.graphql'].map((file) =>
  gql(readSdl(file)),
);
