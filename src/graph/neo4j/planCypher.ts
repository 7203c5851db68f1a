// Compiles the port's ReadPlan (a root list and the typed relationship fields below it) to one parameterised Cypher statement.
//
// Like filterCypher.ts, the text depends only on the plan's shape: cypher.ts's fragments, names
// from one counter, relation types from the model's list; every value is a parameter.
import type { PlannedField, ReadPlan } from '../port.js';
import { FILTER_FRAGMENTS as F, PLAN_FRAGMENTS as P, plannedReadStatement } from './cypher.js';
import { Compilation, count, orderKeys, type CompiledQuery } from './filterCypher.js';

/** The entities of `list` with their planned fields, as a COLLECT {} over `list`. */
function items(c: Compilation, fields: readonly PlannedField[], at: string) {
  return (list: string): string => {
    const q = c.variable('q');
    const y = c.variable('y');
    const answered = fields.map((field, i) => fieldOf(c, y, field, `${at}[${i}]`));
    return P.items(
      list,
      q,
      y,
      answered.map((a) => a.call),
      answered,
    );
  };
}

function fieldOf(c: Compilation, y: string, field: PlannedField, at: string) {
  const start = P.start(y, field.onTypes === null ? null : c.parameter([...field.onTypes]));
  const names = {
    start: c.variable('l'),
    k: c.variable('k'),
    m: c.variable('m'),
    all: c.variable('a'),
    total: c.variable('t'),
    page: c.variable('s'),
    items: c.variable('c'),
  };
  const perEntity = c.parameter(count(field.perEntity, `${at}.perEntity`));
  let list = names.start;
  const hops = field.hops.map((hop) => {
    const next = c.variable('l');
    const hopNames = {
      i: c.variable('i'),
      a: c.variable('x'),
      r: c.variable('r'),
      m: c.variable('m'),
      h: c.variable('h'),
      x: c.variable('z'),
      e: c.variable('e'),
    };
    const nodeTypes = hop.nodeTypes === null ? null : c.parameter([...hop.nodeTypes]);
    const text = P.hop(list, next, hopNames, hop.direction, hop.types, nodeTypes, perEntity);
    list = next;
    return text;
  });
  const predicate =
    field.filter === null ? null : c.predicate(field.filter, names.m, `${at}.filter`);
  const orderBy = field.sort.length === 0 ? null : orderKeys(field.sort, names.m);
  const page =
    field.page === null
      ? null
      : {
          offset: c.parameter(count(field.page.offset, `${at}.page.offset`)),
          end: c.parameter(count(field.page.offset + field.page.first, `${at}.page.first`)),
        };
  const call = P.field(
    y,
    start,
    hops,
    list,
    names,
    predicate,
    orderBy,
    page,
    items(c, field.fields, `${at}.fields`),
  );
  return { call, total: names.total, items: names.items };
}

/**
 * The statement and parameters answering `plan` in one round trip. Throws InvalidFindQueryError
 * for a filter outside the whitelists, TypeError for an unknown relation type, RangeError for
 * bad paging.
 */
export function compileReadPlan(plan: ReadPlan): CompiledQuery {
  const c = new Compilation();
  const where =
    plan.root.filter === null ? F.always() : c.predicate(plan.root.filter, 'n', 'filter');
  const { statement, takesTypes } = plannedReadStatement(
    where,
    orderKeys(plan.root.sort),
    plan.root.types,
    plan.rootCount,
    items(c, plan.fields, 'fields'),
  );
  return {
    statement,
    parameters: {
      ...c.parameters,
      ...(takesTypes ? { types: [...plan.root.types!] } : {}),
      offset: count(plan.root.offset, 'offset'),
      first: count(plan.root.first, 'first'),
    },
  };
}
