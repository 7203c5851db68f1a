// Compiles the port's FindQuery (filter tree, sort keys, paging) to one parameterised Cypher statement.
//
// The statement text depends only on the query's shape: it is made of cypher.ts's fragments,
// names generated here from counters ($p0, $p1, …; m0, r1, …) and members of closed whitelists
// (filter and sort fields, relation types, directions), each checked before use. Every value the
// client gave (strings, numbers, lists) goes into the parameters, never into the text.
import neo4j from 'neo4j-driver';
import { quantityQualifiers, relationTypes } from '../../model/index.js';
import { normalizeSearchText } from '../ordering.js';
import { entityReadKeys } from './records.js';
import type { Direction, EntityFilter, FindQuery, SortKey } from '../port.js';
import {
  FILTER_FIELDS,
  FILTER_FRAGMENTS as F,
  SORT_FIELDS,
  findEntitiesStatement,
} from './cypher.js';

/** A query the compiler refuses: an unknown field, relation type or direction, or a malformed value. */
export class InvalidFindQueryError extends TypeError {
  override name = 'InvalidFindQueryError';
}

export interface CompiledQuery {
  statement: string;
  parameters: Record<string, unknown>;
  /** The keys whose values each returned entity holds, in order (records.ts toEntity). */
  entityKeys: readonly string[];
}

const RELATION_TYPES: ReadonlySet<string> = new Set(relationTypes);
const DIRECTIONS: ReadonlySet<string> = new Set<Direction>(['OUT', 'IN', 'BOTH']);
const QUALIFIERS: ReadonlySet<string> = new Set(quantityQualifiers);

/** The variable the statement binds each candidate entity to (findEntitiesStatement). */
const ROOT = 'n';

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isNullOr<T>(value: unknown, check: (v: unknown) => v is T): value is T | null {
  return value === null || check(value);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** One compilation: its parameters, and the counters that name parameters and variables. */
export class Compilation {
  readonly parameters: Record<string, unknown> = {};
  private parameterCount = 0;
  private variableCount = 0;

  /** A fresh parameter holding `value`: the only way a client's value reaches the statement. */
  parameter(value: unknown): string {
    const name = `p${this.parameterCount++}`;
    this.parameters[name] = value;
    return name;
  }

  /** A fresh variable, unique in the statement, so no subquery ever shadows an outer variable. */
  variable(prefix: string): string {
    return `${prefix}${this.variableCount++}`;
  }

  /** A two-valued predicate over the entity bound to `x`; `at` locates errors in the tree. */
  predicate(filter: EntityFilter, x: string, at: string): string {
    switch (filter.kind) {
      case 'and':
        if (!Array.isArray(filter.filters)) throw invalid(at, 'and needs a list of filters');
        if (filter.filters.length === 0) return F.always();
        return F.and(filter.filters.map((f, i) => this.predicate(f, x, `${at}.filters[${i}]`)));
      case 'or':
        if (!Array.isArray(filter.filters)) throw invalid(at, 'or needs a list of filters');
        if (filter.filters.length === 0) return F.never();
        return F.or(filter.filters.map((f, i) => this.predicate(f, x, `${at}.filters[${i}]`)));
      case 'not':
        return F.not(this.predicate(filter.filter, x, `${at}.filter`));
      case 'field':
        return this.field(filter, x, at);
      case 'names':
        return this.names(filter, x, at);
      case 'quantity':
        return this.quantity(filter, x, at);
      case 'related':
        return this.related(filter, x, at);
      case 'source':
        if (!isStringList(filter.sourceIds))
          throw invalid(at, 'sourceIds must be a list of strings');
        return F.someSource(x, this.variable('s'), this.parameter([...filter.sourceIds]));
      default:
        throw invalid(
          at,
          `unknown filter kind ${JSON.stringify((filter as { kind: unknown }).kind)}`,
        );
    }
  }

  private field(filter: Extract<EntityFilter, { kind: 'field' }>, x: string, at: string): string {
    if (!FILTER_FIELDS.has(filter.field)) {
      throw invalid(at, `${JSON.stringify(filter.field)} is not a filter field`);
    }
    if (filter.op === 'equals') {
      if (!isString(filter.value)) throw invalid(at, 'equals needs a string');
      return F.fieldEquals(x, filter.field, this.parameter(filter.value));
    }
    if (filter.op === 'in') {
      if (!isStringList(filter.value)) throw invalid(at, 'in needs a list of strings');
      return F.fieldIn(x, filter.field, this.parameter([...filter.value]));
    }
    throw invalid(at, `${JSON.stringify(filter.op)} is not a field operator`);
  }

  private names(filter: Extract<EntityFilter, { kind: 'names' }>, x: string, at: string): string {
    if (!isString(filter.value)) throw invalid(at, 'names needs a string');
    // Stored names are normalised at seed time; the needle is normalised the same way here.
    const needle = this.parameter(normalizeSearchText(filter.value));
    if (filter.op === 'equals') return F.namesEqual(x, needle);
    if (filter.op === 'contains') return F.namesContain(x, this.variable('s'), needle);
    throw invalid(at, `${JSON.stringify(filter.op)} is not a names operator`);
  }

  private quantity(
    filter: Extract<EntityFilter, { kind: 'quantity' }>,
    x: string,
    at: string,
  ): string {
    const { unit, item, min, max, qualifiers } = filter;
    if (!isNullOr(unit, isString)) throw invalid(at, 'unit must be a string or null');
    if (!isNullOr(qualifiers, isStringList) || qualifiers?.some((q) => !QUALIFIERS.has(q))) {
      throw invalid(at, 'qualifiers must be a list of quantity qualifiers or null');
    }
    if (!isNullOr(item, isString)) throw invalid(at, 'item must be a string or null');
    if (!isNullOr(min, isFiniteNumber)) throw invalid(at, 'min must be a finite number or null');
    if (!isNullOr(max, isFiniteNumber)) throw invalid(at, 'max must be a finite number or null');
    const i = this.variable('i');
    const conditions: string[] = [];
    if (unit !== null) conditions.push(F.quantityUnit(x, i, this.parameter(unit)));
    if (item !== null) conditions.push(F.quantityItem(x, i, this.parameter(item)));
    // Quantity values are stored as FLOAT; a JavaScript number is sent as FLOAT too.
    if (min !== null) conditions.push(F.quantityMin(x, i, this.parameter(min)));
    if (max !== null) conditions.push(F.quantityMax(x, i, this.parameter(max)));
    if (qualifiers !== null) {
      conditions.push(F.quantityQualifier(x, i, this.parameter([...qualifiers])));
    }
    return F.someQuantity(x, i, conditions);
  }

  private related(
    filter: Extract<EntityFilter, { kind: 'related' }>,
    x: string,
    at: string,
  ): string {
    if (!DIRECTIONS.has(filter.direction)) {
      throw invalid(at, `${JSON.stringify(filter.direction)} is not a direction`);
    }
    if (!Array.isArray(filter.types)) throw invalid(at, 'types must be a list');
    filter.types.forEach((type, i) => {
      if (!RELATION_TYPES.has(type)) {
        throw invalid(`${at}.types[${i}]`, `${JSON.stringify(type)} is not a relation type`);
      }
    });
    const r = this.variable('r');
    const m = this.variable('m');
    // An empty list means every type, as in the port; the types travel as a parameter all the same.
    const types = filter.types.length > 0 ? this.parameter([...new Set(filter.types)]) : null;
    const nested = filter.filter === null ? null : this.predicate(filter.filter, m, `${at}.filter`);
    return F.related(x, filter.direction, r, m, types, nested);
  }
}

function invalid(at: string, problem: string): InvalidFindQueryError {
  return new InvalidFindQueryError(`${at}: ${problem}`);
}

/** The ORDER BY keys of a sort over the entity bound to `x`, ending with its id ascending. */
export function orderKeys(sort: readonly SortKey[], x = ROOT): string[] {
  const keys = sort.map((key, i) => {
    if (!SORT_FIELDS.has(key.field)) {
      throw invalid(`sort[${i}]`, `${JSON.stringify(key.field)} is not a sort field`);
    }
    if (key.direction !== 'ASC' && key.direction !== 'DESC') {
      throw invalid(`sort[${i}]`, `${JSON.stringify(key.direction)} is not a sort direction`);
    }
    return F.orderKey(x, key.field, key.direction);
  });
  // The port's tie-break: every sort ends with id ascending.
  return [...keys, F.orderKey(x, 'id', 'ASC')];
}

export function count(value: number, name: string): ReturnType<typeof neo4j.int> {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer; got ${value}`);
  }
  // SKIP-like list slicing needs INTEGER; a JavaScript number would be sent as FLOAT.
  return neo4j.int(value);
}

/**
 * The statement and parameters answering `query` in one round trip: the matching entities sorted
 * by the query's keys then id, the page [offset, offset + first), and the total count.
 * Throws InvalidFindQueryError for anything outside the whitelists, RangeError for bad paging.
 */
export function compileFindQuery(query: FindQuery): CompiledQuery {
  const compilation = new Compilation();
  const where =
    query.filter === null ? F.always() : compilation.predicate(query.filter, ROOT, 'filter');
  const entityKeys = entityReadKeys(query.properties, query.grounding !== false);
  const { statement, takesTypes } = findEntitiesStatement(
    where,
    orderKeys(query.sort),
    query.types,
    query.count !== false,
    entityKeys,
  );
  return {
    statement,
    entityKeys,
    parameters: {
      ...compilation.parameters,
      ...(takesTypes ? { types: [...query.types!] } : {}),
      offset: count(query.offset, 'offset'),
      first: count(query.first, 'first'),
    },
  };
}
