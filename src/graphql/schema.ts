// The served SDL, read from schema/: the explorer contract (described by explorer.descriptions.graphql), the domain schema and the write side (curation.graphql).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gql } from 'graphql-tag';
import { repoPath } from '../packageRoot.js';
import {
  Kind,
  print,
  visit,
  type ASTNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InterfaceTypeDefinitionNode,
  type ObjectTypeDefinitionNode,
} from 'graphql';

const schemaDir = repoPath(import.meta.url, 'schema');

type ImplementingNode = ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode;

export function readSdl(file: string): string {
  return readFileSync(path.join(schemaDir, file), 'utf8');
}

/** The document without its descriptions: what the contract fixes (names, arguments, types, defaults). */
function shapeOf(document: DocumentNode): string {
  return print(
    visit(document, {
      enter(node: ASTNode) {
        return 'description' in node && node.description
          ? { ...node, description: undefined }
          : node;
      },
    }),
  );
}

/** Every `Type.field(argument` the document declares. */
function argumentCoordinates(document: DocumentNode): Set<string> {
  const coordinates = new Set<string>();
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    ) {
      continue;
    }
    for (const field of definition.fields ?? []) {
      for (const argument of field.arguments ?? []) {
        coordinates.add(`${definition.name.value}.${field.name.value}(${argument.name.value}`);
      }
    }
  }
  return coordinates;
}

/**
 * The described copy without the arguments it adds to the contract's fields with a default value
 * (`search(sources: [ID!] = null)`), which the contract allows: a client that never sends them
 * gets the contract's answer.
 */
function withoutAddedArguments(described: DocumentNode, contract: DocumentNode): DocumentNode {
  const declared = argumentCoordinates(contract);
  const strip = <T extends ImplementingNode>(node: T): T => ({
    ...node,
    fields: node.fields?.map((field) => ({
      ...field,
      arguments: field.arguments?.filter(
        (argument) =>
          declared.has(`${node.name.value}.${field.name.value}(${argument.name.value}`) ||
          argument.defaultValue === undefined,
      ),
    })),
  });
  return visit(described, { ObjectTypeDefinition: strip, InterfaceTypeDefinition: strip });
}

/**
 * The explorer contract as served: schema/explorer.graphql must stay byte-identical to the shared
 * contract, which documents little, so its descriptions live in a copy of it that adds only
 * descriptions, and arguments with a default value (which the contract allows). The copy is
 * served after checking that, these aside, it declares exactly what the contract declares, in the
 * same order; any other difference stops the server.
 */
export function describedContract(contract: string, described: string): DocumentNode {
  const contractDocument = gql(contract);
  const expected = shapeOf(contractDocument).split('\n');
  const document = gql(described);
  const actual = shapeOf(withoutAddedArguments(document, contractDocument)).split('\n');
  const line = expected.findIndex((text, i) => text !== actual[i]);
  if (line !== -1 || actual.length !== expected.length) {
    const at = line === -1 ? expected.length : line;
    throw new Error(
      'schema/explorer.descriptions.graphql must declare exactly what schema/explorer.graphql ' +
        `declares, adding only descriptions; first difference: expected "${expected[at] ?? '(end)'}", ` +
        `found "${actual[at] ?? '(end)'}".`,
    );
  }
  return document;
}

/**
 * Descriptions are not inherited in GraphQL, so a field that implements an interface field and has
 * no description of its own (nor its arguments) gets the interface field's. The fields every
 * entity type shares are then described once, on Entity and Organization. Of several interfaces,
 * the most specific one's (Organization's before Entity's) wins.
 */
export function inheritDescriptions(documents: DocumentNode[]): DocumentNode[] {
  // An interface's fields include those its extensions add (`extend interface Entity` in domain.graphql).
  const interfaces = new Map<string, InterfaceTypeDefinitionNode>();
  for (const document of documents) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.INTERFACE_TYPE_DEFINITION) {
        interfaces.set(definition.name.value, definition);
      }
    }
  }
  for (const document of documents) {
    for (const definition of document.definitions) {
      const extended =
        definition.kind === Kind.INTERFACE_TYPE_EXTENSION && interfaces.get(definition.name.value);
      if (!extended) continue;
      interfaces.set(extended.name.value, {
        ...extended,
        fields: [...(extended.fields ?? []), ...(definition.fields ?? [])],
      });
    }
  }
  const specificity = (node: InterfaceTypeDefinitionNode) => node.interfaces?.length ?? 0;
  const inherit = (node: ImplementingNode): ImplementingNode => {
    const parents = (node.interfaces ?? [])
      .map((named) => interfaces.get(named.name.value))
      .filter((parent): parent is InterfaceTypeDefinitionNode => parent !== undefined)
      .sort((a, b) => specificity(b) - specificity(a));
    if (parents.length === 0) return node;
    return {
      ...node,
      fields: node.fields?.map((field) =>
        describedAs(
          field,
          parents.map((parent) => parent.fields?.find((f) => f.name.value === field.name.value)),
        ),
      ),
    };
  };
  return documents.map((document) =>
    visit(document, { ObjectTypeDefinition: inherit, InterfaceTypeDefinition: inherit }),
  );
}

/** The field, with the first description the inherited fields offer wherever it has none. */
function describedAs(
  field: FieldDefinitionNode,
  inherited: (FieldDefinitionNode | undefined)[],
): FieldDefinitionNode {
  const sources = inherited.filter((f): f is FieldDefinitionNode => f !== undefined);
  return {
    ...field,
    description: field.description ?? sources.find((f) => f.description)?.description,
    arguments: field.arguments?.map((argument) => ({
      ...argument,
      description:
        argument.description ??
        sources
          .map((f) => f.arguments?.find((a) => a.name.value === argument.name.value))
          .find((a) => a?.description)?.description,
    })),
  };
}

/** The documents the server builds its schema from (and codegen its types). */
export function servedTypeDefs(): DocumentNode[] {
  return inheritDescriptions([
    describedContract(readSdl('explorer.graphql'), readSdl('explorer.descriptions.graphql')),
    gql(readSdl('domain.graphql')),
    gql(readSdl('curation.graphql')),
    gql(readSdl('ingest.graphql')),
  ]);
}

export const typeDefs: DocumentNode[] = servedTypeDefs();
