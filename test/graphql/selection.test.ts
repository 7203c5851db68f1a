// selectsAny: whether an operation selects some fields below a resolver's field, through fragments and aliases.
import {
  Kind,
  parse,
  type FieldNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsAny } from '../../src/graphql/selection.js';

/** The resolve info of the operation's first root field: its field nodes and the fragments. */
function infoOf(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    parsed.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [],
    ),
  );
  const field = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

const grounding = new Set(['evidence', 'quantities']);

describe('selectsAny', () => {
  it('sees a field selected directly, and not one that is absent', () => {
    expect(selectsAny(infoOf('{ search(text: "x") { id evidence { quote } } }'), grounding)).toBe(
      true,
    );
    expect(selectsAny(infoOf('{ search(text: "x") { id name } }'), grounding)).toBe(false);
  });

  it('sees fields in inline fragments and named fragments, nested and aliased', () => {
    const inline = '{ search(text: "x") { id ... on ReliefAction { q: quantities { value } } } }';
    expect(selectsAny(infoOf(inline), grounding)).toBe(true);
    const named = `{ search(text: "x") { ...a } }
      fragment a on Entity { id ...b }
      fragment b on Entity { evidence { quote } }`;
    expect(selectsAny(infoOf(named), grounding)).toBe(true);
  });

  it('does not count the same field names deeper down, on other objects', () => {
    const nested = '{ search(text: "x") { id relations { evidence { quote } node { id } } } }';
    expect(selectsAny(infoOf(nested), grounding)).toBe(false);
  });

  it('follows a path of fields, through fragments', () => {
    const ranked = `{ rankedSearch(text: "x") { score ...hit } }
      fragment hit on SearchHit { e: entity { id evidence { quote } } }`;
    expect(selectsAny(infoOf(ranked), grounding, ['entity'])).toBe(true);
    expect(
      selectsAny(infoOf('{ rankedSearch(text: "x") { entity { id } } }'), grounding, ['entity']),
    ).toBe(false);
  });

  it('counts a field under @skip or @include as selected', () => {
    const skipped = '{ search(text: "x") { id evidence @skip(if: true) { quote } } }';
    expect(selectsAny(infoOf(skipped), grounding)).toBe(true);
  });
});
