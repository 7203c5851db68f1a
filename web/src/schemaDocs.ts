// What the schema says about itself (read by introspection, api.schemaTypes): descriptions for tooltips, and which optional fields the API serves.

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

export interface IntrospectedType {
  name: string;
  kind: string;
  description: string | null;
  fields: { name: string; description: string | null; type: TypeRef }[] | null;
  enumValues: { name: string; description: string | null }[] | null;
}

export interface SchemaDocs {
  /** The description of a type (`ReliefAction`), if the schema has one. */
  type(name: string): string | undefined;
  /** The description of a field (`ReliefAction.category`). */
  field(type: string, field: string): string | undefined;
  /** The description of an enum value (`ReliefCategory.DONATIONS`). */
  enumValue(enumName: string, value: string): string | undefined;
  /** An enum's values in schema order; empty when the enum is unknown. */
  enumValues(enumName: string): string[];
  /** The named type of a field (list and non-null wrappers removed), or undefined when there is no such field. */
  fieldType(type: string, field: string): { kind: string; name: string } | undefined;
  /** "Type.field: description" for each field whose description names this word (a relation type, say). */
  mentions(word: string): string[];
}

function named(ref: TypeRef): { kind: string; name: string } {
  let at: TypeRef = ref;
  while (at.ofType) at = at.ofType;
  return { kind: at.kind, name: at.name ?? '' };
}

export function schemaDocsOf(types: IntrospectedType[]): SchemaDocs {
  const byName = new Map(types.map((type) => [type.name, type]));
  const text = (value: string | null | undefined) => value?.trim() || undefined;
  return {
    type: (name) => text(byName.get(name)?.description),
    field: (type, field) =>
      text(byName.get(type)?.fields?.find((candidate) => candidate.name === field)?.description),
    enumValue: (enumName, value) =>
      text(
        byName.get(enumName)?.enumValues?.find((candidate) => candidate.name === value)
          ?.description,
      ),
    enumValues: (enumName) => byName.get(enumName)?.enumValues?.map((value) => value.name) ?? [],
    fieldType(type, field) {
      const found = byName.get(type)?.fields?.find((candidate) => candidate.name === field);
      return found ? named(found.type) : undefined;
    },
    mentions(word) {
      const pattern = new RegExp(`\\b${word.replace(/[^A-Za-z0-9_]/g, '')}\\b`);
      const found: string[] = [];
      for (const type of types) {
        if (type.name.startsWith('__')) continue;
        for (const field of type.fields ?? []) {
          const description = text(field.description);
          if (description && pattern.test(description))
            found.push(`${type.name}.${field.name}: ${description}`);
        }
      }
      return found;
    },
  };
}

/** A server with introspection turned off still gets a working page, without the tooltips. */
export const noSchemaDocs: SchemaDocs = schemaDocsOf([]);

/** The GraphQL object type an EntityType value names: GOVERNMENT_BODY -> GovernmentBody. */
export function objectTypeOf(entityType: string): string {
  return entityType
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
