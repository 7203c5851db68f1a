// What an operation selects below a field: lets a resolver tell the backend what it may leave out.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The entity fields that read a record's evidence and quantities (`sources` is the evidence's
 * distinct sources); every other field reads neither.
 */
export const groundingFields: ReadonlySet<string> = new Set(['evidence', 'quantities', 'sources']);

/**
 * The selection sets that `sets` hold for fields named `name` (any alias), through fragment
 * spreads and inline fragments. @skip and @include are not evaluated: a field they might skip
 * counts as selected, which only ever asks the backend for more.
 */
export function childSets(
  sets: readonly SelectionSetNode[],
  name: string,
  info: GraphQLResolveInfo,
): SelectionSetNode[] {
  const found: SelectionSetNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name && selection.selectionSet) {
          found.push(selection.selectionSet);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return found;
}

function selectsField(
  sets: readonly SelectionSetNode[],
  fields: ReadonlySet<string>,
  info: GraphQLResolveInfo,
): boolean {
  return sets.some((set) =>
    set.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return fields.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        return selectsField([selection.selectionSet], fields, info);
      }
      const fragment = info.fragments[selection.name.value];
      return fragment ? selectsField([fragment.selectionSet], fields, info) : false;
    }),
  );
}

/**
 * Whether the resolver's field selects any of `fields` on the objects it returns, or, with
 * `path`, on the objects below those fields (rankedSearch's hits hold theirs under `entity`).
 */
export function selectsAny(
  info: GraphQLResolveInfo,
  fields: ReadonlySet<string>,
  path: readonly string[] = [],
): boolean {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) sets = childSets(sets, name, info);
  return selectsField(sets, fields, info);
}
