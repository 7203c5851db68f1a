// `where` and `sort` arguments -> the port's filter tree and sort keys, checked against the limits.
import type { EntityFilter, FilterField, SortField, SortKey } from '../graph/port.js';
import { badInput, requireSearchText } from './argumentLimits.js';
import type { ArgumentLimits } from '../config.js';
import { relationshipFields, type TargetType } from './relationshipFields.js';

/** A `where` input as GraphQL hands it over: every input type shares these scalar fields. */
export interface WhereInput {
  AND?: readonly WhereInput[] | null;
  OR?: readonly WhereInput[] | null;
  NOT?: WhereInput | null;
  id?: { eq?: string | null; in?: readonly string[] | null } | null;
  type?: readonly string[] | null;
  name?: { eq?: string | null; contains?: string | null } | null;
  quantity?: {
    unit?: string | null;
    item?: string | null;
    min?: number | null;
    max?: number | null;
    qualifier?: readonly string[] | null;
  } | null;
  scope?: string | null;
  level?: string | null;
  category?: readonly string[] | null;
  activity?: readonly string[] | null;
  /** Groups' composition, statements' role, instruments' form: their kinds. */
  composition?: readonly string[] | null;
  role?: readonly string[] | null;
  form?: readonly string[] | null;
  nameEnSource?: readonly string[] | null;
  /** Source ids: some evidence cites one of them. */
  source?: readonly string[] | null;
  /** Relationship fields, named as on the object type. */
  [relationship: string]: unknown;
}

export interface SortInput {
  field: 'ID' | 'NAME' | 'NAME_EN' | 'CATEGORY' | 'MONEY';
  direction?: 'ASC' | 'DESC' | null;
}

const sortFields: Record<SortInput['field'], SortField> = {
  ID: 'id',
  NAME: 'name',
  NAME_EN: 'nameEn',
  CATEGORY: 'category',
  MONEY: 'money',
};

export function compileSort(sort: readonly SortInput[] | null | undefined): SortKey[] {
  return (sort ?? []).map((key) => ({
    field: sortFields[key.field],
    direction: key.direction ?? 'ASC',
  }));
}

/** The `where` keys that match one of several values of an entity field. */
const listFields: Partial<Record<string, FilterField>> = {
  type: 'type',
  category: 'category',
  activity: 'activity',
  nameEnSource: 'nameEnSource',
  composition: 'groupKind',
  role: 'statementKind',
  form: 'instrumentKind',
};

function and(filters: EntityFilter[]): EntityFilter | null {
  if (filters.length === 0) return null;
  return filters.length === 1 ? filters[0]! : { kind: 'and', filters };
}

/** Compiles one `where` tree; counts its conditions and depth as it goes. */
class WhereCompiler {
  private size = 0;

  constructor(private readonly limits: ArgumentLimits) {}

  compile(target: TargetType, where: WhereInput, depth: number): EntityFilter | null {
    if (depth > this.limits.maxFilterDepth) {
      throw badInput(
        `Argument "where" is nested more than ${this.limits.maxFilterDepth} levels deep.`,
        'where',
      );
    }
    const parts: EntityFilter[] = [];
    for (const [key, value] of Object.entries(where)) {
      if (value === null || value === undefined) continue;
      if (++this.size > this.limits.maxFilterSize) {
        throw badInput(
          `Argument "where" has more than ${this.limits.maxFilterSize} conditions.`,
          'where',
        );
      }
      parts.push(...this.condition(target, key, value, depth));
    }
    return and(parts);
  }

  private nested(target: TargetType, where: WhereInput, depth: number): EntityFilter {
    // `{}` inside AND/OR/NOT matches everything, as an empty AND does.
    return this.compile(target, where, depth + 1) ?? { kind: 'and', filters: [] };
  }

  private condition(
    target: TargetType,
    key: string,
    value: unknown,
    depth: number,
  ): EntityFilter[] {
    switch (key) {
      case 'AND':
        return [{ kind: 'and', filters: this.list(target, value, depth) }];
      case 'OR':
        return [{ kind: 'or', filters: this.list(target, value, depth) }];
      case 'NOT':
        return [{ kind: 'not', filter: this.nested(target, value as WhereInput, depth) }];
      case 'id':
        return this.idConditions(value as NonNullable<WhereInput['id']>);
      case 'name':
        return this.nameConditions(value as NonNullable<WhereInput['name']>);
      case 'quantity':
        return [this.quantityCondition(value as NonNullable<WhereInput['quantity']>)];
      case 'source':
        return [{ kind: 'source', sourceIds: [...(value as string[])] }];
      case 'scope':
      case 'level':
        return [{ kind: 'field', field: key, op: 'equals', value: value as string }];
      default: {
        const field = listFields[key];
        if (field) return [{ kind: 'field', field, op: 'in', value: [...(value as string[])] }];
        return [this.relationshipCondition(target, key, value as WhereInput, depth)];
      }
    }
  }

  private list(target: TargetType, value: unknown, depth: number): EntityFilter[] {
    return (value as WhereInput[]).map((w) => this.nested(target, w, depth));
  }

  private idConditions(id: NonNullable<WhereInput['id']>): EntityFilter[] {
    const parts: EntityFilter[] = [];
    if (id.eq != null) parts.push({ kind: 'field', field: 'id', op: 'equals', value: id.eq });
    if (id.in != null) parts.push({ kind: 'field', field: 'id', op: 'in', value: [...id.in] });
    return parts;
  }

  private nameConditions(name: NonNullable<WhereInput['name']>): EntityFilter[] {
    const parts: EntityFilter[] = [];
    if (name.eq != null) {
      const value = requireSearchText(name.eq, this.limits, 'where.name.eq');
      parts.push({ kind: 'names', op: 'equals', value });
    }
    if (name.contains != null) {
      const value = requireSearchText(name.contains, this.limits, 'where.name.contains');
      parts.push({ kind: 'names', op: 'contains', value });
    }
    return parts;
  }

  private quantityCondition(q: NonNullable<WhereInput['quantity']>): EntityFilter {
    return {
      kind: 'quantity',
      unit: q.unit ?? null,
      item: q.item ?? null,
      min: q.min ?? null,
      max: q.max ?? null,
      qualifiers: q.qualifier ? [...q.qualifier] : null,
    };
  }

  /** A relationship field matches when some entity its hops reach matches the nested filter. */
  private relationshipCondition(
    target: TargetType,
    key: string,
    where: WhereInput,
    depth: number,
  ): EntityFilter {
    const spec = relationshipFields[target][key];
    // The schema only lets through fields of the input type; this guards the table and the SDL
    // drifting apart.
    if (!spec) throw badInput(`Unknown filter field "${key}" on ${target}.`, 'where');
    let filter = this.compile(spec.target, where, depth + 1);
    for (const hop of [...spec.hops].reverse()) {
      if (hop.nodeTypes) {
        const typed: EntityFilter = {
          kind: 'field',
          field: 'type',
          op: 'in',
          value: [...hop.nodeTypes],
        };
        filter = and(filter ? [typed, filter] : [typed]);
      }
      filter = { kind: 'related', direction: hop.direction, types: [...hop.types], filter };
    }
    return filter!;
  }
}

/** The port filter of a `where` argument, or null when it matches everything. */
export function compileWhere(
  target: TargetType,
  where: WhereInput | null | undefined,
  limits: ArgumentLimits,
): EntityFilter | null {
  if (!where) return null;
  return new WhereCompiler(limits).compile(target, where, 1);
}
