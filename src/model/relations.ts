// The relation types between entities and which kinds each may join: what may link to what.
import type { EntityType } from './entityKinds.js';

export const relationTypes = [
  'PERFORMED',
  'MEMBER_OF',
  'MOBILIZED',
  'TARGETED',
  'DEALT_WITH',
  'COVERED',
  'PRODUCED',
  'COMMISSIONED',
  'INITIATED',
  'WORKED_THROUGH',
  'ADOPTED',
  'PARTNERED_WITH',
  'ORGANIZED',
  'PARTICIPATED_IN',
  'STATED',
  'RESPONDED_TO',
  'CONCERNS',
  'EXEMPLIFIES',
  'BUILT_ON',
  'REPORTED',
  'PART_OF',
  'LOCATED_IN',
] as const;

export type RelationType = (typeof relationTypes)[number];

const actors: EntityType[] = ['ASSOCIATION', 'GOVERNMENT_BODY', 'COMPANY', 'GROUP'];
/** Whom a deed can serve, or call on: organisations, groups of people, hospitals, places. */
const parties: EntityType[] = [
  'ASSOCIATION',
  'GOVERNMENT_BODY',
  'COMPANY',
  'GROUP',
  'HOSPITAL',
  'REGION',
];

/**
 * Which entity types each relation type may join, checked on load so the typed fields stay true.
 * seed/README.md gives each with its meaning and an example quote.
 */
export const relationEnds: Record<RelationType, { from: EntityType[]; to: EntityType[] }> = {
  PERFORMED: { from: actors, to: ['RELIEF_ACTION'] },
  MEMBER_OF: { from: ['ASSOCIATION', 'GROUP'], to: ['GROUP', 'ASSOCIATION'] },
  MOBILIZED: { from: ['RELIEF_ACTION'], to: parties },
  TARGETED: { from: ['RELIEF_ACTION', 'INSTRUMENT'], to: parties },
  DEALT_WITH: { from: ['RELIEF_ACTION'], to: ['GROUP'] },
  COVERED: { from: ['RELIEF_ACTION'], to: ['REGION'] },
  PRODUCED: { from: ['RELIEF_ACTION'], to: ['INSTRUMENT'] },
  COMMISSIONED: { from: ['GOVERNMENT_BODY'], to: ['RELIEF_ACTION'] },
  INITIATED: { from: ['GOVERNMENT_BODY'], to: ['RELIEF_ACTION'] },
  WORKED_THROUGH: { from: ['GOVERNMENT_BODY'], to: ['ASSOCIATION'] },
  ADOPTED: { from: ['GOVERNMENT_BODY'], to: ['INSTRUMENT'] },
  PARTNERED_WITH: { from: ['ASSOCIATION'], to: ['COMPANY'] },
  ORGANIZED: { from: ['GOVERNMENT_BODY'], to: ['MEETING'] },
  PARTICIPATED_IN: { from: actors, to: ['MEETING'] },
  STATED: { from: ['MEETING', 'GROUP', 'GOVERNMENT_BODY', 'PERSON'], to: ['STATEMENT'] },
  RESPONDED_TO: { from: ['ASSOCIATION', 'GROUP'], to: ['STATEMENT'] },
  CONCERNS: { from: ['STATEMENT'], to: [...parties, 'INSTRUMENT'] },
  EXEMPLIFIES: { from: ['RELIEF_ACTION'], to: ['STATEMENT'] },
  BUILT_ON: { from: ['RELIEF_ACTION'], to: ['RELIEF_ACTION'] },
  REPORTED: { from: ['GOVERNMENT_BODY'], to: ['MEETING', 'STATEMENT'] },
  PART_OF: { from: ['GOVERNMENT_BODY', 'STATEMENT'], to: ['GOVERNMENT_BODY', 'STATEMENT'] },
  LOCATED_IN: { from: ['ASSOCIATION', 'HOSPITAL'], to: ['REGION'] },
};
