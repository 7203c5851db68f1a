// Which of an entity's own properties an operation reads below a field, so a read may project only those (port.ts EntityProjection).
//
// Every scalar field of an entity type reads the record property of its name, or the one
// `renamedProperties` names; relationship fields, `relations`, evidence and quantities read only
// the id (or go through their own flag, `grounding`). A field of an entity type that is none of
// these (one added later) makes the answer "every property", so a forgotten field costs speed,
// never a wrong answer.
import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { ALWAYS_READ } from '../graph/port.js';
import { ENTITY_PROPERTIES, type EntityProperty } from '../model/records.js';
import { relationshipFields, type TargetType } from './relationshipFields.js';
import { childSets, groundingFields } from './selection.js';

/** Scalar fields whose GraphQL name differs from the record property they read. */
export const renamedProperties = {
  composition: 'groupKind',
  role: 'statementKind',
  form: 'instrumentKind',
} as const satisfies Record<string, EntityProperty>;

const propertyNames: ReadonlySet<string> = new Set(ENTITY_PROPERTIES);

/** Fields of every entity type that read no property of their own. */
const idOnlyFields: ReadonlySet<string> = new Set(['__typename', 'relations', ...groundingFields]);

/** Entity object types and the interfaces they share (Entity, Organization). */
function isEntityType(type: GraphQLNamedType): boolean {
  return type.name in relationshipFields;
}

/** Whether `field` of the entity type `typeName` is a typed relationship field or its connection. */
function isRelationshipField(typeName: string, field: string): boolean {
  const fields = relationshipFields[typeName as TargetType] as Record<string, unknown> | undefined;
  if (!fields) return false;
  return field in fields || (field.endsWith('Connection') && field.slice(0, -10) in fields);
}

/**
 * The properties the entities that `sets` select on (of the GraphQL type `typeName`) read, or
 * undefined for all. With `deep`, entities at any depth below count too (a planned read's levels
 * share one projection); without, only those of `sets` themselves.
 */
export function selectedProperties(
  sets: readonly SelectionSetNode[],
  typeName: string,
  info: GraphQLResolveInfo,
  deep: boolean,
): EntityProperty[] | undefined {
  const read = new Set<EntityProperty>(ALWAYS_READ);
  const seenFragments = new Set<string>();
  let every = false;
  const visit = (set: SelectionSetNode, type: GraphQLNamedType | undefined) => {
    for (const selection of set.selections) {
      if (every) return;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition?.name.value;
        visit(selection.selectionSet, on ? info.schema.getType(on) : type);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        // Each named fragment once: the first visit already took what it reads.
        const fragment = info.fragments[selection.name.value];
        if (!fragment || seenFragments.has(fragment.name.value)) continue;
        seenFragments.add(fragment.name.value);
        visit(fragment.selectionSet, info.schema.getType(fragment.typeCondition.name.value));
      } else {
        const name = selection.name.value;
        // Validation makes every type known; were one not, nothing could be left out.
        if (!type) {
          every = true;
          return;
        }
        if (isEntityType(type)) {
          if (propertyNames.has(name)) read.add(name as EntityProperty);
          else if (name in renamedProperties) {
            read.add(renamedProperties[name as keyof typeof renamedProperties]);
          } else if (!idOnlyFields.has(name) && !isRelationshipField(type.name, name)) {
            every = true;
            return;
          }
        }
        if (deep && selection.selectionSet) {
          const field =
            isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
          visit(selection.selectionSet, field ? getNamedType(field.type) : undefined);
        }
      }
    }
  };
  const start = info.schema.getType(typeName) ?? undefined;
  for (const set of sets) visit(set, start);
  return every ? undefined : ENTITY_PROPERTIES.filter((property) => read.has(property));
}

/**
 * The properties the entities a resolver's field returns read (or, with `path`, the entities
 * below those fields: rankedSearch's hits hold theirs under `entity`); undefined for all.
 */
export function propertiesOfResult(
  info: GraphQLResolveInfo,
  path: readonly string[] = [],
): EntityProperty[] | undefined {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  let type: GraphQLNamedType = getNamedType(info.returnType);
  for (const name of path) {
    sets = childSets(sets, name, info);
    const field: GraphQLField<unknown, unknown> | undefined =
      isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
    if (!field) return undefined;
    type = getNamedType(field.type);
  }
  return selectedProperties(sets, type.name, info, false);
}
