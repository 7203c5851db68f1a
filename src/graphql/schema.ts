// The served SDL: the explorer contract and the domain schema, read from schema/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gql } from 'graphql-tag';
import type { DocumentNode } from 'graphql';

const schemaDir = new URL(
  import.meta.url.includes('/dist/') ? '../../../schema/' : '../../schema/',
  import.meta.url,
);

export function readSdl(file: string): string {
  return readFileSync(fileURLToPath(new URL(file, schemaDir)), 'utf8');
}

export const typeDefs: DocumentNode[] = ['explorer.graphql', 'domain.graphql'].map((file) =>
  gql(readSdl(file)),
);
