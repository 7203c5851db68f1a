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
} from './index.js';

/** Longest name, alias, title, unit or other one-line field, in UTF-16 code units. */
export const MAX_LINE_LENGTH = 500;
/** Longest comment or retraction reason. */
export const MAX_NOTE_LENGTH = 2000;
/** Longest entity or source id. */
export const MAX_ID_LENGTH = 200;
/** Most aliases of one entity. */
export const MAX_ALIASES = 50;

/**
 * Characters no stored string may hold: a lone surrogate (Neo4j would store U+FFFD, so a quote
 * would no longer be its text), a bidi override or isolate (text that displays other than it
 * reads), and control characters other than tab and line breaks.
 */
const hostileInText = /[\p{Cs}\u202a-\u202e\u2066-\u2069]|(?![\t\n\r])\p{Cc}/u;
/** One-line fields (names, titles, ids…) hold no tab or line break either. */
const hostileInLine = /[\p{Cs}\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

/** Why a string cannot be stored (hostileInText), or null: shared by source texts and notes. */
export function textProblem(text: string): string | null {
  const found = hostileInText.exec(text);
  return found ? hostileCharacter(found[0], found.index) : null;
}

function hostileCharacter(character: string, index: number): string {
  const code = character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `must not hold U+${code} (a lone surrogate, bidi or control character) at ${index}`;
}

/** A string with no hostile character (`pattern`) and no surrounding whitespace, 1 to `max` long. */
function cleanString(pattern: RegExp, max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .superRefine((value, ctx) => {
      const found = pattern.exec(value);
      if (found) ctx.addIssue({ code: 'custom', message: hostileCharacter(found[0], found.index) });
      // Refused rather than trimmed: a trimmed quote would no longer be the text at its offsets.
      else if (value.trim() !== value) {
        ctx.addIssue({ code: 'custom', message: 'must not start or end with whitespace' });
      }
    });
}

const nonEmpty = cleanString(hostileInLine, MAX_LINE_LENGTH);
/** A comment or a retraction reason: several lines allowed. */
export const noteSchema = cleanString(hostileInText, MAX_NOTE_LENGTH);

/** `<kind prefix><slug>`: the prefix (idPrefixes) is checked per kind by factRules. */
const entityId = z
  .string()
  .max(MAX_ID_LENGTH)
  .regex(/^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kind prefix and a slug (a-z, 0-9, -)');

/** Lower-case letters, digits and hyphens. */
export const sourceIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'lower-case letters, digits and hyphens, at most 100');

export const evidenceSchema = z.strictObject({
  source: sourceIdSchema,
  quote: cleanString(hostileInText, Number.MAX_SAFE_INTEGER),
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

/** Another source's reading of nameEn: an English name by the same rule as nameEn. */
export const variantSchema = z.strictObject({
  field: z.literal('nameEn'),
  value: nonEmpty,
  source: sourceIdSchema,
});

export const sourceSchema = z.strictObject({
  id: sourceIdSchema,
  title: nonEmpty,
  titleEn: nonEmpty.nullable().default(null),
  publisher: nonEmpty.nullable().default(null),
  author: nonEmpty.nullable().default(null),
  date: z.iso.date().nullable().default(null),
  url: z.url().max(MAX_NOTE_LENGTH).nullable().default(null),
  file: z.string().min(1),
  attribution: z
    .strictObject({ entity: entityId, evidence: z.array(evidenceSchema).min(1) })
    .nullable()
    .default(null),
});

const entityBase = {
  id: entityId,
  name: nonEmpty,
  nameEn: nonEmpty,
  nameEnSource: z.enum(nameEnSources),
  aliases: z.array(nonEmpty).max(MAX_ALIASES).default([]),
  collective: z.boolean().default(false),
  evidence: z.array(evidenceSchema).min(1),
  quantities: z.array(quantitySchema).default([]),
  variants: z.array(variantSchema).default([]),
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
  id: z.string().min(1),
  type: z.enum(relationTypes),
  from: entityId,
  to: entityId,
  evidence: z.array(evidenceSchema).min(1),
  quantities: z.array(quantitySchema).default([]),
});
