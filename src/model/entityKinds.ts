// The kinds of entity the graph holds, their id prefixes, and the closed sets of their kind-specific fields.

/** Every kind of entity, in the order the schema and the legend list them. */
export const entityTypes = [
  'ASSOCIATION',
  'GOVERNMENT_BODY',
  'COMPANY',
  'GROUP',
  'HOSPITAL',
  'RELIEF_ACTION',
  'REGION',
  'MEETING',
  'STATEMENT',
  'INSTRUMENT',
  'PERSON',
] as const;

export type EntityType = (typeof entityTypes)[number];

/** The id prefix of each kind: ids are `<prefix><english-slug>`, unique across all kinds. */
export const idPrefixes = {
  ASSOCIATION: 'association:',
  GOVERNMENT_BODY: 'government:',
  COMPANY: 'company:',
  GROUP: 'group:',
  HOSPITAL: 'hospital:',
  RELIEF_ACTION: 'action:',
  REGION: 'region:',
  MEETING: 'meeting:',
  STATEMENT: 'statement:',
  INSTRUMENT: 'instrument:',
  PERSON: 'person:',
} as const satisfies Record<EntityType, string>;

/** The kinds that act: they perform relief actions and may belong to one another. */
export const organizationTypes = [
  'ASSOCIATION',
  'GOVERNMENT_BODY',
  'COMPANY',
  'GROUP',
] as const satisfies readonly EntityType[];

/** National (中国…, 全国性) or local (a province's or a city's) association. */
export const associationScopes = ['NATIONAL', 'LOCAL'] as const;

/** How large a region is. */
export const regionLevels = ['WORLD', 'COUNTRY', 'PROVINCE', 'CITY', 'AREA'] as const;

/**
 * What kind of group an unnamed or composite group is: organisations acting jointly, the members
 * of one organisation, enterprises, associations at large, other institutions, or people.
 */
export const groupKinds = [
  'COALITION',
  'MEMBERS',
  'ENTERPRISES',
  'ASSOCIATIONS',
  'INSTITUTIONS',
  'PEOPLE',
] as const;

/**
 * What a statement does: the report's or the meeting's appraisal, a point the meeting made, one of
 * its three directions, a recommendation, a difficulty firms face, what the participants
 * presented, or a requirement the associations answered (总书记关于…的要求).
 */
export const statementKinds = [
  'ASSESSMENT',
  'OBSERVATION',
  'DIRECTION',
  'RECOMMENDATION',
  'DIFFICULTY',
  'PRESENTATION',
  'REQUIREMENT',
] as const;

/** The named things the article mentions: funds, projects, guides, certificates, models, platforms, channels. */
export const instrumentKinds = [
  'FUND',
  'PROJECT',
  'GUIDE',
  'CERTIFICATE',
  'MODEL',
  'PLATFORM',
  'CHANNEL',
] as const;

/**
 * Where an English name comes from: the organisation's own (official) English name, a faithful
 * translation made here, or an English description written here (actions and statements).
 */
export const nameEnSources = ['OFFICIAL', 'TRANSLATION', 'DESCRIPTION'] as const;

/** The fields only some kinds have (scope on associations, level on regions …), in seed order. */
export const kindSpecificFields = [
  'scope',
  'level',
  'date',
  'category',
  'activity',
  'groupKind',
  'statementKind',
  'instrumentKind',
] as const;

export type KindSpecificField = (typeof kindSpecificFields)[number];
