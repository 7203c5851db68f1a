// The served schema explains itself: every element a client can see is described, by introspection, and the linted SDL is what is served.
import { readFileSync } from 'node:fs';
import {
  buildASTSchema,
  buildClientSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  parse,
  printSchema,
  type GraphQLObjectType,
  type IntrospectionInputValue,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../src/graph/memory/MemoryBackend.js';
import { describedContract, inheritDescriptions, readSdl } from '../src/graphql/schema.js';
import { relationTypes } from '../src/model/index.js';
import { loadSeed } from '../src/seed/loadSeed.js';
import { startTestServer, type TestServer } from './helpers/testServer.js';

/** Every element of the introspection a docs pane shows, by schema coordinate, with its description. */
function describableElements(
  introspection: IntrospectionQuery,
): { coordinate: string; description: string | null | undefined }[] {
  const elements: { coordinate: string; description: string | null | undefined }[] = [];
  const inputValues = (owner: string, values: readonly IntrospectionInputValue[]) => {
    for (const value of values) {
      elements.push({ coordinate: `${owner}${value.name}`, description: value.description });
    }
  };
  for (const type of introspection.__schema.types) {
    if (type.name.startsWith('__')) continue;
    elements.push({ coordinate: type.name, description: type.description });
    if (type.kind === 'OBJECT' || type.kind === 'INTERFACE') {
      for (const field of type.fields) {
        const coordinate = `${type.name}.${field.name}`;
        elements.push({ coordinate, description: field.description });
        inputValues(`${coordinate}(`, field.args);
      }
    }
    if (type.kind === 'INPUT_OBJECT') inputValues(`${type.name}.`, type.inputFields);
    if (type.kind === 'ENUM') {
      for (const value of type.enumValues) {
        elements.push({ coordinate: `${type.name}.${value.name}`, description: value.description });
      }
    }
  }
  return elements;
}

describe('the served schema explains itself', () => {
  let server: TestServer;
  let introspection: IntrospectionQuery;

  beforeAll(async () => {
    server = await startTestServer(new MemoryBackend(await loadSeed()));
    // As GraphiQL and Sandbox ask: deprecated arguments and input fields included.
    const result = await server.query<IntrospectionQuery>(
      getIntrospectionQuery({ schemaDescription: true, inputValueDeprecation: true }),
    );
    expect(result.errors).toBeUndefined();
    introspection = result.data!;
  });
  afterAll(() => server.stop());

  it('describes every type, field, argument, input field and enum value', () => {
    const elements = describableElements(introspection);
    const undocumented = elements.filter((e) => !e.description?.trim()).map((e) => e.coordinate);
    expect(undocumented).toEqual([]);
    // The walk saw the whole schema: the typed fields, their arguments and the filters' fields.
    const seen = new Set(elements.map((e) => e.coordinate));
    for (const coordinate of [
      'Query.associations',
      'Query.associations(where',
      'Hospital.supportedBy',
      'Association.name',
      'Entity.relations(direction',
      'ReliefActionWhere.AND',
      'ReliefCategory.CULTURE',
      'EntityType.MEETING',
    ]) {
      expect(seen).toContain(coordinate);
    }
    expect(elements.length).toBeGreaterThan(600);
  });

  it("lists every relation type of the model in Relation.type's description, and no other", () => {
    const relation = introspection.__schema.types.find((t) => t.name === 'Relation')!;
    assert(relation.kind === 'OBJECT');
    const description = relation.fields.find((f) => f.name === 'type')!.description ?? '';
    // The list follows "All types (…):".
    const listed = description.slice(description.indexOf('):', description.indexOf('All types')));
    const named = new Set(listed.match(/\b[A-Z][A-Z_]*[A-Z]\b/g));
    expect([...named].sort()).toEqual([...relationTypes].sort());
  });

  it('describes the schema itself, the first thing a docs pane shows', () => {
    expect(introspection.__schema.description).toMatch(/relief graph/i);
  });

  it('says, for each deprecated field, argument or input field, what to use instead', () => {
    const reasons: string[] = [];
    for (const type of introspection.__schema.types) {
      if (type.kind !== 'OBJECT' && type.kind !== 'INTERFACE') continue;
      for (const field of type.fields) {
        if (field.isDeprecated)
          reasons.push(`${type.name}.${field.name}: ${field.deprecationReason}`);
        for (const arg of field.args) {
          if (arg.isDeprecated) {
            reasons.push(`${type.name}.${field.name}(${arg.name}:): ${arg.deprecationReason}`);
          }
        }
      }
    }
    expect(reasons).toContain('Query.associations(scope:): Use `where: { scope: LOCAL }`.');
    for (const reason of reasons) expect(reason).toMatch(/: Use `where: \{ \w+: /);
  });

  it('lints exactly what it serves: the printed schema is the introspected one', () => {
    const linted = readFileSync('src/graphql/__generated__/schema.graphql', 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join('\n');
    const served = printSchema(lexicographicSortSchema(buildClientSchema(introspection)));
    expect(linted.trim()).toBe(served.trim());
  });
});

describe('the explorer contract, described', () => {
  const contract = readSdl('explorer.graphql');

  it('serves the contract with the descriptions of explorer.descriptions.graphql', () => {
    const document = describedContract(contract, readSdl('explorer.descriptions.graphql'));
    const schema = buildASTSchema(document);
    expect(schema.getQueryType()?.getFields().associations).toBeUndefined();
    expect(schema.getQueryType()?.getFields().neighborhood?.args[1]?.description).toMatch(
      /0 to 3 \(default 1\)/,
    );
  });

  it('refuses a description copy that declares anything the contract does not', () => {
    const described = readSdl('explorer.descriptions.graphql');
    const widened = described.replace('maxDepth: Int = 6', 'maxDepth: Int = 7');
    expect(() => describedContract(contract, widened)).toThrow(
      /must declare exactly what schema\/explorer\.graphql declares.*maxDepth: Int = 6/,
    );
    const shorter = described.replace(/\n\s*"The document quoted\."\n\s*source: Source!/, '');
    expect(() => describedContract(contract, shorter)).toThrow(/first difference/);
  });

  it('lets the description copy add arguments with a default value to the contract, and no others', () => {
    const described = readSdl('explorer.descriptions.graphql');
    const added = described.replace('maxDepth: Int = 6', 'maxDepth: Int = 6, hops: Int = 2');
    const served = buildASTSchema(describedContract(contract, added));
    expect(
      served
        .getQueryType()
        ?.getFields()
        .shortestPath?.args.map((a) => a.name),
    ).toContain('hops');
    const required = described.replace('maxDepth: Int = 6', 'maxDepth: Int = 6, hops: Int');
    expect(() => describedContract(contract, required)).toThrow(/first difference/);
  });

  it('gives a field that implements an interface field the interface field’s description unless it has its own', () => {
    const [document] = inheritDescriptions([
      parse(`
        interface Named { "The name." name(lang: String): String "Its id." id: ID }
        interface Titled implements Named { name("Language, e.g. zh." lang: String): String id: ID }
        type Person implements Named & Titled { name(lang: String): String "Own." id: ID }
        type Query { person: Person }
      `),
    ]);
    const person = buildASTSchema(document!).getType('Person') as GraphQLObjectType;
    expect(person.getFields().name?.description).toBe('The name.');
    expect(person.getFields().name?.args[0]?.description).toBe('Language, e.g. zh.');
    expect(person.getFields().id?.description).toBe('Own.');
  });
});
