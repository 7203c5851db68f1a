// The backends the conformance suite runs against: always the embedded one.
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import type { GraphBackend } from '../../src/graph/port.js';
import { loadSeed } from '../../src/seed/loadSeed.js';

export interface BackendUnderTest {
  name: string;
  create(): Promise<GraphBackend>;
}

export const backendsUnderTest: BackendUnderTest[] = [
  { name: 'memory', create: async () => new MemoryBackend(await loadSeed()) },
];
