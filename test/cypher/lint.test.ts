// Every Cypher statement of the project, linted against the database schema: no errors, no warnings.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNeo4jDriver } from '../../src/graph/neo4j/Neo4jBackend.js';
import { neo4jConfigFor, neo4jUnderTest } from '../helpers/backends.js';
import * as benchCypher from '../../bench/neo4j/benchCypher.js';
import * as cypher from '../../src/graph/neo4j/cypher.js';
import { compileFindQuery } from '../../src/graph/neo4j/filterCypher.js';
import {
  DATA_VERSION_LABEL,
  ENTITY_LABEL,
  ENTITY_LABELS,
  REVISION_LABEL,
  SOURCE_LABEL,
  STORED_PROPERTY_KEYS,
  entityReadKeys,
} from '../../src/graph/neo4j/records.js';
import { relationTypes } from '../../src/model/index.js';
import { readSchemaStatements } from '../../src/graph/neo4j/seedNeo4j.js';
import { representativeFindQueries } from './findQueries.js';
import { compileReadPlan } from '../../src/graph/neo4j/planCypher.js';
import { representativeReadPlans } from './readPlans.js';

// The package's ESM build uses extensionless imports that Node's ESM loader cannot resolve, so
// the CommonJS build is loaded; the types are the same.
type LanguageSupport = typeof import('@neo4j-cypher/language-support');
type DbSchema = import('@neo4j-cypher/language-support').DbSchema;
const language = createRequire(import.meta.url)(
  '@neo4j-cypher/language-support',
) as LanguageSupport;

/** Every parameter a statement may take, with a value of its type. */
const parameters: Record<string, unknown> = {
  ids: ['association:example'],
  direction: 'BOTH',
  types: ['PERFORMED'],
  nodeTypes: ['RELIEF_ACTION'],
  first: 10,
  needle: '火神山',
  sources: ['mca-report-2020-02-21'],
  type: 'ASSOCIATION',
  scope: 'NATIONAL',
  category: 'DONATIONS',
  id: 'association:example',
  limit: 100,
  from: 'association:example',
  to: 'region:example',
  rows: [],
  timeoutSeconds: 300,
  batchSize: 500,
  keys: ['PERFORMED relation:example association:example action:example'],
  version: 'seed:0123456789abcdef0123456789abcdef',
  token: '5f0f2a52-6c1e-4e8e-9b0a-3f1d2c4b5a69',
  after: 0,
  idempotencyKey: 'c0ffee00-1111-4222-8333-444455556666',
  name: '中国医疗物资协会',
  revision: { number: 1, factId: 'association:example', record: '{}' },
  number: 12,
};

/**
 * The database as the seeder leaves it. Functions and procedures are the package's recorded
 * registry of a Neo4j 5 server, so a misspelt function or procedure is an error too.
 */
const dbSchema: DbSchema = {
  labels: [
    ENTITY_LABEL,
    SOURCE_LABEL,
    DATA_VERSION_LABEL,
    REVISION_LABEL,
    ...Object.values(ENTITY_LABELS),
  ],
  relationshipTypes: [...relationTypes],
  propertyKeys: [...STORED_PROPERTY_KEYS],
  parameters,
  functions: language.testData.mockSchema.functions,
  procedures: language.testData.mockSchema.procedures,
};

/**
 * Keys read with `.key` that are not stored properties: fields of the seeding rows (records.ts
 * RelationRow) and of the hit maps RELATIONS_OF builds before ordering them.
 */
const nonStoredKeys = new Set(['from', 'to', 'relation', 'direction', 'node']);

/** The part of an antlr4 parse-tree node this walk uses (the package's antlr4 types do not resolve here). */
interface TreeNode {
  parentCtx?: TreeNode | null;
  children?: TreeNode[] | null;
  getText(): string;
}

/**
 * lintCypherQuery does not check property keys (DbSchema.propertyKeys only feeds completion), so
 * this walks the parse tree for keys that name stored data: `x.key` lookups and the property maps
 * of node and relationship patterns. Map literals that build results are not data and are skipped.
 */
function unknownPropertyKeys(statement: string): string[] {
  const known = new Set<string>(dbSchema.propertyKeys);
  const unknown: string[] = [];
  const visit = (node: TreeNode) => {
    if (node instanceof language.PropertyKeyNameContext) {
      const parent = node.parentCtx;
      const namesData =
        parent instanceof language.PropertyContext ||
        (parent instanceof language.MapContext &&
          parent.parentCtx instanceof language.PropertiesContext);
      const key = node.getText().replace(/^`|`$/g, '');
      if (namesData && !known.has(key) && !nonStoredKeys.has(key)) unknown.push(key);
    }
    for (const child of node.children ?? []) visit(child);
  };
  for (const root of language.parse(statement)) visit(root as unknown as TreeNode);
  return unknown;
}

interface Problem {
  severity: 'error' | 'warning' | 'info';
  message: string;
  at: string;
}

/**
 * Lint diagnostics plus unknown property keys, in a form a failing assertion prints readably.
 * `statementParameters`: parameters only this statement declares (a compiled findEntities query).
 */
function problemsOf(
  statement: string,
  statementParameters: Record<string, unknown> = {},
): Problem[] {
  const schema = { ...dbSchema, parameters: { ...parameters, ...statementParameters } };
  const diagnostics = language.lintCypherQuery(statement, schema).map((d): Problem => ({
    // LSP severities: 1 error, 2 warning, 3 information, 4 hint.
    severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info',
    message: typeof d.message === 'string' ? d.message : d.message.value,
    at: statement.slice(d.offsets.start, d.offsets.end),
  }));
  const properties = unknownPropertyKeys(statement).map((key): Problem => ({
    severity: 'warning',
    message: `Property key ${key} is not stored by the seeder`,
    at: key,
  }));
  return [...diagnostics, ...properties];
}

/** Every statement of a module: each exported string, each string entry of an exported record. */
function statementsOf(module: Record<string, unknown>, prefix = ''): [string, string][] {
  const statements: [string, string][] = [];
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === 'string') statements.push([`${prefix}${name}`, value]);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, statement] of Object.entries(value)) {
        if (typeof statement === 'string') statements.push([`${prefix}${name}[${key}]`, statement]);
      }
    }
  }
  return statements;
}

function adapterStatements(): [string, string][] {
  return statementsOf(cypher);
}

const schemaStatements = await readSchemaStatements();
const allStatements: [string, string][] = [
  ...adapterStatements(),
  // A search projecting some of the hits' properties (SearchQuery.properties).
  ['searchProjecting (some keys)', cypher.searchProjecting(entityReadKeys(['scope'], false))],
  ...schemaStatements.map((s, i): [string, string] => [`schema.cypher #${i + 1}`, s]),
  // The benchmarks' own statements, and every adapter statement as they PROFILE it.
  ...statementsOf(benchCypher, 'bench: '),
  ...adapterStatements().map(([name, s]): [string, string] => [
    `bench: profiled ${name}`,
    benchCypher.profiled(s),
  ]),
];

/**
 * findEntities statements are compiled per query shape (filterCypher.ts) from cypher.ts's
 * fragments: a representative set, covering every fragment, is linted with its parameters.
 */
const findStatements = representativeFindQueries.map(
  ([name, query]): [string, string, Record<string, unknown>] => {
    const { statement, parameters: compiled } = compileFindQuery(query);
    return [`findEntities: ${name}`, statement, compiled];
  },
);

/**
 * Planned reads are compiled per plan shape (planCypher.ts) from cypher.ts's fragments: a
 * representative set, covering every fragment and every relationship field, is linted with its
 * parameters, and EXPLAINed below.
 */
const planStatements = representativeReadPlans.map(
  ([name, plan]): [string, string, Record<string, unknown>] => {
    const { statement, parameters: compiled } = compileReadPlan(plan);
    return [`readPlan: ${name}`, statement, compiled];
  },
);

const cypherShaped = /\b(MATCH|MERGE|UNWIND|OPTIONAL MATCH)\s*[($]|DETACH DELETE|\bCALL\s+db\./;

/** TypeScript files under `dir` other than `home` that contain something shaped like Cypher. */
async function cypherOutside(dir: string, home: string): Promise<string[]> {
  const root = fileURLToPath(new URL(dir, import.meta.url));
  const files = (await readdir(root, { recursive: true }))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(root, file))
    .filter((file) => file !== path.join(root, home));
  const offenders: string[] = [];
  for (const file of files) {
    if (cypherShaped.test(await readFile(file, 'utf8'))) offenders.push(path.relative(root, file));
  }
  return offenders;
}

describe('Cypher lint', () => {
  it('keeps every statement in cypher.ts and schema.cypher: no Cypher elsewhere in src/', async () => {
    expect(await cypherOutside('../../src/', path.join('graph', 'neo4j', 'cypher.ts'))).toEqual([]);
  });

  it("keeps the benchmarks' own Cypher in bench/neo4j/benchCypher.ts", async () => {
    expect(await cypherOutside('../../bench/', path.join('neo4j', 'benchCypher.ts'))).toEqual([]);
  });

  it('finds every statement: adapter, per-depth variants, seeding writes and schema', () => {
    const names = allStatements.map(([name]) => name);
    expect(names).toContain('RELATIONS_OF');
    expect(names).toContain(`NEIGHBORHOOD_BY_DEPTH[${cypher.MAX_NEIGHBORHOOD_DEPTH}]`);
    expect(names).toContain(`SHORTEST_PATH_BY_MAX_DEPTH[${cypher.MAX_PATH_DEPTH}]`);
    expect(names).toContain('MERGE_ENTITIES[RELIEF_ACTION]');
    expect(names).toContain('MERGE_RELATIONS[LOCATED_IN]');
    expect(names).toContain('RESET_GRAPH');
    // Curation's write transaction (Neo4jBackend.commit).
    for (const name of ['NEXT_REVISION', 'FACT', 'APPEND_REVISION', 'REMOVE_RELATION', 'CHANGES']) {
      expect(names).toContain(name);
    }
    // A batch's one transaction (Neo4jBackend.commitBatch).
    for (const name of ['LOCK_REVISIONS', 'REVISIONS_BY_KEYS', 'FINISH_BATCH']) {
      expect(names).toContain(name);
    }
    expect(names).toContain('bench: CLEAR_GRAPH_IN_BATCHES');
    expect(names).toContain('bench: profiled RELATIONS_OF');
    expect(schemaStatements.some((s) => s.startsWith('CREATE FULLTEXT INDEX'))).toBe(true);
    expect(schemaStatements.every((s) => s.includes('IF NOT EXISTS'))).toBe(true);
  });

  it.each(allStatements)('%s has no errors and no warnings', (_name, statement) => {
    expect(problemsOf(statement)).toEqual([]);
  });

  it.each(findStatements)('%s has no errors and no warnings', (_name, statement, compiled) => {
    expect(problemsOf(statement, compiled)).toEqual([]);
  });

  it.each(planStatements)('%s has no errors and no warnings', (_name, statement, compiled) => {
    expect(problemsOf(statement, compiled)).toEqual([]);
  });

  it('lints a compiled statement with its own parameters only', () => {
    const [, statement] = findStatements.find(([name]) => name.includes('five deep'))!;
    expect(problemsOf(statement).some((p) => p.severity === 'error')).toBe(true);
  });

  it('reports a broken statement', () => {
    const syntaxError = problemsOf('MATCH (n:Entity RETURN n');
    expect(syntaxError.some((p) => p.severity === 'error')).toBe(true);

    const unknownLabel = problemsOf('MATCH (n:Entitty) RETURN n.id');
    expect(unknownLabel).toEqual([expect.objectContaining({ severity: 'warning', at: 'Entitty' })]);

    const unknownType = problemsOf('MATCH (n:Entity)-[:FUNDED]->(m:Entity) RETURN m.id');
    expect(unknownType).toEqual([expect.objectContaining({ severity: 'warning', at: 'FUNDED' })]);

    const unknownProperty = problemsOf('MATCH (n:Entity {id: $id}) RETURN n.nmae');
    expect(unknownProperty).toEqual([expect.objectContaining({ severity: 'warning', at: 'nmae' })]);

    const undeclaredParameter = problemsOf('MATCH (n:Entity {id: $entityId}) RETURN n.id');
    expect(undeclaredParameter).toEqual([expect.objectContaining({ severity: 'error' })]);

    const unknownFunction = problemsOf('MATCH (n:Entity) RETURN toLowr(n.name)');
    expect(unknownFunction).toEqual([expect.objectContaining({ severity: 'error' })]);
  });
});

/**
 * The same statements through the real server's own planner (EXPLAIN plans without running):
 * what the linter's grammar accepts, the Neo4j of this run must compile too.
 */
describe.skipIf(neo4jUnderTest.skipReason !== null)('Cypher on the real Neo4j (EXPLAIN)', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = createNeo4jDriver(neo4jConfigFor(neo4jUnderTest.uri!));
  });
  afterAll(() => driver.close());

  const explain = async (statement: string, extra: Record<string, unknown> = {}) => {
    const session = driver.session();
    try {
      const result = await session.run(`EXPLAIN ${statement}`, { ...parameters, ...extra });
      return result.summary.plan;
    } finally {
      await session.close();
    }
  };

  it.each(adapterStatements())('%s compiles on the server', async (_name, statement) => {
    expect(await explain(statement)).toBeTruthy();
  });

  it.each(findStatements)('%s compiles on the server', async (_name, statement, compiled) => {
    expect(await explain(statement, compiled)).toBeTruthy();
  });

  it.each(planStatements)('%s compiles on the server', async (_name, statement, compiled) => {
    expect(await explain(statement, compiled)).toBeTruthy();
  });

  it('reports a statement the server cannot compile (the check can fail)', async () => {
    await expect(explain('MATCH (n:Entity) RETURN toLowr(n.name)')).rejects.toThrow(/toLowr/);
  });
});
