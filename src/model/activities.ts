// What a relief action is: the article's section it belongs to (category) and the kind of deed (activity).

/** The article's own sections, one per kind of relief or resumption work. */
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

/**
 * The kind of deed, whatever section tells it: a donation told under 寻求国际支援 is still a
 * DONATION, so "every donation" is one filter.
 */
export const activities = [
  'DONATION',
  'PRODUCTION',
  'PROCUREMENT',
  'LOGISTICS',
  'FINANCING',
  'SURVEY',
  'GUIDANCE',
  'ADVOCACY',
  'INFORMATION_SERVICE',
  'PUBLIC_EDUCATION',
  'VOLUNTEERING',
  'MEDICAL_CARE',
  'RIGHTS_PROTECTION',
  'COORDINATION',
  'CULTURAL_SERVICE',
] as const;

export type ReliefCategory = (typeof reliefCategories)[number];
export type Activity = (typeof activities)[number];
