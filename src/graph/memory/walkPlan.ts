// Answers a ReadPlan on the embedded graph: the same hops, filters, orders and pages the Neo4j statement applies, walked in memory.
import { sortComparator } from '../ordering.js';
import type {
  EntityFilter,
  FindResult,
  PlannedEntity,
  PlannedField,
  PlannedList,
  RelationHit,
  RelationQuery,
} from '../port.js';
import type { EntityRecord } from '../../model/records.js';

/** What the walk reads from the graph: the adapter's own relationsOf and filter, per entity. */
export interface PlanGraph {
  hits(id: string, query: RelationQuery): RelationHit[];
  matches(entity: EntityRecord, filter: EntityFilter): boolean;
}

const none: PlannedList = { totalCount: 0, items: [] };

/** The entities of `nodes`, first occurrence kept, in order. */
function unique(nodes: EntityRecord[]): EntityRecord[] {
  return [...new Map(nodes.map((n) => [n.id, n])).values()];
}

/** Answers already given in this walk: an entity reached twice at one level is walked once. */
type Answered = Map<PlannedField, Map<string, PlannedList>>;

function answer(
  entity: EntityRecord,
  field: PlannedField,
  graph: PlanGraph,
  answered: Answered,
): PlannedList {
  let byEntity = answered.get(field);
  if (!byEntity) answered.set(field, (byEntity = new Map()));
  let list = byEntity.get(entity.id);
  if (!list) byEntity.set(entity.id, (list = walk(entity, field, graph, answered)));
  return list;
}

function walk(
  entity: EntityRecord,
  field: PlannedField,
  graph: PlanGraph,
  answered: Answered,
): PlannedList {
  if (field.onTypes !== null && !field.onTypes.includes(entity.type)) return none;
  let nodes = [entity];
  for (const hop of field.hops) {
    const query: RelationQuery = {
      direction: hop.direction,
      types: hop.types,
      nodeTypes: hop.nodeTypes,
      first: field.perEntity,
    };
    nodes = unique(nodes.flatMap((n) => graph.hits(n.id, query).map((hit) => hit.node)));
  }
  const { filter } = field;
  if (filter !== null) nodes = nodes.filter((n) => graph.matches(n, filter));
  if (field.sort.length > 0) nodes = [...nodes].sort(sortComparator(field.sort));
  const page = field.page && nodes.slice(field.page.offset, field.page.offset + field.page.first);
  return {
    totalCount: nodes.length,
    items: planned(page ?? nodes, field.fields, graph, answered),
  };
}

function planned(
  entities: readonly EntityRecord[],
  fields: readonly PlannedField[],
  graph: PlanGraph,
  answered: Answered,
): PlannedEntity[] {
  return entities.map((entity) => ({
    entity,
    fields: Object.fromEntries(
      fields.map((field) => [field.key, answer(entity, field, graph, answered)]),
    ),
  }));
}

/** The plan's answer below `root` (findEntities' answer to the plan's root query). */
export function walkPlan(
  root: FindResult,
  fields: readonly PlannedField[],
  graph: PlanGraph,
): PlannedList {
  return { totalCount: root.totalCount, items: planned(root.items, fields, graph, new Map()) };
}
