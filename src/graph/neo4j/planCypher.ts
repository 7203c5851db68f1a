// Compiles the port's ReadPlan (a root list and the typed relationship fields below it) to one parameterised Cypher statement.
//
// Like filterCypher.ts, the text depends only on the plan's shape: cypher.ts's fragments, names
// from one counter, relation types from the model's list; every value is a parameter. Each field
// is one level, answered once per distinct entity of the level above (the loaders' batching, in
// one statement), so a wide fan-out reads no entity twice; records.ts puts the tree together.
import type { PlannedField, ReadPlan } from '../port.js';
import { FILTER_FRAGMENTS as F, PLAN_FRAGMENTS as P, plannedReadStatement } from './cypher.js';
import { Compilation, count, orderKeys, type CompiledQuery } from './filterCypher.js';
import { entityReadKeys } from './records.js';

interface Level {
  text: string;
  answers: string;
  reached: string;
}

/** The levels of `fields` and all below them, parents first, over the entities of `parents`. */
function levels(
  c: Compilation,
  parents: string,
  fields: readonly PlannedField[],
  at: string,
): Level[] {
  return fields.flatMap((field, i) => {
    const level = levelOf(c, parents, field, `${at}[${i}]`);
    return [level, ...levels(c, level.reached, field.fields, `${at}[${i}].fields`)];
  });
}

function levelOf(c: Compilation, parents: string, field: PlannedField, at: string): Level {
  const names = {
    y: c.variable('y'),
    k: c.variable('k'),
    m: c.variable('m'),
    all: c.variable('a'),
    total: c.variable('t'),
    page: c.variable('s'),
    pages: c.variable('g'),
    x: c.variable('x'),
    answers: c.variable('f'),
    reached: c.variable('l'),
  };
  const onTypes =
    field.onTypes === null ? null : P.onTypes(names.y, c.parameter([...field.onTypes]));
  const perEntity = c.parameter(count(field.perEntity, `${at}.perEntity`));
  let list = names.y;
  const hops = field.hops.map((hop, i) => {
    const next = c.variable('l');
    const hopNames = {
      i: c.variable('i'),
      a: c.variable('w'),
      r: c.variable('r'),
      m: c.variable('m'),
      h: c.variable('h'),
      x: c.variable('z'),
      e: c.variable('e'),
    };
    const nodeTypes = hop.nodeTypes === null ? null : c.parameter([...hop.nodeTypes]);
    const follow = i === 0 ? P.firstHop : P.hop;
    const text = follow(list, next, hopNames, hop.direction, hop.types, nodeTypes, perEntity);
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
  return {
    text: P.level(parents, names, onTypes, hops, list, predicate, orderBy, page),
    answers: names.answers,
    reached: names.reached,
  };
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
  const compiled = levels(c, 'l', plan.fields, 'fields');
  const entityKeys = entityReadKeys(plan.properties, plan.grounding !== false);
  const { statement, takesTypes } = plannedReadStatement(
    where,
    orderKeys(plan.root.sort),
    plan.root.types,
    plan.rootCount,
    compiled.map((level) => level.text),
    compiled.map((level) => level.answers),
    compiled.map((level) => level.reached),
    entityKeys,
  );
  return {
    statement,
    entityKeys,
    parameters: {
      ...c.parameters,
      ...(takesTypes ? { types: [...plan.root.types!] } : {}),
      offset: count(plan.root.offset, 'offset'),
      first: count(plan.root.first, 'first'),
    },
  };
}
