// The curator's review of a report's proposals: one draft per proposed entity and deed, accepted and with the server's reading until the curator edits or rejects it.
import {
  associationScopes,
  groupKinds,
  instrumentKinds,
  regionLevels,
  type Activity,
  type ReliefCategory,
} from '../../../src/model/index.js';
import type { ProposedQuantity, Proposals, TextSpan } from './proposals.js';

/** The report as the source it becomes. */
export interface SourceDraft {
  id: string;
  title: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
}

export interface QuantityDraft {
  keep: boolean;
  /** The number as written: it must stay inside the deed's quote. */
  text: string;
  value: number;
  unit: string;
  qualifier: string;
  item: string | null;
}

export interface EntityDraft {
  /** `entity-<n>`: names the proposal on the page and in the plan. */
  ref: string;
  /** The proposal's key (`<kind>:<name>`), by which deeds name their actors. */
  key: string;
  accepted: boolean;
  kind: string;
  /** The span quoted as its evidence (its first mention); its name is the text there. */
  start: number;
  end: number;
  mentions: TextSpan[];
  /** The graph's entity of the same name: accepted, the proposal links to it and writes nothing. */
  existingId: string | null;
  nameEn: string;
  nameEnSource: string;
  /** Blank: `<kind prefix><slug of nameEn>`. */
  id: string;
  /** The kind's own field (scope, level, instrumentKind or groupKind), when it has one. */
  detail: string | null;
  rule: string;
  confidence: number;
}

export interface DeedDraft {
  /** `deed-<n>`. */
  ref: string;
  accepted: boolean;
  start: number;
  end: number;
  activity: string;
  category: string;
  /** Keys of the entity proposals who did it (PERFORMED). */
  actors: string[];
  /** Key of the entity proposal it served (TARGETED), or null. */
  target: string | null;
  quantities: QuantityDraft[];
  /** Blank: an English description written from the activity and the actors. */
  nameEn: string;
  /** Blank: `action:<source id>-<n>`. */
  id: string;
  rule: string;
  confidence: number;
  duplicateOf: { id: string; name: string } | null;
}

export interface Review {
  text: string;
  sha256: string;
  fromHtml: boolean;
  source: SourceDraft;
  entities: EntityDraft[];
  deeds: DeedDraft[];
  /** Every number the report writes, highlighted; those in a deed are edited with it. */
  quantities: ProposedQuantity[];
}

/** The kind-specific field of each kind that has one, with its allowed values. */
export const detailFields: Record<string, { field: string; values: readonly string[] }> = {
  ASSOCIATION: { field: 'scope', values: associationScopes },
  REGION: { field: 'level', values: regionLevels },
  INSTRUMENT: { field: 'instrumentKind', values: instrumentKinds },
  GROUP: { field: 'groupKind', values: groupKinds },
};

const provinces =
  /^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)(?:省|市|自治区)?$/;

const instrumentWords: [RegExp, string][] = [
  [/平台$/, 'PLATFORM'],
  [/(?:通道|渠道)$/, 'CHANNEL'],
  [/(?:指南|指引|意见|手册|方案)》?$/, 'GUIDE'],
  [/基金$/, 'FUND'],
  [/模式”?$/, 'MODEL'],
  [/(?:证书|证明)$/, 'CERTIFICATE'],
];

/** The kind-specific field's likely value from the name (a guess the curator can change). */
export function defaultDetail(kind: string, name: string): string | null {
  switch (kind) {
    case 'ASSOCIATION':
      return /^(?:中国|全国|中华)/.test(name) ? 'NATIONAL' : 'LOCAL';
    case 'REGION':
      if (/^(?:全球|世界|国际)/.test(name)) return 'WORLD';
      if (/^(?:全国|中国|我国)$/.test(name)) return 'COUNTRY';
      if (provinces.test(name) || /(?:省|自治区)$/.test(name)) return 'PROVINCE';
      return /市$/.test(name) ? 'CITY' : 'AREA';
    case 'INSTRUMENT':
      return instrumentWords.find(([pattern]) => pattern.test(name))?.[1] ?? 'PROJECT';
    case 'GROUP':
      return 'COALITION';
    default:
      return null;
  }
}

/** The article's section a deed of this kind most often belongs to (the curator can change it). */
const categoryOfActivity: Record<Activity, ReliefCategory> = {
  DONATION: 'DONATIONS',
  PRODUCTION: 'MEDICAL_SUPPLIES',
  PROCUREMENT: 'INTERNATIONAL_SOURCING',
  LOGISTICS: 'MEDICAL_SUPPLIES',
  FINANCING: 'FINANCIAL_SUPPORT',
  SURVEY: 'RESUMPTION_DIFFICULTIES',
  GUIDANCE: 'RESUMPTION_GUIDANCE',
  ADVOCACY: 'EPIDEMIC_CONTROL',
  INFORMATION_SERVICE: 'RESUMPTION_INFORMATION',
  PUBLIC_EDUCATION: 'SCIENCE_COMMUNICATION',
  VOLUNTEERING: 'MEDICAL_STAFF',
  MEDICAL_CARE: 'MEDICAL_SERVICES',
  RIGHTS_PROTECTION: 'RESUMPTION_RIGHTS',
  COORDINATION: 'RESUMPTION_INFORMATION',
  CULTURAL_SERVICE: 'CULTURE',
};

export function defaultCategory(activity: string): string {
  return categoryOfActivity[activity as Activity] ?? 'DONATIONS';
}

/** The drafts of a fresh review: everything accepted as proposed, but for deeds the graph may hold. */
export function reviewOf(proposals: Proposals, source: SourceDraft): Review {
  const entities: EntityDraft[] = proposals.entities.map((entity, i) => {
    const first = entity.mentions[0] ?? { start: 0, end: 0 };
    return {
      ref: `entity-${i + 1}`,
      key: entity.key,
      accepted: true,
      kind: entity.kind,
      start: first.start,
      end: first.end,
      mentions: entity.mentions,
      existingId: entity.existing?.id ?? null,
      nameEn: entity.existing?.nameEn ?? '',
      nameEnSource: 'TRANSLATION',
      id: '',
      detail: defaultDetail(entity.kind, entity.name),
      rule: entity.rule,
      confidence: entity.confidence,
    };
  });
  const deeds: DeedDraft[] = proposals.deeds.map((deed, i) => ({
    ref: `deed-${i + 1}`,
    // A deed the graph may already hold waits for the curator to accept it.
    accepted: deed.duplicateOf === null,
    start: deed.start,
    end: deed.end,
    activity: deed.activity,
    category: defaultCategory(deed.activity),
    actors: deed.actors.map((actor) => actor.key),
    target: null,
    quantities: deed.quantities.map((q) => ({
      keep: true,
      text: q.text,
      value: q.value,
      unit: q.unit,
      qualifier: q.qualifier,
      item: q.item,
    })),
    nameEn: '',
    id: '',
    rule: deed.rule,
    confidence: deed.confidence,
    duplicateOf: deed.duplicateOf,
  }));
  return {
    text: proposals.text,
    sha256: proposals.sha256,
    fromHtml: proposals.fromHtml,
    source,
    entities,
    deeds,
    quantities: proposals.quantities,
  };
}

/** The entity's name: the report's text at its span. */
export function nameOf(review: Review, entity: EntityDraft): string {
  return review.text.slice(entity.start, entity.end);
}

/** The deed's quote: the report's text at its span. */
export function quoteOf(review: Review, deed: DeedDraft): string {
  return review.text.slice(deed.start, deed.end);
}
