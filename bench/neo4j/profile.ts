// Neo4j's own cost of the statements one request sent: PROFILE each, then sum db hits and keep the largest row count.
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { profiled } from './benchCypher.js';
import type { RecordedStatement } from './recordingDriver.js';

export interface OperatorCost {
  operator: string;
  dbHits: number;
  rows: number;
}

export interface StatementCost {
  dbHits: number;
  /** The most rows any operator of the plan produced (what @neo4j/graphql's CI calls maxRows). */
  maxRows: number;
  /** The database's own time for the profiled run (available + consumed), in ms. */
  timeMs: number;
  /** The operators that cost most, by db hits. */
  top: OperatorCost[];
}

/** The cost of everything one request sent: `roundTrips` statements. */
export interface RequestCost {
  roundTrips: number;
  dbHits: number;
  maxRows: number;
  timeMs: number;
  statements: StatementCost[];
}

function operators(plan: ProfiledPlan): OperatorCost[] {
  // Operator names carry the database after an @ (ProduceResults@neo4j).
  const own = { operator: plan.operatorType.split('@')[0]!, dbHits: plan.dbHits, rows: plan.rows };
  return [own, ...plan.children.flatMap(operators)];
}

const ms = (value: unknown) => (neo4j.isInt(value) ? value.toNumber() : Number(value ?? 0));

export async function profileStatement(
  driver: Driver,
  database: string,
  { statement, parameters }: RecordedStatement,
): Promise<StatementCost> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(profiled(statement), parameters));
    const plan = result.summary.profile;
    if (!plan) throw new Error('PROFILE returned no plan');
    const all = operators(plan);
    return {
      dbHits: all.reduce((sum, o) => sum + o.dbHits, 0),
      maxRows: Math.max(...all.map((o) => o.rows)),
      timeMs: ms(result.summary.resultAvailableAfter) + ms(result.summary.resultConsumedAfter),
      top: [...all].sort((a, b) => b.dbHits - a.dbHits).slice(0, 3),
    };
  } finally {
    await session.close();
  }
}

/** PROFILEs each statement in turn (not concurrently, so their times do not overlap). */
export async function profileRequest(
  driver: Driver,
  database: string,
  statements: readonly RecordedStatement[],
): Promise<RequestCost> {
  const costs: StatementCost[] = [];
  for (const statement of statements)
    costs.push(await profileStatement(driver, database, statement));
  return {
    roundTrips: statements.length,
    dbHits: costs.reduce((sum, c) => sum + c.dbHits, 0),
    maxRows: Math.max(0, ...costs.map((c) => c.maxRows)),
    timeMs: costs.reduce((sum, c) => sum + c.timeMs, 0),
    statements: costs,
  };
}
