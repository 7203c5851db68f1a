// The per-request context every resolver receives.
import type { GraphBackend } from '../graph/port.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Limits } from './limits.js';

export interface RequestContext {
  loaders: Loaders;
  limits: Limits;
}

export function createContext(backend: GraphBackend, limits: Limits): RequestContext {
  return { loaders: createLoaders(backend), limits };
}
