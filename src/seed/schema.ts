// zod schemas of the seed files: the one definition of what a valid record is, built on the domain vocabulary (src/model).
import { z } from 'zod';
import {
  activities,
  associationScopes,
  groupKinds,
  idPrefixes,
  instrumentKinds,
  nameEnSources,
  quantityQualifiers,
  regionLevels,
  reliefCategories,
  relationTypes,
  statementKinds,
  type EntityType,
} from '../model/index.js';

const nonEmpty = z.string().trim().min(1);

export const evidenceSchema = z.strictObject({
  source: nonEmpty,
  quote: nonEmpty,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

export const quantitySchema = z.strictObject({
  value: z.number().finite(),
  unit: nonEmpty,
  item: nonEmpty.nullable(),
  qualifier: z.enum(quantityQualifiers),
  text: nonEmpty,
});

export const sourceSchema = z.strictObject({
  id: nonEmpty,
  title: nonEmpty,
  titleEn: nonEmpty.nullable().default(null),
  publisher: nonEmpty.nullable().default(null),
  author: nonEmpty.nullable().default(null),
  date: z.iso.date().nullable().default(null),
  url: z.url().nullable().default(null),
  file: nonEmpty,
  attribution: z
    .strictObject({ entity: nonEmpty, evidence: z.array(evidenceSchema).min(1) })
    .nullable()
    .default(null),
});

const entityBase = {
  id: nonEmpty,
  name: nonEmpty,
  nameEn: nonEmpty,
  nameEnSource: z.enum(nameEnSources),
  aliases: z.array(nonEmpty).default([]),
  collective: z.boolean().default(false),
  evidence: z.array(evidenceSchema).min(1),
  quantities: z.array(quantitySchema).default([]),
};

function entityFile<T extends EntityType, S extends z.ZodType>(file: string, type: T, schema: S) {
  return { file, type, prefix: idPrefixes[type], schema };
}

/** One entry per entity file: the file, its entity type, its id prefix and its record schema. */
export const entityFiles = [
  entityFile(
    'entities/associations.json',
    'ASSOCIATION',
    z.strictObject({ ...entityBase, scope: z.enum(associationScopes) }),
  ),
  entityFile('entities/government-bodies.json', 'GOVERNMENT_BODY', z.strictObject(entityBase)),
  entityFile('entities/companies.json', 'COMPANY', z.strictObject(entityBase)),
  entityFile(
    'entities/groups.json',
    'GROUP',
    z.strictObject({ ...entityBase, groupKind: z.enum(groupKinds) }),
  ),
  entityFile('entities/hospitals.json', 'HOSPITAL', z.strictObject(entityBase)),
  entityFile(
    'entities/regions.json',
    'REGION',
    z.strictObject({ ...entityBase, level: z.enum(regionLevels) }),
  ),
  entityFile(
    'entities/meetings.json',
    'MEETING',
    z.strictObject({ ...entityBase, date: z.iso.date() }),
  ),
  entityFile(
    'entities/statements.json',
    'STATEMENT',
    z.strictObject({ ...entityBase, statementKind: z.enum(statementKinds) }),
  ),
  entityFile(
    'entities/instruments.json',
    'INSTRUMENT',
    z.strictObject({ ...entityBase, instrumentKind: z.enum(instrumentKinds) }),
  ),
  entityFile('entities/people.json', 'PERSON', z.strictObject(entityBase)),
  entityFile(
    'entities/relief-actions.json',
    'RELIEF_ACTION',
    z.strictObject({
      ...entityBase,
      category: z.enum(reliefCategories),
      activity: z.enum(activities),
    }),
  ),
] as const;

export const relationSchema = z.strictObject({
  id: nonEmpty,
  type: z.enum(relationTypes),
  from: nonEmpty,
  to: nonEmpty,
  evidence: z.array(evidenceSchema).min(1),
  quantities: z.array(quantitySchema).default([]),
});
