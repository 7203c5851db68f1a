// zod schemas of the seed files: the one definition of what a valid record is.
import { z } from 'zod';

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
  approximate: z.boolean(),
  text: nonEmpty,
});

export const sourceSchema = z.strictObject({
  id: nonEmpty,
  title: nonEmpty,
  titleEn: nonEmpty.nullable().default(null),
  publisher: nonEmpty.nullable().default(null),
  author: nonEmpty.nullable().default(null),
  date: z.iso.date().nullable().default(null),
  file: nonEmpty,
});

const entityBase = {
  id: nonEmpty,
  name: nonEmpty,
  nameEn: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  collective: z.boolean().default(false),
  evidence: z.array(evidenceSchema).min(1),
  quantities: z.array(quantitySchema).default([]),
};

export const reliefCategories = [
  'MEDICAL_SUPPLIES',
  'HOSPITAL_CONSTRUCTION',
  'MEDICAL_STAFF',
  'MEDICAL_SERVICES',
  'EPIDEMIC_CONTROL',
  'DONATIONS',
  'FINANCIAL_SUPPORT',
  'INTERNATIONAL_SOURCING',
  'LIVING_SUPPLIES',
  'RESUMPTION_INFORMATION',
  'RESUMPTION_GUIDANCE',
  'RESUMPTION_RIGHTS',
  'RESUMPTION_DIFFICULTIES',
  'DAILY_SUPPLY',
  'DAILY_CIRCULATION',
  'SCIENCE_COMMUNICATION',
  'CULTURE',
] as const;

/** One entry per entity file: the file, its entity type, its id prefix and its record schema. */
export const entityFiles = [
  {
    file: 'entities/associations.json',
    type: 'ASSOCIATION',
    prefix: 'association:',
    schema: z.strictObject({ ...entityBase, scope: z.enum(['NATIONAL', 'LOCAL']) }),
  },
  {
    file: 'entities/government-bodies.json',
    type: 'GOVERNMENT_BODY',
    prefix: 'government:',
    schema: z.strictObject(entityBase),
  },
  {
    file: 'entities/companies.json',
    type: 'COMPANY',
    prefix: 'company:',
    schema: z.strictObject(entityBase),
  },
  {
    file: 'entities/hospitals.json',
    type: 'HOSPITAL',
    prefix: 'hospital:',
    schema: z.strictObject(entityBase),
  },
  {
    file: 'entities/regions.json',
    type: 'REGION',
    prefix: 'region:',
    schema: z.strictObject({
      ...entityBase,
      level: z.enum(['COUNTRY', 'PROVINCE', 'CITY', 'AREA']),
    }),
  },
  {
    file: 'entities/meetings.json',
    type: 'MEETING',
    prefix: 'meeting:',
    schema: z.strictObject({ ...entityBase, date: z.iso.date() }),
  },
  {
    file: 'entities/relief-actions.json',
    type: 'RELIEF_ACTION',
    prefix: 'action:',
    schema: z.strictObject({ ...entityBase, category: z.enum(reliefCategories) }),
  },
] as const;

export const relationTypes = [
  'PERFORMED',
  'LED',
  'TARGETED',
  'COMMISSIONED',
  'INITIATED',
  'WORKED_THROUGH',
  'ADOPTED',
  'PARTNERED_WITH',
  'ORGANIZED',
  'REPORTED',
  'PART_OF',
  'LOCATED_IN',
] as const;

export const relationSchema = z.strictObject({
  id: nonEmpty,
  type: z.enum(relationTypes),
  from: nonEmpty,
  to: nonEmpty,
  evidence: z.array(evidenceSchema).min(1),
  quantities: z.array(quantitySchema).default([]),
});

export type RelationType = (typeof relationTypes)[number];

type EntityTypeName = (typeof entityFiles)[number]['type'];
const actors: EntityTypeName[] = ['ASSOCIATION', 'GOVERNMENT_BODY', 'COMPANY'];

/** Which entity types each relation type may join: checked on load so the typed fields stay true. */
export const relationEnds: Record<RelationType, { from: EntityTypeName[]; to: EntityTypeName[] }> = {
  PERFORMED: { from: actors, to: ['RELIEF_ACTION'] },
  LED: { from: ['ASSOCIATION'], to: ['RELIEF_ACTION'] },
  TARGETED: { from: ['RELIEF_ACTION'], to: ['HOSPITAL', 'REGION', 'COMPANY', 'GOVERNMENT_BODY'] },
  COMMISSIONED: { from: ['GOVERNMENT_BODY'], to: ['RELIEF_ACTION'] },
  INITIATED: { from: ['GOVERNMENT_BODY'], to: ['RELIEF_ACTION'] },
  WORKED_THROUGH: { from: ['GOVERNMENT_BODY'], to: ['ASSOCIATION'] },
  ADOPTED: { from: ['GOVERNMENT_BODY'], to: ['RELIEF_ACTION'] },
  PARTNERED_WITH: { from: ['ASSOCIATION'], to: ['COMPANY'] },
  ORGANIZED: { from: ['GOVERNMENT_BODY'], to: ['MEETING'] },
  REPORTED: { from: ['GOVERNMENT_BODY'], to: ['MEETING', 'RELIEF_ACTION'] },
  PART_OF: { from: ['GOVERNMENT_BODY'], to: ['GOVERNMENT_BODY'] },
  LOCATED_IN: { from: ['ASSOCIATION', 'HOSPITAL'], to: ['REGION'] },
};
