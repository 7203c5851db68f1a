// A port decorator that counts backend calls per method: used to prove batching (one call per nesting level).
import type { GraphBackend } from './port.js';

type Method = Exclude<keyof GraphBackend, 'name'>;

export class CountingBackend implements GraphBackend {
  readonly name: GraphBackend['name'];
  readonly calls: Record<string, number> = {};

  constructor(readonly inner: GraphBackend) {
    this.name = inner.name;
  }

  get total(): number {
    return Object.values(this.calls).reduce((sum, n) => sum + n, 0);
  }

  reset(): void {
    for (const key of Object.keys(this.calls)) delete this.calls[key];
  }

  private count<M extends Method>(method: M): GraphBackend[M] {
    this.calls[method] = (this.calls[method] ?? 0) + 1;
    return this.inner[method].bind(this.inner) as GraphBackend[M];
  }

  entitiesByIds: GraphBackend['entitiesByIds'] = (...a) => this.count('entitiesByIds')(...a);
  relationsOf: GraphBackend['relationsOf'] = (...a) => this.count('relationsOf')(...a);
  search: GraphBackend['search'] = (...a) => this.count('search')(...a);
  findEntities: GraphBackend['findEntities'] = (...a) => this.count('findEntities')(...a);
  readPlan: GraphBackend['readPlan'] = (...a) => this.count('readPlan')(...a);
  neighborhood: GraphBackend['neighborhood'] = (...a) => this.count('neighborhood')(...a);
  shortestPath: GraphBackend['shortestPath'] = (...a) => this.count('shortestPath')(...a);
  sources: GraphBackend['sources'] = (...a) => this.count('sources')(...a);
  fact: GraphBackend['fact'] = (...a) => this.count('fact')(...a);
  history: GraphBackend['history'] = (...a) => this.count('history')(...a);
  changes: GraphBackend['changes'] = (...a) => this.count('changes')(...a);
  commit: GraphBackend['commit'] = (...a) => this.count('commit')(...a);
  // Not a request's call: the response cache asks it on its own schedule.
  dataVersion: GraphBackend['dataVersion'] = () => this.inner.dataVersion();
  health: GraphBackend['health'] = () => this.inner.health();
  close: GraphBackend['close'] = () => this.inner.close();
}
