// The read planner: turns the selection under a root list into the port's PlannedFields, and files the plan's answers where the resolvers read them.
//
// A relationship field is planned when the planner can answer it exactly as its resolver would;
// anything else (a field under @skip / @include, a key selected twice, a connection with `after`,
// arguments its resolver would refuse, fields of differing meaning across the possible types) is
// left out of the plan, and its resolver reads it through the loaders, as without a planner.
import {
  getArgumentValues,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { EntityFilter, PlannedEntity, PlannedField, PlannedList } from '../graph/port.js';
import type { EntityProperty, EntityRecord } from '../model/records.js';
import type { EntityType } from '../model/index.js';
import type { RequestContext } from './context.js';
import { childSets, groundingFields } from './selection.js';
import { selectedProperties } from './entityProperties.js';
import { requireRange } from './argumentLimits.js';
import {
  relationshipFields,
  type RelationshipField,
  type TargetType,
} from './relationshipFields.js';
import { compileSort, compileWhere, type SortInput, type WhereInput } from './where.js';

/** Where a planned entity keeps the answers of the fields planned below it, by response key. */
const answers = Symbol('planned answers');

type AnsweredRecord = EntityRecord & { [answers]?: Record<string, PlannedList> };

/**
 * The records of a planned list. An entity with answers below it is a copy carrying them: the
 * backend may share one entity record between places of the tree with different answers below
 * them. A copy per place costs less than remembering one per planned entity (a WeakMap lookup and
 * insertion per item, and its ephemerons for the collector; docs/benchmarks.md). An entity with
 * nothing planned below it (the last level, the largest) is the backend's record as it is.
 */
export function plannedRecords(items: readonly PlannedEntity[]): EntityRecord[] {
  return items.map(({ entity, fields }): AnsweredRecord =>
    hasKeys(fields) ? { ...entity, [answers]: fields } : entity,
  );
}

/** Whether `record` has a key of its own (without the array Object.keys would make). */
function hasKeys(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

/** The planned answer of the field at `key` below `entity`, or null when it was not planned. */
export function plannedAnswer(entity: EntityRecord, key: string): PlannedList | null {
  return (entity as AnsweredRecord)[answers]?.[key] ?? null;
}

/** A field of a GraphQL entity type, the type conditions it was selected under applied. */
interface Selected {
  node: FieldNode;
  /** The entity types the field's objects may have where it was selected. */
  scope: ReadonlySet<EntityType>;
}

interface RelationshipArgs {
  category?: string | null;
  where?: WhereInput | null;
  sort?: readonly SortInput[] | null;
  first?: number | null;
  after?: string | null;
}

/** Per schema, the entity types each GraphQL type name stands for: the schema never changes. */
const possibleTypes = new WeakMap<object, Map<string, ReadonlySet<EntityType>>>();
/** The GraphQL type name of each entity type, per table of entity types. */
const typeNames = new WeakMap<ReadonlyMap<string, EntityType>, Map<EntityType, string>>();

/** Two relationship fields that follow the same hops the same way (the table repeats equal literals). */
function sameSpec(a: RelationshipField, b: RelationshipField): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The planning of one operation: its request, its info (schema, fragments, variables). */
class Planner {
  constructor(
    private readonly info: GraphQLResolveInfo,
    private readonly ctx: RequestContext,
    private readonly entityTypeOf: ReadonlyMap<string, EntityType>,
  ) {}

  /** The entity types a GraphQL type name stands for (an object type, or an interface's). */
  typesOf(typeName: string): ReadonlySet<EntityType> {
    let bySchema = possibleTypes.get(this.info.schema);
    if (!bySchema) possibleTypes.set(this.info.schema, (bySchema = new Map()));
    let types = bySchema.get(typeName);
    if (!types) bySchema.set(typeName, (types = this.entityTypesOf(typeName)));
    return types;
  }

  private entityTypesOf(typeName: string): Set<EntityType> {
    const type = this.info.schema.getType(typeName);
    if (!type) return new Set();
    const objects = isAbstractType(type) ? this.info.schema.getPossibleTypes(type) : [type];
    return new Set(
      objects.flatMap((object) => {
        const entityType = this.entityTypeOf.get(object.name);
        return entityType ? [entityType] : [];
      }),
    );
  }

  /** The fields selected in `sets` on objects of `scope`, through fragments, by response key. */
  private collect(
    sets: readonly SelectionSetNode[],
    scope: ReadonlySet<EntityType>,
  ): Map<string, Selected[]> {
    const byKey = new Map<string, Selected[]>();
    const visit = (set: SelectionSetNode, within: ReadonlySet<EntityType>) => {
      for (const selection of set.selections) {
        // A conditional selection may or may not run: its resolvers decide, through the loaders.
        if (selection.directives?.length) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          byKey.set(key, [...(byKey.get(key) ?? []), { node: selection, scope: within }]);
          continue;
        }
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT
            ? selection
            : this.info.fragments[selection.name.value];
        if (!fragment) continue;
        const condition = fragment.typeCondition?.name.value;
        const narrowed = condition
          ? new Set([...within].filter((t) => this.typesOf(condition).has(t)))
          : within;
        visit(fragment.selectionSet, narrowed);
      }
    };
    for (const set of sets) visit(set, scope);
    return byKey;
  }

  /** The planned fields below entities of `scope` selected by `sets`. */
  fields(sets: readonly SelectionSetNode[], scope: ReadonlySet<EntityType>): PlannedField[] {
    const planned: PlannedField[] = [];
    for (const [key, selected] of this.collect(sets, scope)) {
      // Selected twice (fragments): GraphQL merges the selections; the loaders answer it.
      if (selected.length !== 1) continue;
      const field = this.field(key, selected[0]!, scope);
      if (field) planned.push(field);
    }
    return planned;
  }

  private field(key: string, selected: Selected, scope: ReadonlySet<EntityType>) {
    const name = selected.node.name.value;
    const types = [...selected.scope];
    if (types.length === 0) return null;
    const base = name.endsWith('Connection') ? name.slice(0, -'Connection'.length) : name;
    const specs = types.map((t) => this.spec(t, base));
    const spec = specs[0];
    // Every possible type must give the field the same meaning.
    if (!spec || specs.some((s) => !s || (s !== spec && !sameSpec(s, spec)))) return null;
    const connection = base !== name;
    if (connection && !spec.paged) return null;
    const definition = this.definition(types[0]!, name);
    if (!definition) return null;
    try {
      return this.planned(key, selected, spec, connection, definition, scope);
    } catch {
      // Arguments the resolver refuses: it raises the error itself, at its own path.
      return null;
    }
  }

  private spec(type: EntityType, field: string): RelationshipField | undefined {
    const typeName = this.typeNameOf(type) as TargetType | undefined;
    return typeName ? relationshipFields[typeName]?.[field] : undefined;
  }

  private typeNameOf(type: EntityType): string | undefined {
    let names = typeNames.get(this.entityTypeOf);
    if (!names) {
      names = new Map([...this.entityTypeOf].map(([name, t]) => [t, name]));
      typeNames.set(this.entityTypeOf, names);
    }
    return names.get(type);
  }

  private definition(type: EntityType, field: string): GraphQLField<unknown, unknown> | undefined {
    const typeName = this.typeNameOf(type);
    const object = typeName ? this.info.schema.getType(typeName) : undefined;
    return isObjectType(object) ? object.getFields()[field] : undefined;
  }

  private planned(
    key: string,
    selected: Selected,
    spec: RelationshipField,
    connection: boolean,
    definition: GraphQLField<unknown, unknown>,
    scope: ReadonlySet<EntityType>,
  ): PlannedField | null {
    const args = getArgumentValues(
      definition,
      selected.node,
      this.info.variableValues,
    ) as RelationshipArgs;
    // A cursor names a position in one entity's list: each parent would start elsewhere.
    if (connection && args.after != null) return null;
    const { limits } = this.ctx;
    const where = compileWhere(spec.target, args.where, limits);
    const filters: EntityFilter[] = [
      ...(args.category
        ? [{ kind: 'field', field: 'category', op: 'equals', value: args.category } as const]
        : []),
      ...(where ? [where] : []),
    ];
    const page = connection
      ? { offset: 0, first: requireRange('first', args.first ?? 20, 0, limits.maxPageSize) }
      : spec.single
        ? { offset: 0, first: 1 }
        : null;
    const below = connection
      ? childSets(childSets(nodeSets(selected.node), 'edges', this.info), 'node', this.info)
      : nodeSets(selected.node);
    const sameScope = selected.scope.size === scope.size;
    return {
      key,
      onTypes: sameScope ? null : [...selected.scope].sort(),
      hops: spec.hops.map((hop) => ({
        direction: hop.direction,
        types: [...hop.types].sort(),
        nodeTypes: hop.nodeTypes ?? null,
      })),
      perEntity: limits.maxFirst,
      filter:
        filters.length === 0 ? null : filters.length === 1 ? filters[0]! : { kind: 'and', filters },
      sort: compileSort(args.sort),
      page,
      fields: this.fields(below, this.typesOf(spec.target)),
    };
  }
}

function nodeSets(node: FieldNode): SelectionSetNode[] {
  return node.selectionSet ? [node.selectionSet] : [];
}

/** Whether any selection below `sets`, at any depth, through fragments, names a grounding field. */
function selectsGrounding(sets: readonly SelectionSetNode[], info: GraphQLResolveInfo): boolean {
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode): boolean =>
    set.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) {
        if (groundingFields.has(selection.name.value)) return true;
        return selection.selectionSet ? visit(selection.selectionSet) : false;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      // Each named fragment once: fragments cannot cycle, but they can be spread many times.
      if (seen.has(selection.name.value)) return false;
      seen.add(selection.name.value);
      const fragment = info.fragments[selection.name.value];
      return fragment ? visit(fragment.selectionSet) : false;
    });
  return sets.some(visit);
}

/** What the planner planned below a root field. */
export interface PlannedBelow {
  fields: PlannedField[];
  /** Whether anything below reads evidence or quantities (ReadPlan.grounding). */
  grounding: boolean;
  /** The entity properties anything below reads (ReadPlan.properties). */
  properties?: EntityProperty[];
}

/**
 * The planned fields below the entities a root field returns: `typeName` is their GraphQL type
 * (an object type or an interface), `path` leads from the root field to them (['edges', 'node']
 * for a connection). No fields when the planner is switched off or nothing below is planned.
 */
export function planBelow(
  info: GraphQLResolveInfo,
  ctx: RequestContext,
  typeName: string,
  entityTypeOf: ReadonlyMap<string, EntityType>,
  path: readonly string[] = [],
): PlannedBelow {
  if (!ctx.planReads) return { fields: [], grounding: true };
  // The same operation with the same variables plans the same: Apollo keeps each server's parsed
  // documents (so their field nodes) and the plan depends only on them, the variables and the
  // server's limits.
  let byVariables = plans.get(info.fieldNodes[0]!);
  if (!byVariables) plans.set(info.fieldNodes[0]!, (byVariables = new Map()));
  const key = `${typeName} ${path.join('.')} ${JSON.stringify(info.variableValues)}`;
  let below = byVariables.get(key);
  if (!below) {
    below = plan(info, ctx, typeName, entityTypeOf, path);
    // Bounded per field: an operation sent with ever-new variables plans again, without growing.
    if (byVariables.size >= PLANS_PER_FIELD) byVariables.delete(byVariables.keys().next().value!);
    byVariables.set(key, below);
  }
  return below;
}

const PLANS_PER_FIELD = 64;

/** Plans made, per root field node of a parsed document, per variables. */
const plans = new WeakMap<FieldNode, Map<string, PlannedBelow>>();

function plan(
  info: GraphQLResolveInfo,
  ctx: RequestContext,
  typeName: string,
  entityTypeOf: ReadonlyMap<string, EntityType>,
  path: readonly string[],
): PlannedBelow {
  let sets = info.fieldNodes.flatMap(nodeSets);
  for (const name of path) sets = childSets(sets, name, info);
  const planner = new Planner(info, ctx, entityTypeOf);
  const fields = planner.fields(sets, planner.typesOf(typeName));
  if (fields.length === 0) return { fields, grounding: false };
  return {
    fields,
    grounding: selectsGrounding(sets, info),
    properties: selectedProperties(sets, typeName, info, true),
  };
}
