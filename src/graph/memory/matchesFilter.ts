// Evaluates the port's entity filter against the in-memory graph (the Neo4j adapter compiles the same tree to Cypher).
import type { MultiDirectedGraph } from 'graphology';
import { normalizedNames, normalizeSearchText } from '../ordering.js';
import { checkDirection, type EntityFilter } from '../port.js';
import type { EntityRecord, RelationRecord } from '../../model/records.js';

type Graph = MultiDirectedGraph<EntityRecord, RelationRecord>;

export function matchesFilter(graph: Graph, entity: EntityRecord, filter: EntityFilter): boolean {
  switch (filter.kind) {
    case 'and':
      return filter.filters.every((f) => matchesFilter(graph, entity, f));
    case 'or':
      return filter.filters.some((f) => matchesFilter(graph, entity, f));
    case 'not':
      return !matchesFilter(graph, entity, filter.filter);
    case 'field': {
      const value = entity[filter.field];
      if (value === null) return false;
      return filter.op === 'equals'
        ? value === filter.value
        : (filter.value as string[]).includes(value);
    }
    case 'names': {
      const needle = normalizeSearchText(filter.value);
      return normalizedNames(entity).some((n) =>
        filter.op === 'equals' ? n === needle : n.includes(needle),
      );
    }
    case 'quantity':
      return entity.quantities.some(
        (q) =>
          (filter.unit === null || q.unit === filter.unit) &&
          (filter.item === null || q.item === filter.item) &&
          (filter.min === null || q.value >= filter.min) &&
          (filter.max === null || q.value <= filter.max) &&
          (filter.qualifiers === null || filter.qualifiers.includes(q.qualifier)),
      );
    case 'source':
      return entity.evidence.some((e) => filter.sourceIds.includes(e.sourceId));
    case 'related': {
      checkDirection(filter.direction);
      const related = (edge: string, relation: RelationRecord, other: string) => {
        if (filter.types.length > 0 && !filter.types.includes(relation.type)) return false;
        return (
          filter.filter === null ||
          matchesFilter(graph, graph.getNodeAttributes(other), filter.filter)
        );
      };
      const out = (e: string, r: RelationRecord) => related(e, r, r.to);
      const inn = (e: string, r: RelationRecord) => related(e, r, r.from);
      if (filter.direction !== 'IN' && graph.someOutEdge(entity.id, out)) return true;
      return filter.direction !== 'OUT' && graph.someInEdge(entity.id, inn);
    }
  }
}

/**
 * The ids a filter confines its matches to, when it says (an id condition at its top or in its
 * top-level AND, as the GraphQL layer's per-id checks have), so they are looked up rather than
 * every entity scanned; null when any entity could match.
 */
export function idsRequiredBy(filter: EntityFilter | null): readonly string[] | null {
  if (filter === null) return null;
  if (filter.kind === 'field' && filter.field === 'id') {
    return filter.op === 'in' ? (filter.value as string[]) : [filter.value as string];
  }
  if (filter.kind !== 'and') return null;
  for (const part of filter.filters) {
    const ids = idsRequiredBy(part);
    if (ids) return ids;
  }
  return null;
}
