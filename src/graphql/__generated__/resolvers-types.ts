import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord, AttributionRecord, RelationRecord, EvidenceRecord, SourceRecord, RevisionRecord, FactRecord, VariantRecord } from '../../model/records.js';
import type { ProposalsRecord, ProposedEntityRecord, ProposedDeedRecord } from '../../ingest/Proposer.js';
import type { RelationHit, Subgraph as SubgraphRecord, DisagreementRecord, ReadingRecord } from '../../graph/port.js';
import type { RequestContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** The kind of deed a relief action is, whichever section of the article tells it. */
export type Activity =
  /** Appeals, initiatives and policy proposals (倡议, 呼吁, 号召, 意见建议). */
  | 'ADVOCACY'
  /** Helping the authorities and firms carry something out: suspending tourism, refunds. */
  | 'COORDINATION'
  /** Cultural services for the public: free reading. */
  | 'CULTURAL_SERVICE'
  /** Giving money or goods (捐款捐物): 约22亿元, 7亿元, 医疗物资及生活用品320吨. */
  | 'DONATION'
  /** Credit, fund-raising and financial services: 21亿元 raised for three companies. */
  | 'FINANCING'
  /** Guidance, standards and supervision: guides, guidelines, measures, safety supervision. */
  | 'GUIDANCE'
  /** Information platforms and matching of supply and demand. */
  | 'INFORMATION_SERVICE'
  /** Transport, shipping and customs clearance: free transport to Wuhan, free customs clearance. */
  | 'LOGISTICS'
  /** Medical help: medical staff, hospitals, remedies, psychological counselling. */
  | 'MEDICAL_CARE'
  /** Buying and sourcing goods, at home or abroad: 近百万件急需医用物资采购. */
  | 'PROCUREMENT'
  /** Producing or supplying goods: restarting production, building materials, keeping markets supplied. */
  | 'PRODUCTION'
  /** Science communication for the public: the mask guide, disinfectant notices. */
  | 'PUBLIC_EDUCATION'
  /** Defending firms' and consumers' rights: force-majeure certificates, fee waivers. */
  | 'RIGHTS_PROTECTION'
  /** Surveys, statistics and information gathering on the epidemic's impact. */
  | 'SURVEY'
  /** Volunteer and community work: volunteers, cleaners, social workers. */
  | 'VOLUNTEERING';

/** What was done of one kind of deed (activity), summed. */
export type ActivityTotals = {
  __typename?: 'ActivityTotals';
  /** How many counted actions are of this activity (0 when none). */
  actionCount: Scalars['Int']['output'];
  /** The actions counted, by id. */
  actions: Array<ReliefAction>;
  /** The activity. */
  activity: Activity;
  /** Distinct organisations that performed an action of this activity. */
  actorCount: Scalars['Int']['output'];
  /** Sum of the CNY quantities of those actions; moneyTotal shows what went in, and its qualifier. */
  money: Scalars['Float']['output'];
  /**
   * All the money summed whatever was given (every CNY quantity, any item), with each number that
   * went in and what their qualifiers make of the sum: `lowerBound` when it is one.
   */
  moneyTotal: QuantityTotal;
  /** Every unit and item summed separately, money included, by unit then item; each with its inputs. */
  quantities: Array<QuantityTotal>;
};

/** What one organisation did, summed over the relief actions it performed. */
export type ActorTotals = {
  __typename?: 'ActorTotals';
  /** How many of the counted actions it performed. */
  actionCount: Scalars['Int']['output'];
  /** The actions counted, by id. */
  actions: Array<ReliefAction>;
  /** The organisation. */
  actor: Organization;
  /** Sum of the CNY quantities of its actions (a joint action's in full). */
  money: Scalars['Float']['output'];
  /**
   * All the money summed whatever was given (every CNY quantity, any item), with each number that
   * went in and what their qualifiers make of the sum: `lowerBound` when it is one.
   */
  moneyTotal: QuantityTotal;
  /** Every unit and item summed separately, money included, by unit then item. */
  quantities: Array<QuantityTotal>;
};

/** An industry association, chamber of commerce or federation (协会, 商会, 联合会). */
export type Association = Entity & Organization & {
  __typename?: 'Association';
  /**
   * Relief actions this organisation performed (outgoing PERFORMED), by id unless sorted. A joint
   * action is its group's (Group.actions), not each member's.
   */
  actions: Array<ReliefAction>;
  /** The same as `actions`, a page at a time, with the total count. */
  actionsConnection: ReliefActionConnection;
  /**
   * Other names the source or common usage gives (short forms, full official names, English
   * acronyms); empty when none. Search and name filters match these too.
   */
  aliases: Array<Scalars['String']['output']>;
  /**
   * Government bodies that worked through this association (incoming WORKED_THROUGH): 发展改革委
   * and 商务部 through 中国连锁经营协会. By id unless sorted.
   */
  channelFor: Array<GovernmentBody>;
  /** True when the name denotes a group or class (多地旅游行业协会, 政府部门), not one organisation. */
  collective: Scalars['Boolean']['output'];
  /**
   * Government bodies that commissioned one of its actions: its outgoing PERFORMED, then the
   * actions' incoming COMMISSIONED. In the order of its actions unless sorted.
   */
  commissionedBy: Array<GovernmentBody>;
  /** Where the source text says this: one quote per place that names the organisation. */
  evidence: Array<Evidence>;
  /**
   * Stable id, `<kind>:<english-slug>`, unique across all kinds:
   * `"association:china-electronics-chamber-of-commerce"`. `search` finds ids by name.
   */
  id: Scalars['ID']['output'];
  /**
   * The groups it belongs to (outgoing MEMBER_OF): 深圳市商业联合会 in the twelve associations
   * that appealed jointly. By id unless sorted.
   */
  memberOf: Array<Organization>;
  /**
   * Its members, as the article names them (incoming MEMBER_OF): 中国电子商会's 会员企业 and its
   * 中小企业会员单位. By id unless sorted.
   */
  members: Array<Organization>;
  /** Name as written in the source text (Chinese), e.g. 中国电子商会. */
  name: Scalars['String']['output'];
  /**
   * English rendering of the name: the official English name where known, else a faithful
   * translation; null when there is none.
   */
  nameEn?: Maybe<Scalars['String']['output']>;
  /**
   * Where nameEn comes from: OFFICIAL (the organisation's own English name) or TRANSLATION (made
   * here, when the body has none we know of).
   */
  nameEnSource?: Maybe<NameEnSource>;
  /** Companies it cooperated with (outgoing PARTNERED_WITH, 联合). By id unless sorted. */
  partners: Array<Company>;
  /** Numbers the article attaches to the organisation itself (its actions carry the rest). */
  quantities: Array<Quantity>;
  /**
   * The region a local association belongs to (its outgoing LOCATED_IN relationship): 武汉 for
   * 武汉市清洁行业协会; null when the article places it nowhere.
   */
  region?: Maybe<Region>;
  /**
   * Every relationship of this organisation, seen from it (type, direction, the entity at the other
   * end, the quote that states it), by relationship type then id.
   */
  relations: Array<Relation>;
  /**
   * Requirements or calls it answered (outgoing RESPONDED_TO, 响应): 总书记's requirement to support
   * the resumption of production. By id unless sorted.
   */
  respondedTo: Array<Statement>;
  /** NATIONAL (中国…, 全国性) or LOCAL (a province's or a city's). */
  scope: AssociationScope;
  /**
   * The sources its evidence cites, by id: every report that names it (an entity named in two
   * reports is one entity with evidence from both).
   */
  sources: Array<Source>;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
  /** Other sources' readings of its English name, kept beside nameEn (docs/data-model.md); [] when all agree. */
  variants: Array<Variant>;
};


/** An industry association, chamber of commerce or federation (协会, 商会, 联合会). */
export type AssociationActionsArgs = {
  category?: InputMaybe<ReliefCategory>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** An industry association, chamber of commerce or federation (协会, 商会, 联合会). */
export type AssociationActionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** An industry association, chamber of commerce or federation (协会, 商会, 联合会). */
export type AssociationChannelForArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/** An industry association, chamber of commerce or federation (协会, 商会, 联合会). */
export type AssociationCommissionedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/** An industry association, chamber of commerce or federation (协会, 商会, 联合会). */
export type AssociationMemberOfArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};


/** An industry association, chamber of commerce or federation (协会, 商会, 联合会). */
export type AssociationMembersArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};


/** An industry association, chamber of commerce or federation (协会, 商会, 联合会). */
export type AssociationPartnersArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<CompanyWhere>;
};


/** An industry association, chamber of commerce or federation (协会, 商会, 联合会). */
export type AssociationRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** An industry association, chamber of commerce or federation (协会, 商会, 联合会). */
export type AssociationRespondedToArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<StatementWhere>;
};

/** A page of associations (Relay connection). */
export type AssociationConnection = {
  __typename?: 'AssociationConnection';
  /** The page: each association with its cursor. */
  edges: Array<AssociationEdge>;
  /** Whether more pages follow, and the cursor to continue from. */
  pageInfo: PageInfo;
  /** How many associations match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** An association in a page, with its cursor. */
export type AssociationEdge = {
  __typename?: 'AssociationEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The association. */
  node: Association;
};

/** National (中国…, 全国性) or local (a province's or a city's) association. */
export type AssociationScope =
  /** A province's or a city's association: 北京医药行业协会, 深圳市商业联合会 ... */
  | 'LOCAL'
  /** A national association: 中国电子商会, 中国钢铁工业协会 ... */
  | 'NATIONAL';

/** Filters on associations; all fields given must match. */
export type AssociationWhere = {
  /** Every one of these filters matches. */
  AND?: InputMaybe<Array<AssociationWhere>>;
  /** This filter does not match. */
  NOT?: InputMaybe<AssociationWhere>;
  /** At least one of these filters matches (an empty list matches nothing). */
  OR?: InputMaybe<Array<AssociationWhere>>;
  /** Some relief action it performed matches (outgoing PERFORMED). */
  actions?: InputMaybe<ReliefActionWhere>;
  /** Some government body that worked through it matches (incoming WORKED_THROUGH). */
  channelFor?: InputMaybe<GovernmentBodyWhere>;
  /** Some government body that commissioned one of its actions matches. */
  commissionedBy?: InputMaybe<GovernmentBodyWhere>;
  /** The id matches. */
  id?: InputMaybe<IdFilter>;
  /** Some group it belongs to matches (outgoing MEMBER_OF). */
  memberOf?: InputMaybe<OrganizationWhere>;
  /** Some group of its members matches (incoming MEMBER_OF). */
  members?: InputMaybe<OrganizationWhere>;
  /** One of its names matches. */
  name?: InputMaybe<NameFilter>;
  /** Its English name comes from one of these: `[OFFICIAL]`. */
  nameEnSource?: InputMaybe<Array<NameEnSource>>;
  /** Some company it cooperated with matches (outgoing PARTNERED_WITH). */
  partners?: InputMaybe<CompanyWhere>;
  /** One of its own quantities matches. */
  quantity?: InputMaybe<QuantityFilter>;
  /** Its region matches (outgoing LOCATED_IN): `{ name: { eq: "武汉" } }`. */
  region?: InputMaybe<RegionWhere>;
  /** Some requirement or call it answered matches (outgoing RESPONDED_TO). */
  respondedTo?: InputMaybe<StatementWhere>;
  /** The association has this scope. */
  scope?: InputMaybe<AssociationScope>;
  /**
   * Some evidence of it cites one of these sources, by id: `["mca-report-2020-02-21"]`. An unknown
   * id matches nothing, as does an empty list.
   */
  source?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Whose news a source relays, and where it says so. */
export type Attribution = {
  __typename?: 'Attribution';
  /** The quotes that attribute it: 据民政部网站消息, 民政部网站发布的消息显示. */
  evidence: Array<Evidence>;
  /** The organisation whose news it is: 民政部 (its website). */
  organization: Organization;
};

/** An entity of a batch. */
export type BatchEntityInput = {
  /** Null for a new entity, else the entity's current version (as `upsertEntity`'s baseVersion). */
  baseVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The whole entity, as `upsertEntity` takes it. */
  entity: EntityInput;
  /** Names this item across retries of the batch, as `upsertEntity`'s idempotencyKey. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** The writes of one `commitBatch`, applied sources first, then entities, then relations. */
export type BatchInput = {
  /** Entities to add or replace. */
  entities?: InputMaybe<Array<BatchEntityInput>>;
  /** Relations to add, between standing entities or entities of the batch. */
  relations?: InputMaybe<Array<BatchRelationInput>>;
  /** New sources, which the batch's evidence may quote. */
  sources?: InputMaybe<Array<BatchSourceInput>>;
};

/** A relation of a batch. */
export type BatchRelationInput = {
  /** Names this item across retries of the batch, as `addRelation`'s idempotencyKey. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The relation, as `addRelation` takes it. */
  relation: RelationInput;
};

/** A source of a batch. */
export type BatchSourceInput = {
  /** Names this item across retries of the batch, as `addSource`'s idempotencyKey. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The source, as `addSource` takes it. */
  source: SourceInput;
};

/** What was done in one relief category, summed. */
export type CategoryTotals = {
  __typename?: 'CategoryTotals';
  /** How many counted actions have this category (0 when none). */
  actionCount: Scalars['Int']['output'];
  /** The actions counted, by id. */
  actions: Array<ReliefAction>;
  /** Distinct organisations that performed an action of this category. */
  actorCount: Scalars['Int']['output'];
  /** The category. */
  category: ReliefCategory;
  /** Sum of the CNY quantities of those actions. */
  money: Scalars['Float']['output'];
  /**
   * All the money summed whatever was given (every CNY quantity, any item), with each number that
   * went in and what their qualifiers make of the sum: `lowerBound` when it is one.
   */
  moneyTotal: QuantityTotal;
  /** Every unit and item summed separately, money included, by unit then item. */
  quantities: Array<QuantityTotal>;
};

/** Revisions after a cursor, for clients that poll. */
export type ChangePage = {
  __typename?: 'ChangePage';
  /** Pass as `after` to read on; the same cursor when nothing is new. */
  cursor: Scalars['String']['output'];
  /** The revisions, oldest first. */
  revisions: Array<Revision>;
};

/** An entity near both a and b (commonNeighbors), with its distance from each. */
export type CommonNeighbor = {
  __typename?: 'CommonNeighbor';
  /** Hops from a (ignoring direction). */
  hopsFromA: Scalars['Int']['output'];
  /** Hops from b (ignoring direction). */
  hopsFromB: Scalars['Int']['output'];
  /** The entity. */
  node: Entity;
};

/** A named enterprise or enterprise group (富士康集团). */
export type Company = Entity & Organization & {
  __typename?: 'Company';
  /**
   * Relief actions this organisation performed (outgoing PERFORMED), by id unless sorted. A joint
   * action is its group's (Group.actions), not each member's.
   */
  actions: Array<ReliefAction>;
  /** The same as `actions`, a page at a time, with the total count. */
  actionsConnection: ReliefActionConnection;
  /**
   * Other names the source or common usage gives (short forms, full official names, English
   * acronyms); empty when none. Search and name filters match these too.
   */
  aliases: Array<Scalars['String']['output']>;
  /** True when the name denotes a group or class (多地旅游行业协会, 政府部门), not one organisation. */
  collective: Scalars['Boolean']['output'];
  /** Where the source text says this: one quote per place that names the organisation. */
  evidence: Array<Evidence>;
  /**
   * Stable id, `<kind>:<english-slug>`, unique across all kinds:
   * `"association:china-electronics-chamber-of-commerce"`. `search` finds ids by name.
   */
  id: Scalars['ID']['output'];
  /** Name as written in the source text (Chinese), e.g. 中国电子商会. */
  name: Scalars['String']['output'];
  /**
   * English rendering of the name: the official English name where known, else a faithful
   * translation; null when there is none.
   */
  nameEn?: Maybe<Scalars['String']['output']>;
  /**
   * Where nameEn comes from: OFFICIAL (the organisation's own English name) or TRANSLATION (made
   * here, when the body has none we know of).
   */
  nameEnSource?: Maybe<NameEnSource>;
  /** Associations that cooperated with it (incoming PARTNERED_WITH). By id unless sorted. */
  partners: Array<Association>;
  /** Numbers the article attaches to the organisation itself (its actions carry the rest). */
  quantities: Array<Quantity>;
  /**
   * Every relationship of this organisation, seen from it (type, direction, the entity at the other
   * end, the quote that states it), by relationship type then id.
   */
  relations: Array<Relation>;
  /**
   * The sources its evidence cites, by id: every report that names it (an entity named in two
   * reports is one entity with evidence from both).
   */
  sources: Array<Source>;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
  /** Other sources' readings of its English name, kept beside nameEn (docs/data-model.md); [] when all agree. */
  variants: Array<Variant>;
};


/** A named enterprise or enterprise group (富士康集团). */
export type CompanyActionsArgs = {
  category?: InputMaybe<ReliefCategory>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A named enterprise or enterprise group (富士康集团). */
export type CompanyActionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A named enterprise or enterprise group (富士康集团). */
export type CompanyPartnersArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<AssociationWhere>;
};


/** A named enterprise or enterprise group (富士康集团). */
export type CompanyRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A page of companies (Relay connection). */
export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  /** The page: each company with its cursor. */
  edges: Array<CompanyEdge>;
  /** Whether more pages follow, and the cursor to continue from. */
  pageInfo: PageInfo;
  /** How many companies match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A company in a page, with its cursor. */
export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The company. */
  node: Company;
};

/** Filters on companies; all fields given must match. */
export type CompanyWhere = {
  /** Every one of these filters matches. */
  AND?: InputMaybe<Array<CompanyWhere>>;
  /** This filter does not match. */
  NOT?: InputMaybe<CompanyWhere>;
  /** At least one of these filters matches (an empty list matches nothing). */
  OR?: InputMaybe<Array<CompanyWhere>>;
  /** Some relief action it performed matches (outgoing PERFORMED). */
  actions?: InputMaybe<ReliefActionWhere>;
  /** The id matches. */
  id?: InputMaybe<IdFilter>;
  /** One of its names matches. */
  name?: InputMaybe<NameFilter>;
  /** Some association that cooperated with it matches (incoming PARTNERED_WITH). */
  partners?: InputMaybe<AssociationWhere>;
  /** One of its own quantities matches. */
  quantity?: InputMaybe<QuantityFilter>;
  /**
   * Some evidence of it cites one of these sources, by id: `["mca-report-2020-02-21"]`. An unknown
   * id matches nothing, as does an empty list.
   */
  source?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** How connected one organisation is to the others, and through what (mostConnected). */
export type Connectedness = {
  __typename?: 'Connectedness';
  /** Those organisations, by id. */
  connected: Array<Organization>;
  /** Distinct other organisations connected through a shared action or a shared target. */
  degree: Scalars['Int']['output'];
  /** The organisation. */
  entity: Organization;
  /** Its actions that another organisation also performed, by id. */
  sharedActions: Array<ReliefAction>;
  /** Entities its actions targeted that another organisation's actions also targeted, by id. */
  sharedTargets: Array<Entity>;
};

/** Which way a relationship is followed from the entity it is read from. */
export type Direction =
  /** Both: every relationship the entity takes part in. */
  | 'BOTH'
  /** Relationships that end at the entity (it is their `to`). */
  | 'IN'
  /** Relationships that start at the entity (it is their `from`). */
  | 'OUT';

/**
 * A field of one fact that two sources read differently. Both readings are kept and shown: a write
 * never overwrites one source's reading with another's.
 */
export type Disagreement = {
  __typename?: 'Disagreement';
  /** The entity, when the fact is one; null for a relation. */
  entity?: Maybe<Entity>;
  /** The fact's id: an entity id, or a relation id (`from|TYPE|to`). */
  factId: Scalars['ID']['output'];
  /** The field read differently. */
  field: DisagreementField;
  /** For a quantity: the item every reading shares, when the text says; null for a name. */
  item?: Maybe<Scalars['String']['output']>;
  /** Every source's reading, by source id then value. */
  readings: Array<Reading>;
  /** The relation, when the fact is one; null for an entity. */
  relation?: Maybe<Edge>;
  /** For a quantity: the unit every reading shares (CNY …); null for a name. */
  unit?: Maybe<Scalars['String']['output']>;
};

/** Which field of a fact two sources read differently. */
export type DisagreementField =
  /** The English name: the value the entity holds and its variants. */
  | 'NAME_EN'
  /** A quantity: two values of the same unit and item, read from quotes of different sources. */
  | 'QUANTITY';

/**
 * A relationship in a Subgraph, in its stored direction: `from` -[type]-> `to`, e.g.
 * `"company:foxconn" -[PERFORMED]-> "action:foxconn-components-supply"`.
 */
export type Edge = {
  __typename?: 'Edge';
  /** The quotes that state the relationship. */
  evidence: Array<Evidence>;
  /** Id of the entity the relationship starts at. */
  from: Scalars['ID']['output'];
  /** The relationship's id, `<from id>|<TYPE>|<to id>` (the same as Relation.id). */
  id: Scalars['ID']['output'];
  /** Numbers the relationship itself carries; empty in this data, whose numbers sit on relief actions. */
  quantities: Array<Quantity>;
  /** The sources its evidence cites, by id. */
  sources: Array<Source>;
  /** Id of the entity the relationship ends at. */
  to: Scalars['ID']['output'];
  /** Relationship type, as in Relation.type: PERFORMED, TARGETED, REPORTED ... */
  type: Scalars['String']['output'];
};

/**
 * Anything the article names: an association, a government body, a company, a hospital, a region,
 * a group (member companies, the public ...), a meeting, a statement the meeting or the report makes,
 * a named thing (a fund, a guide, a model ...), a person (总书记) or a relief action. Every entity has its names, its numbers, the quotes that mention it
 * and its relationships; each object type adds typed relationship fields (Association.actions,
 * Hospital.supportedBy ...).
 */
export type Entity = {
  /**
   * Other names the source or common usage gives (short forms, full official names, English
   * acronyms); empty when none. Search and name filters match these too.
   */
  aliases: Array<Scalars['String']['output']>;
  /** Where the source text says this: one quote per place that names the entity. */
  evidence: Array<Evidence>;
  /**
   * Stable id, `<kind>:<english-slug>`, unique across all kinds:
   * `"association:china-electronics-chamber-of-commerce"`. `search` finds ids by name.
   */
  id: Scalars['ID']['output'];
  /** Name as written in the source text (Chinese), e.g. 中国电子商会. */
  name: Scalars['String']['output'];
  /**
   * English rendering of the name: the official English name where known, else a faithful
   * translation; null when there is none.
   */
  nameEn?: Maybe<Scalars['String']['output']>;
  /**
   * Where nameEn comes from: OFFICIAL (the organisation's own English name), TRANSLATION (made
   * here) or DESCRIPTION (an English summary of an action or statement); null without a nameEn.
   */
  nameEnSource?: Maybe<NameEnSource>;
  /**
   * Numbers attached to this entity (money, counts), normalised; empty when the article gives none.
   * Relief actions carry the article's numbers: 约22亿元 is value 2200000000, unit "CNY".
   */
  quantities: Array<Quantity>;
  /**
   * Every relationship of this entity, seen from it (type, direction, the entity at the other end,
   * the quote that states it), by relationship type then id. The typed fields (actions,
   * supportedBy ...) follow the same relationships by meaning.
   */
  relations: Array<Relation>;
  /**
   * The sources its evidence cites, by id: every report that names it (an entity named in two
   * reports is one entity with evidence from both).
   */
  sources: Array<Source>;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
  /** Other sources' readings of its English name, kept beside nameEn (docs/data-model.md); [] when all agree. */
  variants: Array<Variant>;
};


/**
 * Anything the article names: an association, a government body, a company, a hospital, a region,
 * a group (member companies, the public ...), a meeting, a statement the meeting or the report makes,
 * a named thing (a fund, a guide, a model ...), a person (总书记) or a relief action. Every entity has its names, its numbers, the quotes that mention it
 * and its relationships; each object type adds typed relationship fields (Association.actions,
 * Hospital.supportedBy ...).
 */
export type EntityRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A page of entities of any kind (Relay connection). */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The page: each entity with its cursor. */
  edges: Array<EntityEdge>;
  /** Whether more pages follow, and the cursor to continue from. */
  pageInfo: PageInfo;
  /** How many entities match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** An entity in a page, with its cursor. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/** An entity as a curator writes it; fields another kind does not have must be left out. */
export type EntityInput = {
  /** Relief actions: the kind of deed. */
  activity?: InputMaybe<Activity>;
  /** Other names. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Relief actions: the article's section. */
  category?: InputMaybe<ReliefCategory>;
  /** True for a group of many. */
  collective?: InputMaybe<Scalars['Boolean']['input']>;
  /** Meetings: ISO 8601 date. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** At least one quote. */
  evidence: Array<EvidenceInput>;
  /** Groups: what kind of group. */
  groupKind?: InputMaybe<GroupKind>;
  /** `<kind prefix><english-slug>`, e.g. `association:china-steel`. */
  id: Scalars['ID']['input'];
  /** Instruments: what kind of instrument. */
  instrumentKind?: InputMaybe<InstrumentKind>;
  /** Regions: how large. */
  level?: InputMaybe<RegionLevel>;
  /** Name as written in the source (Chinese). */
  name: Scalars['String']['input'];
  /** English rendering of the name. */
  nameEn: Scalars['String']['input'];
  /** Where nameEn comes from. */
  nameEnSource: NameEnSource;
  /** Numbers read from the quotes. */
  quantities?: InputMaybe<Array<QuantityInput>>;
  /** Associations: national or local. */
  scope?: InputMaybe<AssociationScope>;
  /** Statements: what the statement does. */
  statementKind?: InputMaybe<StatementKind>;
  /** Its kind; an existing entity keeps its kind. */
  type: EntityType;
  /**
   * Other sources' readings of nameEn, kept beside it (docs/data-model.md): each from a source that
   * grounds the entity (one of its evidence sources), different from nameEn, one per source and field.
   */
  variants?: InputMaybe<Array<VariantInput>>;
};

/**
 * One sort key; keys apply in order and every sort ends with id ascending as the tie-break:
 * `[{ field: CATEGORY }, { field: MONEY, direction: DESC }]`.
 */
export type EntitySort = {
  /** ASC (default) or DESC. */
  direction?: InputMaybe<SortDirection>;
  /** What to compare. */
  field: EntitySortField;
};

/** What a sort key compares. */
export type EntitySortField =
  /**
   * Relief actions' category, alphabetically by value name (CULTURE, DAILY_CIRCULATION ...);
   * null for other entities, which sort last ascending.
   */
  | 'CATEGORY'
  /** The id, by Unicode code unit. */
  | 'ID'
  /**
   * The sum of the entity's own money quantities in CNY (0 without any), so it ranks relief
   * actions; for the money an organisation gave, see actorTotals.
   */
  | 'MONEY'
  /** Chinese name, by Unicode code unit. */
  | 'NAME'
  /** English name; entities without one sort last ascending, first descending. */
  | 'NAME_EN';

/** The kinds of entity; each has its own object type (ASSOCIATION is an Association, ...). */
export type EntityType =
  /** An industry association, chamber of commerce or federation (协会, 商会, 联合会). */
  | 'ASSOCIATION'
  /** A named enterprise or enterprise group (富士康集团 ...). */
  | 'COMPANY'
  /** A ministry, commission or bureau (民政部, 商务部, 发展改革委 ...), or the generic 政府部门. */
  | 'GOVERNMENT_BODY'
  /**
   * A group the article names only as a group: twelve associations appealing jointly, an
   * association's member companies, the public, medical staff, landlords, financial institutions.
   */
  | 'GROUP'
  /** A named hospital (武汉火神山医院) or a named class of hospitals (方舱医院). */
  | 'HOSPITAL'
  /** A named thing: a fund, project, guide, certificate, model, platform or channel. */
  | 'INSTRUMENT'
  /** The 21 February 2020 symposium convened by the Ministry of Civil Affairs. */
  | 'MEETING'
  /** A person the article names, by title only (总书记). */
  | 'PERSON'
  /** A province, a city, the whole country (全国) or an area (疫区). */
  | 'REGION'
  /** One concrete action taken by one or more actors, with its category and numbers. */
  | 'RELIEF_ACTION'
  /** Something the meeting or the report says: an assessment, a point, a direction, a recommendation. */
  | 'STATEMENT';

/** Filters on the fields every entity has; all fields given must match. */
export type EntityWhere = {
  /** Every one of these filters matches. */
  AND?: InputMaybe<Array<EntityWhere>>;
  /** This filter does not match. */
  NOT?: InputMaybe<EntityWhere>;
  /** At least one of these filters matches (an empty list matches nothing). */
  OR?: InputMaybe<Array<EntityWhere>>;
  /** The id matches. */
  id?: InputMaybe<IdFilter>;
  /** One of its names matches. */
  name?: InputMaybe<NameFilter>;
  /** Its English name comes from one of these: `[OFFICIAL]`. */
  nameEnSource?: InputMaybe<Array<NameEnSource>>;
  /** One of its quantities matches. */
  quantity?: InputMaybe<QuantityFilter>;
  /**
   * Some evidence of it cites one of these sources, by id: `["mca-report-2020-02-21"]`. An unknown
   * id matches nothing, as does an empty list.
   */
  source?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The entity is of one of these types. */
  type?: InputMaybe<Array<EntityType>>;
};

/** A verbatim quote from a source that states an entity or a relationship, and where it is. */
export type Evidence = {
  __typename?: 'Evidence';
  /** Index just past the quote's last character in source.text (exclusive, as slice takes it). */
  end: Scalars['Int']['output'];
  /** Verbatim substring of source.text. */
  quote: Scalars['String']['output'];
  /** The document quoted. */
  source: Source;
  /**
   * JavaScript string index (UTF-16 code units) of the quote's first character in source.text:
   * source.text.slice(start, end) === quote.
   */
  start: Scalars['Int']['output'];
};

/** A quote that grounds a fact. */
export type EvidenceInput = {
  /** End offset (exclusive); omit both to have it found (the quote must then occur exactly once). */
  end?: InputMaybe<Scalars['Int']['input']>;
  /** Verbatim substring of the source's text. */
  quote: Scalars['String']['input'];
  /** The id of a stored source. */
  source: Scalars['ID']['input'];
  /** Offset of the quote in the text (JavaScript string index); omit both to have it found. */
  start?: InputMaybe<Scalars['Int']['input']>;
};

/** A fact by id, retracted or not. */
export type Fact = {
  __typename?: 'Fact';
  /** The relation, when the fact is one. */
  edge?: Maybe<Edge>;
  /** The entity, when the fact is one. */
  entity?: Maybe<Entity>;
  /** The fact. */
  id: Scalars['ID']['output'];
  /** What kind of fact. */
  kind: FactKind;
  /** The retracting revision, or null while the fact stands. */
  retraction?: Maybe<Revision>;
  /** The source, when the fact is one. */
  source?: Maybe<Source>;
  /** Its current version. */
  version: Scalars['Int']['output'];
};

/** What kind of fact a revision changed. */
export type FactKind =
  /** An entity. */
  | 'ENTITY'
  /** A relation. */
  | 'RELATION'
  /** A source text. */
  | 'SOURCE';

/**
 * A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...), or the
 * government as the article speaks of it: 政府 (the government in general), 产业集聚地政府 (the local
 * governments of industrial clusters), 政府部门 (the departments that adopted a model).
 */
export type GovernmentBody = Entity & Organization & {
  __typename?: 'GovernmentBody';
  /**
   * Relief actions this organisation performed (outgoing PERFORMED), by id unless sorted. A joint
   * action is its group's (Group.actions), not each member's.
   */
  actions: Array<ReliefAction>;
  /** The same as `actions`, a page at a time, with the total count. */
  actionsConnection: ReliefActionConnection;
  /**
   * Named things it adopted (outgoing ADOPTED): 政府部门 adopted the “无接触式送货上门” model. By id
   * unless sorted.
   */
  adopted: Array<Instrument>;
  /**
   * Other names the source or common usage gives (short forms, full official names, English
   * acronyms); empty when none. Search and name filters match these too.
   */
  aliases: Array<Scalars['String']['output']>;
  /** True when the name denotes a group or class (多地旅游行业协会, 政府部门), not one organisation. */
  collective: Scalars['Boolean']['output'];
  /** Relief actions it commissioned (outgoing COMMISSIONED, 委托). By id unless sorted. */
  commissioned: Array<ReliefAction>;
  /** Statements about it (incoming CONCERNS). By id unless sorted. */
  concernedBy: Array<Statement>;
  /** Where the source text says this: one quote per place that names the organisation. */
  evidence: Array<Evidence>;
  /**
   * Stable id, `<kind>:<english-slug>`, unique across all kinds:
   * `"association:china-electronics-chamber-of-commerce"`. `search` finds ids by name.
   */
  id: Scalars['ID']['output'];
  /**
   * Relief actions it launched through an association (outgoing INITIATED, 通过…号召). By id
   * unless sorted.
   */
  initiated: Array<ReliefAction>;
  /** Name as written in the source text (Chinese), e.g. 中国电子商会. */
  name: Scalars['String']['output'];
  /**
   * English rendering of the name: the official English name where known, else a faithful
   * translation; null when there is none.
   */
  nameEn?: Maybe<Scalars['String']['output']>;
  /**
   * Where nameEn comes from: OFFICIAL (the organisation's own English name) or TRANSLATION (made
   * here, when the body has none we know of).
   */
  nameEnSource?: Maybe<NameEnSource>;
  /** Meetings it convened (outgoing ORGANIZED). By id unless sorted. */
  organized: Array<Meeting>;
  /**
   * The body this one belongs to (outgoing PART_OF): 民政部 for 社会组织管理局; null when the
   * article names none.
   */
  parent?: Maybe<GovernmentBody>;
  /** Numbers the article attaches to the organisation itself (its actions carry the rest). */
  quantities: Array<Quantity>;
  /**
   * Every relationship of this organisation, seen from it (type, direction, the entity at the other
   * end, the quote that states it), by relationship type then id.
   */
  relations: Array<Relation>;
  /**
   * The meeting and the statements its website reported (outgoing REPORTED, 据民政部网站消息). The
   * article as a whole relays 民政部's news: see Source.attribution. By id unless sorted.
   */
  reported: Array<Entity>;
  /**
   * The sources its evidence cites, by id: every report that names it (an entity named in two
   * reports is one entity with evidence from both).
   */
  sources: Array<Source>;
  /** Relief actions that helped it (incoming TARGETED): 协助政府…. By id unless sorted. */
  supportActions: Array<ReliefAction>;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
  /** Bodies that belong to this one (incoming PART_OF). By id unless sorted. */
  units: Array<GovernmentBody>;
  /** Other sources' readings of its English name, kept beside nameEn (docs/data-model.md); [] when all agree. */
  variants: Array<Variant>;
  /** Associations it worked through (outgoing WORKED_THROUGH). By id unless sorted. */
  workedThrough: Array<Association>;
};


/**
 * A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...), or the
 * government as the article speaks of it: 政府 (the government in general), 产业集聚地政府 (the local
 * governments of industrial clusters), 政府部门 (the departments that adopted a model).
 */
export type GovernmentBodyActionsArgs = {
  category?: InputMaybe<ReliefCategory>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/**
 * A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...), or the
 * government as the article speaks of it: 政府 (the government in general), 产业集聚地政府 (the local
 * governments of industrial clusters), 政府部门 (the departments that adopted a model).
 */
export type GovernmentBodyActionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/**
 * A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...), or the
 * government as the article speaks of it: 政府 (the government in general), 产业集聚地政府 (the local
 * governments of industrial clusters), 政府部门 (the departments that adopted a model).
 */
export type GovernmentBodyAdoptedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<InstrumentWhere>;
};


/**
 * A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...), or the
 * government as the article speaks of it: 政府 (the government in general), 产业集聚地政府 (the local
 * governments of industrial clusters), 政府部门 (the departments that adopted a model).
 */
export type GovernmentBodyCommissionedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/**
 * A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...), or the
 * government as the article speaks of it: 政府 (the government in general), 产业集聚地政府 (the local
 * governments of industrial clusters), 政府部门 (the departments that adopted a model).
 */
export type GovernmentBodyConcernedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<StatementWhere>;
};


/**
 * A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...), or the
 * government as the article speaks of it: 政府 (the government in general), 产业集聚地政府 (the local
 * governments of industrial clusters), 政府部门 (the departments that adopted a model).
 */
export type GovernmentBodyInitiatedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/**
 * A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...), or the
 * government as the article speaks of it: 政府 (the government in general), 产业集聚地政府 (the local
 * governments of industrial clusters), 政府部门 (the departments that adopted a model).
 */
export type GovernmentBodyOrganizedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<MeetingWhere>;
};


/**
 * A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...), or the
 * government as the article speaks of it: 政府 (the government in general), 产业集聚地政府 (the local
 * governments of industrial clusters), 政府部门 (the departments that adopted a model).
 */
export type GovernmentBodyRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...), or the
 * government as the article speaks of it: 政府 (the government in general), 产业集聚地政府 (the local
 * governments of industrial clusters), 政府部门 (the departments that adopted a model).
 */
export type GovernmentBodyReportedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/**
 * A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...), or the
 * government as the article speaks of it: 政府 (the government in general), 产业集聚地政府 (the local
 * governments of industrial clusters), 政府部门 (the departments that adopted a model).
 */
export type GovernmentBodySupportActionsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/**
 * A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...), or the
 * government as the article speaks of it: 政府 (the government in general), 产业集聚地政府 (the local
 * governments of industrial clusters), 政府部门 (the departments that adopted a model).
 */
export type GovernmentBodyUnitsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/**
 * A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...), or the
 * government as the article speaks of it: 政府 (the government in general), 产业集聚地政府 (the local
 * governments of industrial clusters), 政府部门 (the departments that adopted a model).
 */
export type GovernmentBodyWorkedThroughArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<AssociationWhere>;
};

/** A page of government bodies (Relay connection). */
export type GovernmentBodyConnection = {
  __typename?: 'GovernmentBodyConnection';
  /** The page: each government body with its cursor. */
  edges: Array<GovernmentBodyEdge>;
  /** Whether more pages follow, and the cursor to continue from. */
  pageInfo: PageInfo;
  /** How many government bodies match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A government body in a page, with its cursor. */
export type GovernmentBodyEdge = {
  __typename?: 'GovernmentBodyEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The government body. */
  node: GovernmentBody;
};

/** Filters on government bodies; all fields given must match. */
export type GovernmentBodyWhere = {
  /** Every one of these filters matches. */
  AND?: InputMaybe<Array<GovernmentBodyWhere>>;
  /** This filter does not match. */
  NOT?: InputMaybe<GovernmentBodyWhere>;
  /** At least one of these filters matches (an empty list matches nothing). */
  OR?: InputMaybe<Array<GovernmentBodyWhere>>;
  /** Some relief action it performed matches (outgoing PERFORMED). */
  actions?: InputMaybe<ReliefActionWhere>;
  /** Some named thing it adopted matches (outgoing ADOPTED). */
  adopted?: InputMaybe<InstrumentWhere>;
  /** Some action it commissioned matches (outgoing COMMISSIONED). */
  commissioned?: InputMaybe<ReliefActionWhere>;
  /** Some statement about it matches (incoming CONCERNS). */
  concernedBy?: InputMaybe<StatementWhere>;
  /** The id matches. */
  id?: InputMaybe<IdFilter>;
  /** Some action it launched through an association matches (outgoing INITIATED). */
  initiated?: InputMaybe<ReliefActionWhere>;
  /** One of its names matches. */
  name?: InputMaybe<NameFilter>;
  /** Some meeting it convened matches (outgoing ORGANIZED). */
  organized?: InputMaybe<MeetingWhere>;
  /** The body it belongs to matches (outgoing PART_OF). */
  parent?: InputMaybe<GovernmentBodyWhere>;
  /** One of its own quantities matches. */
  quantity?: InputMaybe<QuantityFilter>;
  /** Some meeting or statement its website reported matches (outgoing REPORTED). */
  reported?: InputMaybe<EntityWhere>;
  /**
   * Some evidence of it cites one of these sources, by id: `["mca-report-2020-02-21"]`. An unknown
   * id matches nothing, as does an empty list.
   */
  source?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Some action that helped it matches (incoming TARGETED). */
  supportActions?: InputMaybe<ReliefActionWhere>;
  /** Some body that belongs to it matches (incoming PART_OF). */
  units?: InputMaybe<GovernmentBodyWhere>;
  /** Some association it worked through matches (outgoing WORKED_THROUGH). */
  workedThrough?: InputMaybe<AssociationWhere>;
};

/**
 * A group the article refers to without naming its members one by one: organisations acting
 * jointly (深圳市商业联合会等十二个协会商会, with its known member), an association's members
 * (中国电子商会会员企业), enterprises of a kind (互联网企业), associations at large, institutions
 * (金融机构), or people (公众, 全体医务人员). Always collective. A group with no name of its own is
 * named with the text's words, preceded by the organisation they belong to.
 */
export type Group = Entity & Organization & {
  __typename?: 'Group';
  /**
   * Relief actions this organisation performed (outgoing PERFORMED), by id unless sorted. A joint
   * action is its group's (Group.actions), not each member's.
   */
  actions: Array<ReliefAction>;
  /** The same as `actions`, a page at a time, with the total count. */
  actionsConnection: ReliefActionConnection;
  /**
   * Other names the source or common usage gives (short forms, full official names, English
   * acronyms); empty when none. Search and name filters match these too.
   */
  aliases: Array<Scalars['String']['output']>;
  /** True when the name denotes a group or class (多地旅游行业协会, 政府部门), not one organisation. */
  collective: Scalars['Boolean']['output'];
  /** COALITION, MEMBERS, ENTERPRISES, ASSOCIATIONS, INSTITUTIONS or PEOPLE. */
  composition: GroupKind;
  /** Statements about it (incoming CONCERNS). By id unless sorted. */
  concernedBy: Array<Statement>;
  /**
   * Relief actions that dealt with it without serving it (incoming DEALT_WITH): surveyed it,
   * gathered its statements, helped suspend its business. By id unless sorted.
   */
  dealtWithBy: Array<ReliefAction>;
  /** Where the source text says this: one quote per place that names the organisation. */
  evidence: Array<Evidence>;
  /**
   * Stable id, `<kind>:<english-slug>`, unique across all kinds:
   * `"association:china-electronics-chamber-of-commerce"`. `search` finds ids by name.
   */
  id: Scalars['ID']['output'];
  /** Named things meant for it (incoming TARGETED from an instrument): the mutual-aid fund. By id unless sorted. */
  instruments: Array<Instrument>;
  /**
   * The organisation whose members it is (outgoing MEMBER_OF): 中国电子商会 for 中国电子商会会员企业.
   * By id unless sorted.
   */
  memberOf: Array<Organization>;
  /**
   * The organisations the article names as belonging to it (incoming MEMBER_OF): 深圳市商业联合会 in
   * the twelve. By id unless sorted.
   */
  members: Array<Organization>;
  /**
   * Relief actions that called on, organised or mobilised it to act (incoming MOBILIZED). By id
   * unless sorted.
   */
  mobilizedBy: Array<ReliefAction>;
  /** Name as written in the source text (Chinese), e.g. 中国电子商会. */
  name: Scalars['String']['output'];
  /**
   * English rendering of the name: the official English name where known, else a faithful
   * translation; null when there is none.
   */
  nameEn?: Maybe<Scalars['String']['output']>;
  /**
   * Where nameEn comes from: OFFICIAL (the organisation's own English name) or TRANSLATION (made
   * here, when the body has none we know of).
   */
  nameEnSource?: Maybe<NameEnSource>;
  /** Meetings it took part in (outgoing PARTICIPATED_IN). By id unless sorted. */
  participatedIn: Array<Meeting>;
  /** Numbers the article attaches to the organisation itself (its actions carry the rest). */
  quantities: Array<Quantity>;
  /**
   * Every relationship of this organisation, seen from it (type, direction, the entity at the other
   * end, the quote that states it), by relationship type then id.
   */
  relations: Array<Relation>;
  /**
   * Requirements or calls it answered (outgoing RESPONDED_TO, 响应): 总书记's requirement to support
   * the resumption of production. By id unless sorted.
   */
  respondedTo: Array<Statement>;
  /**
   * The sources its evidence cites, by id: every report that names it (an entity named in two
   * reports is one entity with evidence from both).
   */
  sources: Array<Source>;
  /** What it said (outgoing STATED): the participants' presentations. By id unless sorted. */
  statements: Array<Statement>;
  /** Relief actions aimed at it, whom they served (incoming TARGETED). By id unless sorted. */
  supportActions: Array<ReliefAction>;
  /**
   * Who helped it: the organisations that performed an action aimed at it (incoming TARGETED,
   * then the actions' incoming PERFORMED). In the order of those actions unless sorted.
   */
  supportedBy: Array<Organization>;
  /** The same as `supportedBy`, a page at a time, with the total count. */
  supportedByConnection: OrganizationConnection;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
  /** Other sources' readings of its English name, kept beside nameEn (docs/data-model.md); [] when all agree. */
  variants: Array<Variant>;
};


/**
 * A group the article refers to without naming its members one by one: organisations acting
 * jointly (深圳市商业联合会等十二个协会商会, with its known member), an association's members
 * (中国电子商会会员企业), enterprises of a kind (互联网企业), associations at large, institutions
 * (金融机构), or people (公众, 全体医务人员). Always collective. A group with no name of its own is
 * named with the text's words, preceded by the organisation they belong to.
 */
export type GroupActionsArgs = {
  category?: InputMaybe<ReliefCategory>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/**
 * A group the article refers to without naming its members one by one: organisations acting
 * jointly (深圳市商业联合会等十二个协会商会, with its known member), an association's members
 * (中国电子商会会员企业), enterprises of a kind (互联网企业), associations at large, institutions
 * (金融机构), or people (公众, 全体医务人员). Always collective. A group with no name of its own is
 * named with the text's words, preceded by the organisation they belong to.
 */
export type GroupActionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/**
 * A group the article refers to without naming its members one by one: organisations acting
 * jointly (深圳市商业联合会等十二个协会商会, with its known member), an association's members
 * (中国电子商会会员企业), enterprises of a kind (互联网企业), associations at large, institutions
 * (金融机构), or people (公众, 全体医务人员). Always collective. A group with no name of its own is
 * named with the text's words, preceded by the organisation they belong to.
 */
export type GroupConcernedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<StatementWhere>;
};


/**
 * A group the article refers to without naming its members one by one: organisations acting
 * jointly (深圳市商业联合会等十二个协会商会, with its known member), an association's members
 * (中国电子商会会员企业), enterprises of a kind (互联网企业), associations at large, institutions
 * (金融机构), or people (公众, 全体医务人员). Always collective. A group with no name of its own is
 * named with the text's words, preceded by the organisation they belong to.
 */
export type GroupDealtWithByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/**
 * A group the article refers to without naming its members one by one: organisations acting
 * jointly (深圳市商业联合会等十二个协会商会, with its known member), an association's members
 * (中国电子商会会员企业), enterprises of a kind (互联网企业), associations at large, institutions
 * (金融机构), or people (公众, 全体医务人员). Always collective. A group with no name of its own is
 * named with the text's words, preceded by the organisation they belong to.
 */
export type GroupInstrumentsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<InstrumentWhere>;
};


/**
 * A group the article refers to without naming its members one by one: organisations acting
 * jointly (深圳市商业联合会等十二个协会商会, with its known member), an association's members
 * (中国电子商会会员企业), enterprises of a kind (互联网企业), associations at large, institutions
 * (金融机构), or people (公众, 全体医务人员). Always collective. A group with no name of its own is
 * named with the text's words, preceded by the organisation they belong to.
 */
export type GroupMemberOfArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};


/**
 * A group the article refers to without naming its members one by one: organisations acting
 * jointly (深圳市商业联合会等十二个协会商会, with its known member), an association's members
 * (中国电子商会会员企业), enterprises of a kind (互联网企业), associations at large, institutions
 * (金融机构), or people (公众, 全体医务人员). Always collective. A group with no name of its own is
 * named with the text's words, preceded by the organisation they belong to.
 */
export type GroupMembersArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};


/**
 * A group the article refers to without naming its members one by one: organisations acting
 * jointly (深圳市商业联合会等十二个协会商会, with its known member), an association's members
 * (中国电子商会会员企业), enterprises of a kind (互联网企业), associations at large, institutions
 * (金融机构), or people (公众, 全体医务人员). Always collective. A group with no name of its own is
 * named with the text's words, preceded by the organisation they belong to.
 */
export type GroupMobilizedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/**
 * A group the article refers to without naming its members one by one: organisations acting
 * jointly (深圳市商业联合会等十二个协会商会, with its known member), an association's members
 * (中国电子商会会员企业), enterprises of a kind (互联网企业), associations at large, institutions
 * (金融机构), or people (公众, 全体医务人员). Always collective. A group with no name of its own is
 * named with the text's words, preceded by the organisation they belong to.
 */
export type GroupParticipatedInArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<MeetingWhere>;
};


/**
 * A group the article refers to without naming its members one by one: organisations acting
 * jointly (深圳市商业联合会等十二个协会商会, with its known member), an association's members
 * (中国电子商会会员企业), enterprises of a kind (互联网企业), associations at large, institutions
 * (金融机构), or people (公众, 全体医务人员). Always collective. A group with no name of its own is
 * named with the text's words, preceded by the organisation they belong to.
 */
export type GroupRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * A group the article refers to without naming its members one by one: organisations acting
 * jointly (深圳市商业联合会等十二个协会商会, with its known member), an association's members
 * (中国电子商会会员企业), enterprises of a kind (互联网企业), associations at large, institutions
 * (金融机构), or people (公众, 全体医务人员). Always collective. A group with no name of its own is
 * named with the text's words, preceded by the organisation they belong to.
 */
export type GroupRespondedToArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<StatementWhere>;
};


/**
 * A group the article refers to without naming its members one by one: organisations acting
 * jointly (深圳市商业联合会等十二个协会商会, with its known member), an association's members
 * (中国电子商会会员企业), enterprises of a kind (互联网企业), associations at large, institutions
 * (金融机构), or people (公众, 全体医务人员). Always collective. A group with no name of its own is
 * named with the text's words, preceded by the organisation they belong to.
 */
export type GroupStatementsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<StatementWhere>;
};


/**
 * A group the article refers to without naming its members one by one: organisations acting
 * jointly (深圳市商业联合会等十二个协会商会, with its known member), an association's members
 * (中国电子商会会员企业), enterprises of a kind (互联网企业), associations at large, institutions
 * (金融机构), or people (公众, 全体医务人员). Always collective. A group with no name of its own is
 * named with the text's words, preceded by the organisation they belong to.
 */
export type GroupSupportActionsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/**
 * A group the article refers to without naming its members one by one: organisations acting
 * jointly (深圳市商业联合会等十二个协会商会, with its known member), an association's members
 * (中国电子商会会员企业), enterprises of a kind (互联网企业), associations at large, institutions
 * (金融机构), or people (公众, 全体医务人员). Always collective. A group with no name of its own is
 * named with the text's words, preceded by the organisation they belong to.
 */
export type GroupSupportedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};


/**
 * A group the article refers to without naming its members one by one: organisations acting
 * jointly (深圳市商业联合会等十二个协会商会, with its known member), an association's members
 * (中国电子商会会员企业), enterprises of a kind (互联网企业), associations at large, institutions
 * (金融机构), or people (公众, 全体医务人员). Always collective. A group with no name of its own is
 * named with the text's words, preceded by the organisation they belong to.
 */
export type GroupSupportedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};

/** A page of groups (Relay connection). */
export type GroupConnection = {
  __typename?: 'GroupConnection';
  /** The page: each group with its cursor. */
  edges: Array<GroupEdge>;
  /** Whether more pages follow, and the cursor to continue from. */
  pageInfo: PageInfo;
  /** How many groups match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A group in a page, with its cursor. */
export type GroupEdge = {
  __typename?: 'GroupEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The group. */
  node: Group;
};

/** What kind of group a Group is. */
export type GroupKind =
  /** Associations at large (行业协会商会, 全国性行业协会商会). */
  | 'ASSOCIATIONS'
  /** Organisations acting jointly (深圳市商业联合会等十二个协会商会). */
  | 'COALITION'
  /** Enterprises of a kind (互联网企业, 零售企业, 相关企业). */
  | 'ENTERPRISES'
  /** Other institutions (金融机构, 有关方面). */
  | 'INSTITUTIONS'
  /** The members of one organisation (中国电子商会's 会员企业). */
  | 'MEMBERS'
  /** People (公众, 医务人员, 保洁员, 志愿者, 与会代表). */
  | 'PEOPLE';

/** Filters on groups; all fields given must match. */
export type GroupWhere = {
  /** Every one of these filters matches. */
  AND?: InputMaybe<Array<GroupWhere>>;
  /** This filter does not match. */
  NOT?: InputMaybe<GroupWhere>;
  /** At least one of these filters matches (an empty list matches nothing). */
  OR?: InputMaybe<Array<GroupWhere>>;
  /** Some relief action it performed matches (outgoing PERFORMED). */
  actions?: InputMaybe<ReliefActionWhere>;
  /** Its kind is one of these: `[MEMBERS]`. */
  composition?: InputMaybe<Array<GroupKind>>;
  /** Some statement about it matches (incoming CONCERNS). */
  concernedBy?: InputMaybe<StatementWhere>;
  /** Some action that dealt with it without serving it matches (incoming DEALT_WITH). */
  dealtWithBy?: InputMaybe<ReliefActionWhere>;
  /** The id matches. */
  id?: InputMaybe<IdFilter>;
  /** Some named thing meant for it matches (incoming TARGETED from an instrument). */
  instruments?: InputMaybe<InstrumentWhere>;
  /** The organisation whose members it is matches (outgoing MEMBER_OF). */
  memberOf?: InputMaybe<OrganizationWhere>;
  /** Some organisation named as its member matches (incoming MEMBER_OF). */
  members?: InputMaybe<OrganizationWhere>;
  /** Some action that mobilised it matches (incoming MOBILIZED). */
  mobilizedBy?: InputMaybe<ReliefActionWhere>;
  /** One of its names matches. */
  name?: InputMaybe<NameFilter>;
  /** Some meeting it took part in matches (outgoing PARTICIPATED_IN). */
  participatedIn?: InputMaybe<MeetingWhere>;
  /** One of its own quantities matches. */
  quantity?: InputMaybe<QuantityFilter>;
  /** Some requirement or call it answered matches (outgoing RESPONDED_TO). */
  respondedTo?: InputMaybe<StatementWhere>;
  /**
   * Some evidence of it cites one of these sources, by id: `["mca-report-2020-02-21"]`. An unknown
   * id matches nothing, as does an empty list.
   */
  source?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Some statement it made matches (outgoing STATED). */
  statements?: InputMaybe<StatementWhere>;
  /** Some action aimed at it matches (incoming TARGETED). */
  supportActions?: InputMaybe<ReliefActionWhere>;
  /** Some organisation that performed an action aimed at it matches. */
  supportedBy?: InputMaybe<OrganizationWhere>;
};

/** A fact's revisions and state. */
export type History = {
  __typename?: 'History';
  /** The fact. */
  id: Scalars['ID']['output'];
  /** What kind of fact. */
  kind: FactKind;
  /** Whether it is retracted. */
  retracted: Scalars['Boolean']['output'];
  /** Its revisions, oldest first (none for a fact as the seed holds it). */
  revisions: Array<Revision>;
  /** Its current version: its latest revision's number, 0 as the seed holds it. Writes pass it as baseVersion. */
  version: Scalars['Int']['output'];
};

/** A named hospital (武汉火神山医院, 雷神山医院), or a named class of hospitals (方舱医院). */
export type Hospital = Entity & {
  __typename?: 'Hospital';
  /**
   * Other names the source or common usage gives (short forms, full official names, English
   * acronyms); empty when none. Search and name filters match these too.
   */
  aliases: Array<Scalars['String']['output']>;
  /** True when the name denotes a class of hospitals (方舱医院, 各地防疫医院), not one hospital. */
  collective: Scalars['Boolean']['output'];
  /** Where the source text says this: one quote per place that names the entity. */
  evidence: Array<Evidence>;
  /**
   * Stable id, `<kind>:<english-slug>`, unique across all kinds:
   * `"association:china-electronics-chamber-of-commerce"`. `search` finds ids by name.
   */
  id: Scalars['ID']['output'];
  /** Name as written in the source text (Chinese), e.g. 中国电子商会. */
  name: Scalars['String']['output'];
  /**
   * English rendering of the name: the official English name where known, else a faithful
   * translation; null when there is none.
   */
  nameEn?: Maybe<Scalars['String']['output']>;
  /**
   * Where nameEn comes from: OFFICIAL (the organisation's own English name), TRANSLATION (made
   * here) or DESCRIPTION (an English summary of an action or statement); null without a nameEn.
   */
  nameEnSource?: Maybe<NameEnSource>;
  /**
   * Numbers attached to this entity (money, counts), normalised; empty when the article gives none.
   * Relief actions carry the article's numbers: 约22亿元 is value 2200000000, unit "CNY".
   */
  quantities: Array<Quantity>;
  /** The region it is in (outgoing LOCATED_IN): 武汉 for 火神山医院; null when the article says none. */
  region?: Maybe<Region>;
  /**
   * Every relationship of this entity, seen from it (type, direction, the entity at the other end,
   * the quote that states it), by relationship type then id. The typed fields (actions,
   * supportedBy ...) follow the same relationships by meaning.
   */
  relations: Array<Relation>;
  /**
   * The sources its evidence cites, by id: every report that names it (an entity named in two
   * reports is one entity with evidence from both).
   */
  sources: Array<Source>;
  /** Relief actions aimed at it, whom they served (incoming TARGETED). By id unless sorted. */
  supportActions: Array<ReliefAction>;
  /**
   * Who helped it: the organisations that performed an action aimed at it (incoming TARGETED,
   * then the actions' incoming PERFORMED). In the order of those actions unless sorted.
   */
  supportedBy: Array<Organization>;
  /** The same as `supportedBy`, a page at a time, with the total count. */
  supportedByConnection: OrganizationConnection;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
  /** Other sources' readings of its English name, kept beside nameEn (docs/data-model.md); [] when all agree. */
  variants: Array<Variant>;
};


/** A named hospital (武汉火神山医院, 雷神山医院), or a named class of hospitals (方舱医院). */
export type HospitalRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** A named hospital (武汉火神山医院, 雷神山医院), or a named class of hospitals (方舱医院). */
export type HospitalSupportActionsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A named hospital (武汉火神山医院, 雷神山医院), or a named class of hospitals (方舱医院). */
export type HospitalSupportedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};


/** A named hospital (武汉火神山医院, 雷神山医院), or a named class of hospitals (方舱医院). */
export type HospitalSupportedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};

/** A page of hospitals (Relay connection). */
export type HospitalConnection = {
  __typename?: 'HospitalConnection';
  /** The page: each hospital with its cursor. */
  edges: Array<HospitalEdge>;
  /** Whether more pages follow, and the cursor to continue from. */
  pageInfo: PageInfo;
  /** How many hospitals match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A hospital in a page, with its cursor. */
export type HospitalEdge = {
  __typename?: 'HospitalEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The hospital. */
  node: Hospital;
};

/** Filters on hospitals; all fields given must match. */
export type HospitalWhere = {
  /** Every one of these filters matches. */
  AND?: InputMaybe<Array<HospitalWhere>>;
  /** This filter does not match. */
  NOT?: InputMaybe<HospitalWhere>;
  /** At least one of these filters matches (an empty list matches nothing). */
  OR?: InputMaybe<Array<HospitalWhere>>;
  /** The id matches. */
  id?: InputMaybe<IdFilter>;
  /** One of its names matches. */
  name?: InputMaybe<NameFilter>;
  /** One of its own quantities matches. */
  quantity?: InputMaybe<QuantityFilter>;
  /** Its region matches (outgoing LOCATED_IN). */
  region?: InputMaybe<RegionWhere>;
  /**
   * Some evidence of it cites one of these sources, by id: `["mca-report-2020-02-21"]`. An unknown
   * id matches nothing, as does an empty list.
   */
  source?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Some relief action aimed at it matches (incoming TARGETED). */
  supportActions?: InputMaybe<ReliefActionWhere>;
  /**
   * Some organisation that supported it matches (the actors of the actions aimed at it):
   * `{ name: { eq: "中国钢铁工业协会" } }`.
   */
  supportedBy?: InputMaybe<OrganizationWhere>;
};

/** Matches entity ids (exactly, case-sensitive). */
export type IdFilter = {
  /** The id is this one: `{ eq: "company:foxconn" }`. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** The id is one of these. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * A named thing the article mentions: a fund (众志成城战疫情互助金), a project (微心战疫), a guide
 * (口罩使用指南), certificates (不可抗力证明), a model (无接触式送货上门), a platform or a channel,
 * with who created it, who adopted it and whom it is for.
 */
export type Instrument = Entity & {
  __typename?: 'Instrument';
  /** Government bodies that adopted it (incoming ADOPTED). By id unless sorted. */
  adoptedBy: Array<GovernmentBody>;
  /**
   * Other names the source or common usage gives (short forms, full official names, English
   * acronyms); empty when none. Search and name filters match these too.
   */
  aliases: Array<Scalars['String']['output']>;
  /** Whom it is for (outgoing TARGETED): 中小企业会员单位 for the mutual-aid fund. By id unless sorted. */
  beneficiaries: Array<Entity>;
  /** True when the name denotes a kind of thing issued many times (不可抗力证明), not one thing. */
  collective: Scalars['Boolean']['output'];
  /**
   * Who commissioned it: the bodies that commissioned the actions that produced it (incoming
   * PRODUCED, then COMMISSIONED). By id unless sorted.
   */
  commissionedBy: Array<GovernmentBody>;
  /** Statements about it (incoming CONCERNS). By id unless sorted. */
  concernedBy: Array<Statement>;
  /**
   * Who created it: the actors of the actions that produced it (incoming PRODUCED, then the actions'
   * incoming PERFORMED). In the order of those actions unless sorted.
   */
  createdBy: Array<Organization>;
  /** Where the source text says this: one quote per place that names the entity. */
  evidence: Array<Evidence>;
  /** FUND, PROJECT, GUIDE, CERTIFICATE, MODEL, PLATFORM or CHANNEL. */
  form: InstrumentKind;
  /**
   * Stable id, `<kind>:<english-slug>`, unique across all kinds:
   * `"association:china-electronics-chamber-of-commerce"`. `search` finds ids by name.
   */
  id: Scalars['ID']['output'];
  /** Name as written in the source text (Chinese), e.g. 中国电子商会. */
  name: Scalars['String']['output'];
  /**
   * English rendering of the name: the official English name where known, else a faithful
   * translation; null when there is none.
   */
  nameEn?: Maybe<Scalars['String']['output']>;
  /**
   * Where nameEn comes from: OFFICIAL (the organisation's own English name), TRANSLATION (made
   * here) or DESCRIPTION (an English summary of an action or statement); null without a nameEn.
   */
  nameEnSource?: Maybe<NameEnSource>;
  /** The relief actions that created it (incoming PRODUCED). By id unless sorted. */
  producedBy: Array<ReliefAction>;
  /**
   * Numbers attached to this entity (money, counts), normalised; empty when the article gives none.
   * Relief actions carry the article's numbers: 约22亿元 is value 2200000000, unit "CNY".
   */
  quantities: Array<Quantity>;
  /**
   * Every relationship of this entity, seen from it (type, direction, the entity at the other end,
   * the quote that states it), by relationship type then id. The typed fields (actions,
   * supportedBy ...) follow the same relationships by meaning.
   */
  relations: Array<Relation>;
  /**
   * The sources its evidence cites, by id: every report that names it (an entity named in two
   * reports is one entity with evidence from both).
   */
  sources: Array<Source>;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
  /** Other sources' readings of its English name, kept beside nameEn (docs/data-model.md); [] when all agree. */
  variants: Array<Variant>;
};


/**
 * A named thing the article mentions: a fund (众志成城战疫情互助金), a project (微心战疫), a guide
 * (口罩使用指南), certificates (不可抗力证明), a model (无接触式送货上门), a platform or a channel,
 * with who created it, who adopted it and whom it is for.
 */
export type InstrumentAdoptedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/**
 * A named thing the article mentions: a fund (众志成城战疫情互助金), a project (微心战疫), a guide
 * (口罩使用指南), certificates (不可抗力证明), a model (无接触式送货上门), a platform or a channel,
 * with who created it, who adopted it and whom it is for.
 */
export type InstrumentBeneficiariesArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/**
 * A named thing the article mentions: a fund (众志成城战疫情互助金), a project (微心战疫), a guide
 * (口罩使用指南), certificates (不可抗力证明), a model (无接触式送货上门), a platform or a channel,
 * with who created it, who adopted it and whom it is for.
 */
export type InstrumentCommissionedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/**
 * A named thing the article mentions: a fund (众志成城战疫情互助金), a project (微心战疫), a guide
 * (口罩使用指南), certificates (不可抗力证明), a model (无接触式送货上门), a platform or a channel,
 * with who created it, who adopted it and whom it is for.
 */
export type InstrumentConcernedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<StatementWhere>;
};


/**
 * A named thing the article mentions: a fund (众志成城战疫情互助金), a project (微心战疫), a guide
 * (口罩使用指南), certificates (不可抗力证明), a model (无接触式送货上门), a platform or a channel,
 * with who created it, who adopted it and whom it is for.
 */
export type InstrumentCreatedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};


/**
 * A named thing the article mentions: a fund (众志成城战疫情互助金), a project (微心战疫), a guide
 * (口罩使用指南), certificates (不可抗力证明), a model (无接触式送货上门), a platform or a channel,
 * with who created it, who adopted it and whom it is for.
 */
export type InstrumentProducedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/**
 * A named thing the article mentions: a fund (众志成城战疫情互助金), a project (微心战疫), a guide
 * (口罩使用指南), certificates (不可抗力证明), a model (无接触式送货上门), a platform or a channel,
 * with who created it, who adopted it and whom it is for.
 */
export type InstrumentRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A page of instruments (Relay connection). */
export type InstrumentConnection = {
  __typename?: 'InstrumentConnection';
  /** The page: each instrument with its cursor. */
  edges: Array<InstrumentEdge>;
  /** Whether more pages follow, and the cursor to continue from. */
  pageInfo: PageInfo;
  /** How many instruments match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** An instrument in a page, with its cursor. */
export type InstrumentEdge = {
  __typename?: 'InstrumentEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The instrument. */
  node: Instrument;
};

/** What kind of named thing an Instrument is. */
export type InstrumentKind =
  /** Certificates issued to firms (不可抗力证明). */
  | 'CERTIFICATE'
  /** A green channel (“绿色通道”). */
  | 'CHANNEL'
  /** A fund (众志成城战疫情互助金). */
  | 'FUND'
  /** A guide, guideline or guidance document (口罩使用指南). */
  | 'GUIDE'
  /** A model of working (“无接触式送货上门”模式, “互联网+行业”模式). */
  | 'MODEL'
  /** An information platform (生产加工采购信息平台). */
  | 'PLATFORM'
  /** A project (“微心战疫”公益项目). */
  | 'PROJECT';

/** Filters on named things; all fields given must match. */
export type InstrumentWhere = {
  /** Every one of these filters matches. */
  AND?: InputMaybe<Array<InstrumentWhere>>;
  /** This filter does not match. */
  NOT?: InputMaybe<InstrumentWhere>;
  /** At least one of these filters matches (an empty list matches nothing). */
  OR?: InputMaybe<Array<InstrumentWhere>>;
  /** Some body that adopted it matches (incoming ADOPTED). */
  adoptedBy?: InputMaybe<GovernmentBodyWhere>;
  /** Someone it is for matches (outgoing TARGETED). */
  beneficiaries?: InputMaybe<EntityWhere>;
  /** Some body that commissioned it matches. */
  commissionedBy?: InputMaybe<GovernmentBodyWhere>;
  /** Some statement about it matches (incoming CONCERNS). */
  concernedBy?: InputMaybe<StatementWhere>;
  /** Some organisation that created it matches (the actors of the actions that produced it). */
  createdBy?: InputMaybe<OrganizationWhere>;
  /** Its kind is one of these: `[MODEL, GUIDE]`. */
  form?: InputMaybe<Array<InstrumentKind>>;
  /** The id matches. */
  id?: InputMaybe<IdFilter>;
  /** One of its names matches. */
  name?: InputMaybe<NameFilter>;
  /** Some action that produced it matches (incoming PRODUCED). */
  producedBy?: InputMaybe<ReliefActionWhere>;
  /** One of its own quantities matches. */
  quantity?: InputMaybe<QuantityFilter>;
  /**
   * Some evidence of it cites one of these sources, by id: `["mca-report-2020-02-21"]`. An unknown
   * id matches nothing, as does an empty list.
   */
  source?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** How a search text matched a name or alias (after NFKC normalisation and lower-casing). */
export type MatchKind =
  /** A name or alias equals the text (after normalisation). */
  | 'EXACT'
  /** A name or alias starts with the text. */
  | 'PREFIX'
  /** A name or alias contains the text. */
  | 'SUBSTRING';

/**
 * A meeting the article reports: the symposium of the afternoon of 21 February 2020
 * (行业协会商会助力复工复产工作交流座谈会), with who took part and what it said.
 */
export type Meeting = Entity & {
  __typename?: 'Meeting';
  /**
   * Other names the source or common usage gives (short forms, full official names, English
   * acronyms); empty when none. Search and name filters match these too.
   */
  aliases: Array<Scalars['String']['output']>;
  /** ISO 8601 date: "2020-02-21"; null when the article gives none. */
  date?: Maybe<Scalars['String']['output']>;
  /** Where the source text says this: one quote per place that names the entity. */
  evidence: Array<Evidence>;
  /**
   * Stable id, `<kind>:<english-slug>`, unique across all kinds:
   * `"association:china-electronics-chamber-of-commerce"`. `search` finds ids by name.
   */
  id: Scalars['ID']['output'];
  /** Name as written in the source text (Chinese), e.g. 中国电子商会. */
  name: Scalars['String']['output'];
  /**
   * English rendering of the name: the official English name where known, else a faithful
   * translation; null when there is none.
   */
  nameEn?: Maybe<Scalars['String']['output']>;
  /**
   * Where nameEn comes from: OFFICIAL (the organisation's own English name), TRANSLATION (made
   * here) or DESCRIPTION (an English summary of an action or statement); null without a nameEn.
   */
  nameEnSource?: Maybe<NameEnSource>;
  /**
   * Bodies that convened it (incoming ORGANIZED): 社会组织管理局, the Ministry of Civil Affairs'
   * bureau. By id unless sorted.
   */
  organizers: Array<GovernmentBody>;
  /** Who took part (incoming PARTICIPATED_IN): 与会代表, the representatives. By id unless sorted. */
  participants: Array<Organization>;
  /** Numbers the article gives for the meeting itself (none: its statements carry theirs). */
  quantities: Array<Quantity>;
  /**
   * Every relationship of this entity, seen from it (type, direction, the entity at the other end,
   * the quote that states it), by relationship type then id. The typed fields (actions,
   * supportedBy ...) follow the same relationships by meaning.
   */
  relations: Array<Relation>;
  /** Bodies whose website reported it (incoming REPORTED). By id unless sorted. */
  reportedBy: Array<GovernmentBody>;
  /**
   * The sources its evidence cites, by id: every report that names it (an entity named in two
   * reports is one entity with evidence from both).
   */
  sources: Array<Source>;
  /**
   * What it said (outgoing STATED): 会议指出 / 会议强调 …, its three directions and its
   * recommendations; the parts of each under Statement.parts. By id unless sorted.
   */
  statements: Array<Statement>;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
  /** Other sources' readings of its English name, kept beside nameEn (docs/data-model.md); [] when all agree. */
  variants: Array<Variant>;
};


/**
 * A meeting the article reports: the symposium of the afternoon of 21 February 2020
 * (行业协会商会助力复工复产工作交流座谈会), with who took part and what it said.
 */
export type MeetingOrganizersArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/**
 * A meeting the article reports: the symposium of the afternoon of 21 February 2020
 * (行业协会商会助力复工复产工作交流座谈会), with who took part and what it said.
 */
export type MeetingParticipantsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};


/**
 * A meeting the article reports: the symposium of the afternoon of 21 February 2020
 * (行业协会商会助力复工复产工作交流座谈会), with who took part and what it said.
 */
export type MeetingRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * A meeting the article reports: the symposium of the afternoon of 21 February 2020
 * (行业协会商会助力复工复产工作交流座谈会), with who took part and what it said.
 */
export type MeetingReportedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/**
 * A meeting the article reports: the symposium of the afternoon of 21 February 2020
 * (行业协会商会助力复工复产工作交流座谈会), with who took part and what it said.
 */
export type MeetingStatementsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<StatementWhere>;
};

/** A page of meetings (Relay connection). */
export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  /** The page: each meeting with its cursor. */
  edges: Array<MeetingEdge>;
  /** Whether more pages follow, and the cursor to continue from. */
  pageInfo: PageInfo;
  /** How many meetings match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A meeting in a page, with its cursor. */
export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The meeting. */
  node: Meeting;
};

/** Filters on meetings; all fields given must match. */
export type MeetingWhere = {
  /** Every one of these filters matches. */
  AND?: InputMaybe<Array<MeetingWhere>>;
  /** This filter does not match. */
  NOT?: InputMaybe<MeetingWhere>;
  /** At least one of these filters matches (an empty list matches nothing). */
  OR?: InputMaybe<Array<MeetingWhere>>;
  /** The id matches. */
  id?: InputMaybe<IdFilter>;
  /** One of its names matches. */
  name?: InputMaybe<NameFilter>;
  /** Some body that convened it matches (incoming ORGANIZED). */
  organizers?: InputMaybe<GovernmentBodyWhere>;
  /** Some participant matches (incoming PARTICIPATED_IN). */
  participants?: InputMaybe<OrganizationWhere>;
  /** One of its own quantities matches. */
  quantity?: InputMaybe<QuantityFilter>;
  /** Some body whose website reported it matches (incoming REPORTED). */
  reportedBy?: InputMaybe<GovernmentBodyWhere>;
  /**
   * Some evidence of it cites one of these sources, by id: `["mca-report-2020-02-21"]`. An unknown
   * id matches nothing, as does an empty list.
   */
  source?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Some statement it made matches (outgoing STATED). */
  statements?: InputMaybe<StatementWhere>;
};

/**
 * Writes. Each needs a curator's or admin's bearer token (UNAUTHENTICATED without a valid one,
 * FORBIDDEN for a reader's), commits one revision, and answers it. Evidence is checked on write:
 * every quote must be the source text at its offsets, or occur in it exactly once when no offsets
 * are given; otherwise BAD_USER_INPUT with the reason. A write based on a stale version is refused
 * with CONFLICT.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a relation between two standing entities; its id is `<from>|<type>|<to>`. The type must be
   * one the model allows between the two kinds.
   */
  addRelation: Revision;
  /** Stores a new source text, which facts can then quote. Sources are added once and never change. */
  addSource: Revision;
  /**
   * Several writes in one step, all or nothing: the sources first, then the entities, then the
   * relations, each in its list's order, as one revision each, numbered consecutively. Each item is
   * checked as its own mutation checks it, against the graph as the earlier items leave it: evidence
   * may quote a source of the batch, a relation may join entities of the batch. Any refusal writes
   * nothing and names the item: `extensions.index` is its position in that order (0 for the first
   * source, or the first entity when there is no source …), `extensions.item` its list and place
   * (`entities.3`). An item whose idempotency key names a committed revision (by the same writer, for
   * the same fact) is answered with that revision and not committed again, so a batch sent again
   * after a lost answer commits nothing twice. At most `LIMIT_MAX_BATCH_WRITES` items (500); each
   * counts as one write against the writer's rate limit, and in the operation cost.
   */
  commitBatch: Array<Revision>;
  /**
   * Retracts an entity or relation: never deleted, it is kept with the reason and hidden from every
   * read; `fact(id, includeRetracted: true)` and `history(id)` still show it. An entity is retracted
   * after its relations (BAD_USER_INPUT while any stands).
   */
  retract: Revision;
  /**
   * Adds an entity (baseVersion omitted or null) or replaces one (baseVersion: its current version,
   * from `history(id).version`). Its kind cannot change; ids, kinds and kind-specific fields are
   * checked against the model.
   */
  upsertEntity: Revision;
};


/**
 * Writes. Each needs a curator's or admin's bearer token (UNAUTHENTICATED without a valid one,
 * FORBIDDEN for a reader's), commits one revision, and answers it. Evidence is checked on write:
 * every quote must be the source text at its offsets, or occur in it exactly once when no offsets
 * are given; otherwise BAD_USER_INPUT with the reason. A write based on a stale version is refused
 * with CONFLICT.
 */
export type MutationAddRelationArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RelationInput;
};


/**
 * Writes. Each needs a curator's or admin's bearer token (UNAUTHENTICATED without a valid one,
 * FORBIDDEN for a reader's), commits one revision, and answers it. Evidence is checked on write:
 * every quote must be the source text at its offsets, or occur in it exactly once when no offsets
 * are given; otherwise BAD_USER_INPUT with the reason. A write based on a stale version is refused
 * with CONFLICT.
 */
export type MutationAddSourceArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SourceInput;
};


/**
 * Writes. Each needs a curator's or admin's bearer token (UNAUTHENTICATED without a valid one,
 * FORBIDDEN for a reader's), commits one revision, and answers it. Evidence is checked on write:
 * every quote must be the source text at its offsets, or occur in it exactly once when no offsets
 * are given; otherwise BAD_USER_INPUT with the reason. A write based on a stale version is refused
 * with CONFLICT.
 */
export type MutationCommitBatchArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  input: BatchInput;
};


/**
 * Writes. Each needs a curator's or admin's bearer token (UNAUTHENTICATED without a valid one,
 * FORBIDDEN for a reader's), commits one revision, and answers it. Evidence is checked on write:
 * every quote must be the source text at its offsets, or occur in it exactly once when no offsets
 * are given; otherwise BAD_USER_INPUT with the reason. A write based on a stale version is refused
 * with CONFLICT.
 */
export type MutationRetractArgs = {
  baseVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};


/**
 * Writes. Each needs a curator's or admin's bearer token (UNAUTHENTICATED without a valid one,
 * FORBIDDEN for a reader's), commits one revision, and answers it. Evidence is checked on write:
 * every quote must be the source text at its offsets, or occur in it exactly once when no offsets
 * are given; otherwise BAD_USER_INPUT with the reason. A write based on a stale version is refused
 * with CONFLICT.
 */
export type MutationUpsertEntityArgs = {
  baseVersion?: InputMaybe<Scalars['Int']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EntityInput;
};

/** Where an English name comes from. */
export type NameEnSource =
  /** An English description of an action or statement, written for this graph. */
  | 'DESCRIPTION'
  /** The organisation's own English name, as it uses it (China Iron and Steel Association). */
  | 'OFFICIAL'
  /** A faithful translation made for this graph, not a name the body uses itself. */
  | 'TRANSLATION';

/**
 * Matches the name, the English name or any alias, after Unicode NFKC normalisation and
 * lower-casing (as search does), so 火神山 and "huoshenshan" both work. The text must be 1 to 200
 * characters after trimming (else BAD_USER_INPUT).
 */
export type NameFilter = {
  /** One of the names contains this text: `{ contains: "钢铁" }`. */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** One of the names equals this text: `{ eq: "中国钢铁工业协会" }`. */
  eq?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Who acts: an association, a government body, a company, or a group of them (the twelve
 * associations that appealed jointly, an association's member companies ...).
 */
export type Organization = {
  /**
   * Relief actions this organisation performed (outgoing PERFORMED), by id unless sorted. A joint
   * action is its group's (Group.actions), not each member's.
   */
  actions: Array<ReliefAction>;
  /** The same as `actions`, a page at a time, with the total count. */
  actionsConnection: ReliefActionConnection;
  /**
   * Other names the source or common usage gives (short forms, full official names, English
   * acronyms); empty when none. Search and name filters match these too.
   */
  aliases: Array<Scalars['String']['output']>;
  /** True when the name denotes a group or class (多地旅游行业协会, 政府部门), not one organisation. */
  collective: Scalars['Boolean']['output'];
  /** Where the source text says this: one quote per place that names the organisation. */
  evidence: Array<Evidence>;
  /**
   * Stable id, `<kind>:<english-slug>`, unique across all kinds:
   * `"association:china-electronics-chamber-of-commerce"`. `search` finds ids by name.
   */
  id: Scalars['ID']['output'];
  /** Name as written in the source text (Chinese), e.g. 中国电子商会. */
  name: Scalars['String']['output'];
  /**
   * English rendering of the name: the official English name where known, else a faithful
   * translation; null when there is none.
   */
  nameEn?: Maybe<Scalars['String']['output']>;
  /**
   * Where nameEn comes from: OFFICIAL (the organisation's own English name) or TRANSLATION (made
   * here, when the body has none we know of).
   */
  nameEnSource?: Maybe<NameEnSource>;
  /** Numbers the article attaches to the organisation itself (its actions carry the rest). */
  quantities: Array<Quantity>;
  /**
   * Every relationship of this organisation, seen from it (type, direction, the entity at the other
   * end, the quote that states it), by relationship type then id.
   */
  relations: Array<Relation>;
  /**
   * The sources its evidence cites, by id: every report that names it (an entity named in two
   * reports is one entity with evidence from both).
   */
  sources: Array<Source>;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
  /** Other sources' readings of its English name, kept beside nameEn (docs/data-model.md); [] when all agree. */
  variants: Array<Variant>;
};


/**
 * Who acts: an association, a government body, a company, or a group of them (the twelve
 * associations that appealed jointly, an association's member companies ...).
 */
export type OrganizationActionsArgs = {
  category?: InputMaybe<ReliefCategory>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/**
 * Who acts: an association, a government body, a company, or a group of them (the twelve
 * associations that appealed jointly, an association's member companies ...).
 */
export type OrganizationActionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/**
 * Who acts: an association, a government body, a company, or a group of them (the twelve
 * associations that appealed jointly, an association's member companies ...).
 */
export type OrganizationRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A page of organisations (Relay connection). */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The page: each organisation with its cursor. */
  edges: Array<OrganizationEdge>;
  /** Whether more pages follow, and the cursor to continue from. */
  pageInfo: PageInfo;
  /** How many organisations match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** An organisation in a page, with its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organization;
};

/** Filters on organisations (associations, government bodies, companies); all fields given must match. */
export type OrganizationWhere = {
  /** Every one of these filters matches. */
  AND?: InputMaybe<Array<OrganizationWhere>>;
  /** This filter does not match. */
  NOT?: InputMaybe<OrganizationWhere>;
  /** At least one of these filters matches (an empty list matches nothing). */
  OR?: InputMaybe<Array<OrganizationWhere>>;
  /** Some relief action it performed matches (outgoing PERFORMED). */
  actions?: InputMaybe<ReliefActionWhere>;
  /** The id matches. */
  id?: InputMaybe<IdFilter>;
  /** One of its names matches. */
  name?: InputMaybe<NameFilter>;
  /** Its English name comes from one of these: `[OFFICIAL]`. */
  nameEnSource?: InputMaybe<Array<NameEnSource>>;
  /** One of its own quantities matches. */
  quantity?: InputMaybe<QuantityFilter>;
  /**
   * Some evidence of it cites one of these sources, by id: `["mca-report-2020-02-21"]`. An unknown
   * id matches nothing, as does an empty list.
   */
  source?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The organisation is of one of these types: `[ASSOCIATION, COMPANY]`. */
  type?: InputMaybe<Array<EntityType>>;
};

/** Where a page sits in its list (Relay), and the cursors to continue from. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item, to pass as `after` for the next page; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page: pass endCursor as `after` to get them. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page (it was asked for with `after`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the page's first item; null for an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A simple path between two entities (paths). */
export type Path = {
  __typename?: 'Path';
  /** The relationships, in path order; each in its stored direction, which may run against the path. */
  edges: Array<Edge>;
  /** Number of relationships. */
  length: Scalars['Int']['output'];
  /** The entities from `from` to `to`. */
  nodes: Array<Entity>;
};

/** A person the article names, by title only: 总书记, whose requirement the associations answered. */
export type Person = Entity & {
  __typename?: 'Person';
  /**
   * Other names the source or common usage gives (short forms, full official names, English
   * acronyms); empty when none. Search and name filters match these too.
   */
  aliases: Array<Scalars['String']['output']>;
  /** Where the source text says this: one quote per place that names the entity. */
  evidence: Array<Evidence>;
  /**
   * Stable id, `<kind>:<english-slug>`, unique across all kinds:
   * `"association:china-electronics-chamber-of-commerce"`. `search` finds ids by name.
   */
  id: Scalars['ID']['output'];
  /** Name as written in the source text (Chinese), e.g. 中国电子商会. */
  name: Scalars['String']['output'];
  /**
   * English rendering of the name: the official English name where known, else a faithful
   * translation; null when there is none.
   */
  nameEn?: Maybe<Scalars['String']['output']>;
  /**
   * Where nameEn comes from: OFFICIAL (the organisation's own English name), TRANSLATION (made
   * here) or DESCRIPTION (an English summary of an action or statement); null without a nameEn.
   */
  nameEnSource?: Maybe<NameEnSource>;
  /**
   * Numbers attached to this entity (money, counts), normalised; empty when the article gives none.
   * Relief actions carry the article's numbers: 约22亿元 is value 2200000000, unit "CNY".
   */
  quantities: Array<Quantity>;
  /**
   * Every relationship of this entity, seen from it (type, direction, the entity at the other end,
   * the quote that states it), by relationship type then id. The typed fields (actions,
   * supportedBy ...) follow the same relationships by meaning.
   */
  relations: Array<Relation>;
  /**
   * The sources its evidence cites, by id: every report that names it (an entity named in two
   * reports is one entity with evidence from both).
   */
  sources: Array<Source>;
  /** What they said or required (outgoing STATED). By id unless sorted. */
  statements: Array<Statement>;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
  /** Other sources' readings of its English name, kept beside nameEn (docs/data-model.md); [] when all agree. */
  variants: Array<Variant>;
};


/** A person the article names, by title only: 总书记, whose requirement the associations answered. */
export type PersonRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** A person the article names, by title only: 总书记, whose requirement the associations answered. */
export type PersonStatementsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<StatementWhere>;
};

/** A page of people (Relay connection). */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The page: each person with their cursor. */
  edges: Array<PersonEdge>;
  /** Whether more pages follow, and the cursor to continue from. */
  pageInfo: PageInfo;
  /** How many people match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A person in a page, with their cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Filters on people; all fields given must match. */
export type PersonWhere = {
  /** Every one of these filters matches. */
  AND?: InputMaybe<Array<PersonWhere>>;
  /** This filter does not match. */
  NOT?: InputMaybe<PersonWhere>;
  /** At least one of these filters matches (an empty list matches nothing). */
  OR?: InputMaybe<Array<PersonWhere>>;
  /** The id matches. */
  id?: InputMaybe<IdFilter>;
  /** One of their names matches (总书记, General Secretary). */
  name?: InputMaybe<NameFilter>;
  /** One of their own quantities matches. */
  quantity?: InputMaybe<QuantityFilter>;
  /**
   * Some evidence of it cites one of these sources, by id: `["mca-report-2020-02-21"]`. An unknown
   * id matches nothing, as does an empty list.
   */
  source?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Some statement they made matches (outgoing STATED). */
  statements?: InputMaybe<StatementWhere>;
};

/** A report read for review: its text and what the server proposes from it. */
export type Proposals = {
  __typename?: 'Proposals';
  /** One proposal per clause that states a deed, in text order. */
  deeds: Array<ProposedDeed>;
  /** One proposal per name of a kind, in order of first mention. */
  entities: Array<ProposedEntity>;
  /** Whether the report was HTML. */
  fromHtml: Scalars['Boolean']['output'];
  /** The date given. */
  published?: Maybe<Scalars['String']['output']>;
  /** The publisher given. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** Every number with a unit, in text order. */
  quantities: Array<ProposedQuantity>;
  /** Hex SHA-256 of the text: the same report pasted again is found by it. */
  sha256: Scalars['String']['output'];
  /** The text facts will quote (an HTML report's text); every offset counts in it. */
  text: Scalars['String']['output'];
  /** The title given. */
  title?: Maybe<Scalars['String']['output']>;
  /** The URL given. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A deed the report states: a relief action to add. */
export type ProposedDeed = {
  __typename?: 'ProposedDeed';
  /** The kind of deed, read from its words. */
  activity: Activity;
  /** Who did it: the organisations at the head of its statement. */
  actors: Array<ProposedEntity>;
  /** How sure the reading is, 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** A relief action of the graph by one of the same actors, of the same kind and numbers: adding this one would repeat it. */
  duplicateOf?: Maybe<ReliefAction>;
  /** End offset (exclusive). */
  end: Scalars['Int']['output'];
  /** The numbers in the clause. */
  quantities: Array<ProposedQuantity>;
  /** The clause that states it, its quote. */
  quote: Scalars['String']['output'];
  /** The word that gave the activity, e.g. `DONATION:捐款`. */
  rule: Scalars['String']['output'];
  /** Offset of the clause. */
  start: Scalars['Int']['output'];
};

/** An entity the report names. */
export type ProposedEntity = {
  __typename?: 'ProposedEntity';
  /** How sure that pattern is, 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** The entity of the graph with this name or alias; null for a new one. */
  existing?: Maybe<Entity>;
  /** `<kind>:<name>`, unique within the proposals. */
  key: Scalars['ID']['output'];
  /** Its kind, read from its name's pattern. */
  kind: EntityType;
  /** Where the report names it. */
  mentions: Array<TextSpan>;
  /** The name as written. */
  name: Scalars['String']['output'];
  /** The naming pattern that found it, e.g. `region-headed-association`. */
  rule: Scalars['String']['output'];
};

/** A number the report writes. */
export type ProposedQuantity = {
  __typename?: 'ProposedQuantity';
  /** End offset (exclusive). */
  end: Scalars['Int']['output'];
  /** What is counted, when the word after the number names it. */
  item?: Maybe<Scalars['String']['output']>;
  /** What the text's marker says (约 ABOUT, 近 NEARLY, 上万 AT_LEAST …). */
  qualifier: QuantityQualifier;
  /** Offset in the text. */
  start: Scalars['Int']['output'];
  /** The number as written, e.g. 约22亿元. */
  text: Scalars['String']['output'];
  /** CNY for money, else the counting word as written. */
  unit: Scalars['String']['output'];
  /** Normalised value (约22亿元 -> 2200000000). */
  value: Scalars['Float']['output'];
};

/** A number from the article, normalised: 约22亿元 is value 2200000000, unit CNY, approximate. */
export type Quantity = {
  __typename?: 'Quantity';
  /** True for 约 / 近 / 上 / 超 / 不到 and the like: the article gives the number as an estimate. */
  approximate: Scalars['Boolean']['output'];
  /** What is counted, when the text says (口罩, 防护服, 门店 ...); null otherwise. */
  item?: Maybe<Scalars['String']['output']>;
  /**
   * What the text's marker says about the value: 约 ABOUT, 近 NEARLY, 上万 AT_LEAST, 超过 / 余
   * MORE_THAN, 不到 LESS_THAN, none EXACT. `approximate` is true for every qualifier but EXACT.
   */
  qualifier: QuantityQualifier;
  /** The verbatim text the value was read from, e.g. 约22亿元. */
  text: Scalars['String']['output'];
  /** CNY for money (in yuan); otherwise the counting unit as written (只, 套, 吨, 家, 个 ...). */
  unit: Scalars['String']['output'];
  /** Normalised value (亿 = 10^8, 万 = 10^4): 约22亿元 -> 2200000000; 82.9万只 -> 829000. */
  value: Scalars['Float']['output'];
};

/** One number that went into a total, with the action it belongs to (whose evidence quotes it). */
export type QuantityContribution = {
  __typename?: 'QuantityContribution';
  /** The relief action the number belongs to. */
  action: ReliefAction;
  /** The number as the action gives it. */
  quantity: Quantity;
};

/**
 * Some quantity of the entity has this unit (and item) and a value within [min, max], bounds
 * included: `{ unit: "CNY", min: 1e9 }` is a gift of a billion yuan or more.
 */
export type QuantityFilter = {
  /** What is counted, exactly as Quantity.item gives it (口罩, 防护服 ...). */
  item?: InputMaybe<Scalars['String']['input']>;
  /** The value is at most this. */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** The value is at least this. */
  min?: InputMaybe<Scalars['Float']['input']>;
  /** Its qualifier is one of these: `[EXACT]` for stated values only, `[AT_LEAST, MORE_THAN]` ... */
  qualifier?: InputMaybe<Array<QuantityQualifier>>;
  /** CNY for money; otherwise the counting unit as written (只, 套, 吨 ...). */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** A number read from a quote. */
export type QuantityInput = {
  /** What is counted, when the text says. */
  item?: InputMaybe<Scalars['String']['input']>;
  /** What the text's marker says; stated by the text itself when omitted (约 ABOUT, 近 NEARLY …). */
  qualifier?: InputMaybe<QuantityQualifier>;
  /** The verbatim text of the number; it must lie inside one of the fact's quotes. */
  text: Scalars['String']['input'];
  /** CNY for money, else the counting unit as written. */
  unit: Scalars['String']['input'];
  /** Normalised value (约22亿元 -> 2200000000). */
  value: Scalars['Float']['input'];
};

/** What a quantity's marker (约, 近, 上万, 超过, 不到, 余) says about its value. */
export type QuantityQualifier =
  /** 约: roughly the value, either side (约22亿元). */
  | 'ABOUT'
  /** 上万 and the like: the value or more (上万名保洁员). */
  | 'AT_LEAST'
  /** As stated, with no marker: 4.1亿元. */
  | 'EXACT'
  /** 不到, 不足: less than the value (不到2天). */
  | 'LESS_THAN'
  /** 超过, 逾, 余: more than the value. */
  | 'MORE_THAN'
  /** 近: a little under the value (近百万件, 近300家). */
  | 'NEARLY';

/** The sum of the quantities with one unit and item: all the 口罩 counted in 只, all the money ... */
export type QuantityTotal = {
  __typename?: 'QuantityTotal';
  /** True when any value summed is approximate (约, 近, 上万 ...). */
  approximate: Scalars['Boolean']['output'];
  /** Every number summed, with its action, by action id. */
  contributions: Array<QuantityContribution>;
  /** What is counted (口罩 ...); null for quantities that do not say, and in moneyTotal, which sums every item. */
  item?: Maybe<Scalars['String']['output']>;
  /** True when the sum is a lower bound: some part is (上万, 超过 …), so the true total is at least this. */
  lowerBound: Scalars['Boolean']['output'];
  /**
   * What the parts' qualifiers make of the sum: EXACT when every part is; the one qualifier of the
   * parts that are not (exact parts change nothing); AT_LEAST when they all bound from below
   * (上万, 超过), LESS_THAN when they all bound from above (近, 不到); otherwise ABOUT.
   */
  qualifier: QuantityQualifier;
  /** The sum of the values. */
  total: Scalars['Float']['output'];
  /** CNY for money; otherwise the counting unit (只, 套, 吨 ...). */
  unit: Scalars['String']['output'];
};

/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Totals per activity (DONATION, FINANCING ...), in the order of the Activity enum: every activity
   * asked for, with zeros where no counted action has it. All donations with their total and the
   * numbers that went in: `activityTotals(activities: [DONATION])`. Reads at most 10,000 actions
   * per request.
   */
  activityTotals: Array<ActivityTotals>;
  /**
   * Totals per organisation over the relief actions it performed. An action performed jointly
   * counts in full for each of its actors; the contributions list shows every number summed. Only
   * organisations with at least one counted action appear. Reads at most 10,000 actions per request
   * (more is BAD_USER_INPUT: narrow `actions`).
   */
  actorTotals: Array<ActorTotals>;
  /**
   * Associations, chambers of commerce and federations; by id unless sorted. Filter with `where`:
   * `associations(where: { scope: LOCAL, region: { name: { eq: "武汉" } } })`.
   */
  associations: Array<Association>;
  /**
   * The associations as a Relay connection: a page at a time (first / after), with the total
   * count. Pass pageInfo.endCursor as `after` for the next page.
   */
  associationsConnection: AssociationConnection;
  /**
   * Totals per relief category, in the order of the ReliefCategory enum: every category, with zeros
   * where no counted action has it. Reads at most 10,000 actions per request.
   */
  categoryTotals: Array<CategoryTotals>;
  /** Committed revisions after the cursor (from a previous page; omitted: from the start), oldest first. */
  changes: ChangePage;
  /**
   * The cursor of the latest committed revision (`"0"` before the first): pass it as
   * `graphChanged(after:)` or `changes(after:)` to follow the graph from the data read now.
   */
  changesCursor: Scalars['String']['output'];
  /**
   * Entities (other than a and b) within maxHops hops, ignoring direction, of both a and b, nearest
   * first (by the sum of the two distances, then id): with `maxHops: 2` and
   * `types: [ASSOCIATION]`, the associations that acted for or with both. An unknown id is a
   * NOT_FOUND error.
   */
  commonNeighbors: Array<CommonNeighbor>;
  /** Named enterprises; by id unless sorted. */
  companies: Array<Company>;
  /** The companies a page at a time, with the total count. */
  companiesConnection: CompanyConnection;
  /**
   * Facts two sources read differently (a different English name, different amounts for the same
   * deed), both readings shown; by fact id, then field. None while the graph holds one source.
   */
  disagreements: Array<Disagreement>;
  /**
   * Entities of every kind a page at a time, filtered by the fields every entity has:
   * `entitiesConnection(where: { type: [HOSPITAL, REGION] })`.
   */
  entitiesConnection: EntityConnection;
  /**
   * The entity with this id, or null when there is none. Use `... on Association { ... }` (and
   * the other types) for the typed fields.
   */
  entity?: Maybe<Entity>;
  /**
   * An entity, relation or source by id. Retracted facts are hidden (null) unless includeRetracted
   * is true.
   */
  fact?: Maybe<Fact>;
  /** Government bodies (ministries, commissions, bureaus); by id unless sorted. */
  governmentBodies: Array<GovernmentBody>;
  /** The government bodies a page at a time, with the total count. */
  governmentBodiesConnection: GovernmentBodyConnection;
  /** Groups: coalitions, member companies, enterprises of a kind, people; by id unless sorted. */
  groups: Array<Group>;
  /** The groups a page at a time, with the total count. */
  groupsConnection: GroupConnection;
  /** The revisions and state of an entity, relation or source; null for an id that never existed. */
  history?: Maybe<History>;
  /**
   * Hospitals and classes of hospitals; by id unless sorted. Who supported which:
   * `hospitals(where: { supportedBy: { name: { eq: "中国钢铁工业协会" } } })`.
   */
  hospitals: Array<Hospital>;
  /** The hospitals a page at a time, with the total count. */
  hospitalsConnection: HospitalConnection;
  /** Named funds, projects, guides, certificates, models, platforms and channels; by id unless sorted. */
  instruments: Array<Instrument>;
  /** The instruments a page at a time, with the total count. */
  instrumentsConnection: InstrumentConnection;
  /** Meetings the article reports; by id unless sorted. */
  meetings: Array<Meeting>;
  /** The meetings a page at a time, with the total count. */
  meetingsConnection: MeetingConnection;
  /**
   * Organisations ranked by how many other organisations they are connected to through a shared
   * action (co-actors) or a shared target (their actions aimed at the same hospital, region or
   * enterprise). Ties by id. Reads at most 10,000 organisations per request.
   */
  mostConnected: Array<Connectedness>;
  /**
   * The entity and everything within depth hops of it, capped at limit nodes. Relationships are
   * followed either way; nodes come by hop distance then id, so the cap drops the farthest;
   * edges are all relationships among the returned nodes. An unknown id gives an empty subgraph.
   */
  neighborhood: Subgraph;
  /**
   * Every simple path (no entity twice) of at most maxHops relationships between two entities,
   * ignoring direction: shortest first, then by the ids of their entities and relationships; from an
   * entity to itself, the one path of no relationships. An unknown id is NOT_FOUND. The search
   * tries at most 100,000 partial paths (LIMIT_MAX_PATH_STEPS; a partial path is a simple path out
   * of `from` that it extends, so with maxHops 1 one per relationship of `from`); more is
   * BAD_USER_INPUT naming maxHops (lower it).
   */
  paths: Array<Path>;
  /** People the article names (总书记); by id unless sorted. */
  people: Array<Person>;
  /** The people a page at a time, with the total count. */
  peopleConnection: PersonConnection;
  /**
   * The facts a new report states, proposed for review: its named entities (found by the domain's
   * naming patterns, then linked to the graph's entity of the same name or alias), every number with
   * its unit and qualifier, and one relief action per clause that states a deed. Public and
   * read-only. The text may be plain or HTML (reduced to its text: scripts and styles dropped). An
   * empty or binary text, one over the source text limit, or a text the graph already holds as a
   * source is BAD_USER_INPUT (a known text names its source in `extensions.source`). Weighted 10,000
   * in the operation cost.
   */
  proposeFacts: Proposals;
  /**
   * Search with its ranking made visible: exact name/alias matches first (score 3), then prefix
   * matches (2), then substring matches (1); ties by id. The same order as `search`.
   */
  rankedSearch: Array<SearchHit>;
  /**
   * Totals per region. TARGET counts the actions aimed at a region or at something located in it;
   * SCOPE counts the actions carried out in it or reaching it (COVERED); ACTOR counts the actions
   * of organisations located in it. Regions do not add up into larger
   * ones (武汉's actions are not 湖北's); only regions with a counted action appear. Reads at most
   * 10,000 actions per request.
   */
  regionTotals: Array<RegionTotals>;
  /** Countries, provinces, cities and areas; by id unless sorted. */
  regions: Array<Region>;
  /** The regions a page at a time, with the total count. */
  regionsConnection: RegionConnection;
  /**
   * Relief actions; by id unless sorted. The gifts of a billion yuan or more, largest first:
   * `reliefActions(where: { quantity: { unit: "CNY", min: 1e9 } }, sort: [{ field: MONEY, direction: DESC }])`
   */
  reliefActions: Array<ReliefAction>;
  /** The relief actions a page at a time, with the total count. */
  reliefActionsConnection: ReliefActionConnection;
  /**
   * Entities whose name, English name or an alias matches the text (substring match at least;
   * Chinese text works). Case-insensitive after Unicode NFKC normalisation; best matches first:
   * exact name or alias, then prefix, then substring, ties by id (rankedSearch shows the scores).
   * `search(text: "火神山")` finds 武汉火神山医院.
   */
  search: Array<Entity>;
  /**
   * A shortest undirected path between two entities, or null when none exists within maxDepth
   * hops (or either id is unknown). Of several shortest paths, the one whose entity ids sort first;
   * from an entity to itself, the entity alone. `paths` lists every path up to a length.
   */
  shortestPath?: Maybe<Subgraph>;
  /**
   * The documents the graph was read from, with their full text: one, the Ministry of Civil
   * Affairs' report of 21 February 2020.
   */
  sources: Array<Source>;
  /**
   * What the meeting and the report say; by id unless sorted. The meeting's recommendations:
   * `statements(where: { role: [RECOMMENDATION], statedBy: { type: [MEETING] } })`.
   */
  statements: Array<Statement>;
  /** The statements a page at a time, with the total count. */
  statementsConnection: StatementConnection;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryActivityTotalsArgs = {
  actions?: InputMaybe<ReliefActionWhere>;
  activities?: InputMaybe<Array<Activity>>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryActorTotalsArgs = {
  actions?: InputMaybe<ReliefActionWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TotalsOrder>;
  where?: InputMaybe<OrganizationWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryAssociationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<AssociationScope>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<AssociationWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryAssociationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<AssociationWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryCategoryTotalsArgs = {
  actions?: InputMaybe<ReliefActionWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryCommonNeighborsArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryCompaniesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<CompanyWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryCompaniesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<CompanyWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryDisagreementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryEntitiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryFactArgs = {
  id: Scalars['ID']['input'];
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryGovernmentBodiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryGovernmentBodiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryGroupsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GroupWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryGroupsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GroupWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryHistoryArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryHospitalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<HospitalWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryHospitalsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<HospitalWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryInstrumentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<InstrumentWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryInstrumentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<InstrumentWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryMeetingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<MeetingWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryMeetingsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<MeetingWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryMostConnectedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryPeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<PersonWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryPeopleConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<PersonWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryProposeFactsArgs = {
  published?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryRankedSearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryRegionTotalsArgs = {
  actions?: InputMaybe<ReliefActionWhere>;
  basis?: InputMaybe<RegionBasis>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TotalsOrder>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryRegionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<RegionWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryRegionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<RegionWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryReliefActionsArgs = {
  category?: InputMaybe<ReliefCategory>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryReliefActionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryShortestPathArgs = {
  from: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<StatementWhere>;
};


/**
 * Reading the relief graph: look entities up (search, entity), walk their relationships
 * (neighborhood, shortestPath, paths), list and filter them (associations, reliefActions ...), and
 * total what they did (actorTotals, categoryTotals, regionTotals).
 */
export type QueryStatementsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<StatementWhere>;
};

/** One source's reading of a disagreement's field. */
export type Reading = {
  __typename?: 'Reading';
  /** The quantity read, for a quantity; null for a name. */
  quantity?: Maybe<Quantity>;
  /** The source that reads it so. */
  source: Source;
  /** The value as a string: the English name, or the quantity's normalised value (`2200000000`). */
  value: Scalars['String']['output'];
};

/** A country, province, city or area (全国, 湖北, 武汉, 疫区 ...). */
export type Region = Entity & {
  __typename?: 'Region';
  /**
   * Other names the source or common usage gives (short forms, full official names, English
   * acronyms); empty when none. Search and name filters match these too.
   */
  aliases: Array<Scalars['String']['output']>;
  /** True when the name denotes a group of places (疫区, the epidemic-hit areas), not one region. */
  collective: Scalars['Boolean']['output'];
  /** Statements about it (incoming CONCERNS). By id unless sorted. */
  concernedBy: Array<Statement>;
  /**
   * Relief actions carried out in it or reaching it (incoming COVERED): its scope, not whom the
   * action served. By id unless sorted.
   */
  coveredBy: Array<ReliefAction>;
  /** Where the source text says this: one quote per place that names the entity. */
  evidence: Array<Evidence>;
  /**
   * Stable id, `<kind>:<english-slug>`, unique across all kinds:
   * `"association:china-electronics-chamber-of-commerce"`. `search` finds ids by name.
   */
  id: Scalars['ID']['output'];
  /** COUNTRY, PROVINCE, CITY or AREA. */
  level: RegionLevel;
  /**
   * Associations and hospitals located here (incoming LOCATED_IN). By id unless sorted. Regions do
   * not nest: 武汉's are not listed under 湖北.
   */
  located: Array<Entity>;
  /** The same as `located`, a page at a time, with the total count. */
  locatedConnection: EntityConnection;
  /** Name as written in the source text (Chinese), e.g. 中国电子商会. */
  name: Scalars['String']['output'];
  /**
   * English rendering of the name: the official English name where known, else a faithful
   * translation; null when there is none.
   */
  nameEn?: Maybe<Scalars['String']['output']>;
  /**
   * Where nameEn comes from: OFFICIAL (the organisation's own English name), TRANSLATION (made
   * here) or DESCRIPTION (an English summary of an action or statement); null without a nameEn.
   */
  nameEnSource?: Maybe<NameEnSource>;
  /**
   * Numbers attached to this entity (money, counts), normalised; empty when the article gives none.
   * Relief actions carry the article's numbers: 约22亿元 is value 2200000000, unit "CNY".
   */
  quantities: Array<Quantity>;
  /**
   * Every relationship of this entity, seen from it (type, direction, the entity at the other end,
   * the quote that states it), by relationship type then id. The typed fields (actions,
   * supportedBy ...) follow the same relationships by meaning.
   */
  relations: Array<Relation>;
  /**
   * The sources its evidence cites, by id: every report that names it (an entity named in two
   * reports is one entity with evidence from both).
   */
  sources: Array<Source>;
  /**
   * Relief actions aimed at this region itself (incoming TARGETED). By id unless sorted. Actions
   * aimed at a hospital in it are the hospital's; regionTotals counts both.
   */
  supportActions: Array<ReliefAction>;
  /**
   * The organisations that performed an action aimed at this region (incoming TARGETED, then
   * the actions' incoming PERFORMED). In the order of those actions unless sorted.
   */
  supportedBy: Array<Organization>;
  /** The same as `supportedBy`, a page at a time, with the total count. */
  supportedByConnection: OrganizationConnection;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
  /** Other sources' readings of its English name, kept beside nameEn (docs/data-model.md); [] when all agree. */
  variants: Array<Variant>;
};


/** A country, province, city or area (全国, 湖北, 武汉, 疫区 ...). */
export type RegionConcernedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<StatementWhere>;
};


/** A country, province, city or area (全国, 湖北, 武汉, 疫区 ...). */
export type RegionCoveredByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A country, province, city or area (全国, 湖北, 武汉, 疫区 ...). */
export type RegionLocatedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/** A country, province, city or area (全国, 湖北, 武汉, 疫区 ...). */
export type RegionLocatedConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/** A country, province, city or area (全国, 湖北, 武汉, 疫区 ...). */
export type RegionRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** A country, province, city or area (全国, 湖北, 武汉, 疫区 ...). */
export type RegionSupportActionsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A country, province, city or area (全国, 湖北, 武汉, 疫区 ...). */
export type RegionSupportedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};


/** A country, province, city or area (全国, 湖北, 武汉, 疫区 ...). */
export type RegionSupportedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};

/** Which regions an action counts for in regionTotals. */
export type RegionBasis =
  /** Where its actors are: the regions of the organisations that performed it (LOCATED_IN). */
  | 'ACTOR'
  /** Where it was carried out or how far it reached: the regions it covered (COVERED). */
  | 'SCOPE'
  /**
   * Where it was aimed: the regions it targeted, and the regions of the hospitals, companies and
   * other entities it targeted (their LOCATED_IN).
   */
  | 'TARGET';

/** A page of regions (Relay connection). */
export type RegionConnection = {
  __typename?: 'RegionConnection';
  /** The page: each region with its cursor. */
  edges: Array<RegionEdge>;
  /** Whether more pages follow, and the cursor to continue from. */
  pageInfo: PageInfo;
  /** How many regions match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A region in a page, with its cursor. */
export type RegionEdge = {
  __typename?: 'RegionEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The region. */
  node: Region;
};

/** How large a region is. */
export type RegionLevel =
  /** An area named by what happened there (疫区, epidemic-hit areas). */
  | 'AREA'
  /** A city (武汉, 北京, 深圳). */
  | 'CITY'
  /** The whole country (全国). */
  | 'COUNTRY'
  /** A province (湖北, 山东). */
  | 'PROVINCE'
  /** The whole world (全球; 海内外, at home and abroad). */
  | 'WORLD';

/** What was done for (or from) one region, summed; see regionTotals' basis. */
export type RegionTotals = {
  __typename?: 'RegionTotals';
  /** How many counted actions count for this region. */
  actionCount: Scalars['Int']['output'];
  /** The actions counted, by id. */
  actions: Array<ReliefAction>;
  /** Distinct organisations that performed those actions. */
  actorCount: Scalars['Int']['output'];
  /** Sum of the CNY quantities of those actions. */
  money: Scalars['Float']['output'];
  /**
   * All the money summed whatever was given (every CNY quantity, any item), with each number that
   * went in and what their qualifiers make of the sum: `lowerBound` when it is one.
   */
  moneyTotal: QuantityTotal;
  /** Every unit and item summed separately, money included, by unit then item. */
  quantities: Array<QuantityTotal>;
  /** The region. */
  region: Region;
};

/** Filters on regions; all fields given must match. */
export type RegionWhere = {
  /** Every one of these filters matches. */
  AND?: InputMaybe<Array<RegionWhere>>;
  /** This filter does not match. */
  NOT?: InputMaybe<RegionWhere>;
  /** At least one of these filters matches (an empty list matches nothing). */
  OR?: InputMaybe<Array<RegionWhere>>;
  /** Some statement about it matches (incoming CONCERNS). */
  concernedBy?: InputMaybe<StatementWhere>;
  /** Some action carried out in it or reaching it matches (incoming COVERED). */
  coveredBy?: InputMaybe<ReliefActionWhere>;
  /** The id matches. */
  id?: InputMaybe<IdFilter>;
  /** The region is of this level. */
  level?: InputMaybe<RegionLevel>;
  /** Some association or hospital located in it matches (incoming LOCATED_IN). */
  located?: InputMaybe<EntityWhere>;
  /** One of its names matches. */
  name?: InputMaybe<NameFilter>;
  /** One of its own quantities matches. */
  quantity?: InputMaybe<QuantityFilter>;
  /**
   * Some evidence of it cites one of these sources, by id: `["mca-report-2020-02-21"]`. An unknown
   * id matches nothing, as does an empty list.
   */
  source?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Some relief action aimed at it matches (incoming TARGETED). */
  supportActions?: InputMaybe<ReliefActionWhere>;
  /** Some organisation that performed an action aimed at it matches. */
  supportedBy?: InputMaybe<OrganizationWhere>;
};

/** One relationship seen from one of its ends, as Entity.relations lists it. */
export type Relation = {
  __typename?: 'Relation';
  /**
   * OUT when the entity this was reached from is the start of the relationship, IN when it is the
   * end: 中国电子商会's PERFORMED relationships are OUT, its actions see them IN.
   */
  direction: Direction;
  /**
   * The quotes that state the relationship: for PERFORMED, the clause from the actor's name to the
   * end of the action.
   */
  evidence: Array<Evidence>;
  /** The relationship's id, `<from id>|<TYPE>|<to id>`: the same from either end. */
  id: Scalars['ID']['output'];
  /** The entity at the other end. */
  node: Entity;
  /** Numbers the relationship itself carries; empty in this data, whose numbers sit on relief actions. */
  quantities: Array<Quantity>;
  /** The sources its evidence cites, by id. */
  sources: Array<Source>;
  /**
   * UPPER_SNAKE_CASE, e.g. PERFORMED, TARGETED, COMMISSIONED, PART_OF. All types (seed/README.md
   * gives each with an example quote): PERFORMED (actor → relief action); TARGETED (action or named
   * thing → whom it served); MOBILIZED (action → whom it called on); COVERED (action → its area);
   * DEALT_WITH (action → what it surveyed or acted on without serving it); PRODUCED (action → named
   * thing); BUILT_ON (action → the action it rests on); EXEMPLIFIES (action → the claim it
   * illustrates); COMMISSIONED and INITIATED (government body → action); ADOPTED (government body →
   * named thing); WORKED_THROUGH (government body → association); ORGANIZED (government body →
   * meeting); REPORTED (government body → meeting or statement); PARTICIPATED_IN (organisation →
   * meeting); STATED (meeting, group, government body or person → statement); RESPONDED_TO
   * (association or group → statement); CONCERNS (statement → whom it is about); MEMBER_OF
   * (member → group or association); PARTNERED_WITH (association → company); PART_OF (unit →
   * government body, point → statement); LOCATED_IN (association or hospital → region).
   */
  type: Scalars['String']['output'];
};

/** A relation as a curator writes it. */
export type RelationInput = {
  /** At least one quote. */
  evidence: Array<EvidenceInput>;
  /** The id of the entity it starts at. */
  from: Scalars['ID']['input'];
  /** Numbers read from the quotes. */
  quantities?: InputMaybe<Array<QuantityInput>>;
  /** The id of the entity it ends at. */
  to: Scalars['ID']['input'];
  /** UPPER_SNAKE_CASE, one of the model's relation types (PERFORMED, TARGETED …). */
  type: Scalars['String']['input'];
};

/**
 * One deed of one or more actors, with the article's numbers for it: 中国电子商会's donations of
 * 约22亿元, the steel association's building materials for 火神山医院 ... A sentence that tells
 * several deeds (…除捐赠7亿元资金外，还…) gives several actions.
 */
export type ReliefAction = Entity & {
  __typename?: 'ReliefAction';
  /** The kind of deed (DONATION, PRODUCTION, SURVEY ...), whichever section tells it. */
  activity: Activity;
  /**
   * Who performed it (incoming PERFORMED), by id unless sorted; several when the article lists
   * several, and a Group when they acted as one (联名).
   */
  actors: Array<Organization>;
  /**
   * Government bodies that adopted what it produced (outgoing PRODUCED, then the instruments'
   * incoming ADOPTED). By id unless sorted.
   */
  adoptedBy: Array<GovernmentBody>;
  /**
   * Other names the source or common usage gives (short forms, full official names, English
   * acronyms); empty when none. Search and name filters match these too.
   */
  aliases: Array<Scalars['String']['output']>;
  /**
   * Where it was carried out or how far it reached (outgoing COVERED): 全国 in 覆盖全国大部分地级以上城市,
   * 全球 in 在全球完成…采购. Its scope, never its beneficiary. By id unless sorted.
   */
  areas: Array<Region>;
  /** The deeds done on its basis (incoming BUILT_ON). By id unless sorted. */
  basisFor: Array<ReliefAction>;
  /**
   * The deeds it was done on the basis of (outgoing BUILT_ON, 在…的基础上): 中国烹饪协会's
   * recommendations rest on its survey of the catering trade. By id unless sorted.
   */
  builtOn: Array<ReliefAction>;
  /** The article's section the action belongs to (DONATIONS, HOSPITAL_CONSTRUCTION ...). */
  category: ReliefCategory;
  /** Government bodies that commissioned it (incoming COMMISSIONED, 委托). By id unless sorted. */
  commissionedBy: Array<GovernmentBody>;
  /**
   * What it dealt with without serving it (outgoing DEALT_WITH): what it surveyed (the 粮油食品企业
   * whose losses 中国产业海外发展协会 studied), whose statements it gathered (国外主要团体、机构),
   * whose business it helped suspend (旅游企业暂停经营活动). By id unless sorted.
   */
  dealtWith: Array<Entity>;
  /** Where the article describes the action. */
  evidence: Array<Evidence>;
  /**
   * The report's claims it is given as an example of (outgoing EXEMPLIFIES): 有的积极组织会员捐款捐物
   * for 中国电子商会's donations (如,…). By id unless sorted.
   */
  exemplifies: Array<Statement>;
  /**
   * Stable id, `<kind>:<english-slug>`, unique across all kinds:
   * `"association:china-electronics-chamber-of-commerce"`. `search` finds ids by name.
   */
  id: Scalars['ID']['output'];
  /**
   * Government bodies that launched it through an association (incoming INITIATED, 通过…号召). By
   * id unless sorted.
   */
  initiatedBy: Array<GovernmentBody>;
  /**
   * Whom it called on, organised or mobilised to do the work (outgoing MOBILIZED; 号召, 动员,
   * 组织, 引导, 呼吁): member companies, medical staff, volunteers, landlords ... By id unless sorted.
   */
  mobilized: Array<Entity>;
  /** The action's core phrase as written in the article. */
  name: Scalars['String']['output'];
  /** English summary of the action. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /**
   * Where nameEn comes from: OFFICIAL (the organisation's own English name), TRANSLATION (made
   * here) or DESCRIPTION (an English summary of an action or statement); null without a nameEn.
   */
  nameEnSource?: Maybe<NameEnSource>;
  /**
   * The named things it created (outgoing PRODUCED): the fund, the guide, the model. By id unless
   * sorted.
   */
  products: Array<Instrument>;
  /**
   * The article's numbers for the action (money in CNY, counts in their counting word): 约22亿元 is
   * `{ value: 2200000000, unit: "CNY", approximate: true, text: "约22亿元" }`.
   */
  quantities: Array<Quantity>;
  /**
   * Every relationship of this entity, seen from it (type, direction, the entity at the other end,
   * the quote that states it), by relationship type then id. The typed fields (actions,
   * supportedBy ...) follow the same relationships by meaning.
   */
  relations: Array<Relation>;
  /**
   * The sources its evidence cites, by id: every report that names it (an entity named in two
   * reports is one entity with evidence from both).
   */
  sources: Array<Source>;
  /**
   * Whom it served (outgoing TARGETED): the beneficiaries the text names (为…, 向…, 支援…, 发往…,
   * 保障…所需): hospitals, regions, groups, government bodies. Not where it happened (see areas)
   * nor whom it called on (see mobilized). By id unless sorted.
   */
  targets: Array<Entity>;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
  /** Other sources' readings of its English name, kept beside nameEn (docs/data-model.md); [] when all agree. */
  variants: Array<Variant>;
};


/**
 * One deed of one or more actors, with the article's numbers for it: 中国电子商会's donations of
 * 约22亿元, the steel association's building materials for 火神山医院 ... A sentence that tells
 * several deeds (…除捐赠7亿元资金外，还…) gives several actions.
 */
export type ReliefActionActorsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};


/**
 * One deed of one or more actors, with the article's numbers for it: 中国电子商会's donations of
 * 约22亿元, the steel association's building materials for 火神山医院 ... A sentence that tells
 * several deeds (…除捐赠7亿元资金外，还…) gives several actions.
 */
export type ReliefActionAdoptedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/**
 * One deed of one or more actors, with the article's numbers for it: 中国电子商会's donations of
 * 约22亿元, the steel association's building materials for 火神山医院 ... A sentence that tells
 * several deeds (…除捐赠7亿元资金外，还…) gives several actions.
 */
export type ReliefActionAreasArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<RegionWhere>;
};


/**
 * One deed of one or more actors, with the article's numbers for it: 中国电子商会's donations of
 * 约22亿元, the steel association's building materials for 火神山医院 ... A sentence that tells
 * several deeds (…除捐赠7亿元资金外，还…) gives several actions.
 */
export type ReliefActionBasisForArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/**
 * One deed of one or more actors, with the article's numbers for it: 中国电子商会's donations of
 * 约22亿元, the steel association's building materials for 火神山医院 ... A sentence that tells
 * several deeds (…除捐赠7亿元资金外，还…) gives several actions.
 */
export type ReliefActionBuiltOnArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/**
 * One deed of one or more actors, with the article's numbers for it: 中国电子商会's donations of
 * 约22亿元, the steel association's building materials for 火神山医院 ... A sentence that tells
 * several deeds (…除捐赠7亿元资金外，还…) gives several actions.
 */
export type ReliefActionCommissionedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/**
 * One deed of one or more actors, with the article's numbers for it: 中国电子商会's donations of
 * 约22亿元, the steel association's building materials for 火神山医院 ... A sentence that tells
 * several deeds (…除捐赠7亿元资金外，还…) gives several actions.
 */
export type ReliefActionDealtWithArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/**
 * One deed of one or more actors, with the article's numbers for it: 中国电子商会's donations of
 * 约22亿元, the steel association's building materials for 火神山医院 ... A sentence that tells
 * several deeds (…除捐赠7亿元资金外，还…) gives several actions.
 */
export type ReliefActionExemplifiesArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<StatementWhere>;
};


/**
 * One deed of one or more actors, with the article's numbers for it: 中国电子商会's donations of
 * 约22亿元, the steel association's building materials for 火神山医院 ... A sentence that tells
 * several deeds (…除捐赠7亿元资金外，还…) gives several actions.
 */
export type ReliefActionInitiatedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/**
 * One deed of one or more actors, with the article's numbers for it: 中国电子商会's donations of
 * 约22亿元, the steel association's building materials for 火神山医院 ... A sentence that tells
 * several deeds (…除捐赠7亿元资金外，还…) gives several actions.
 */
export type ReliefActionMobilizedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/**
 * One deed of one or more actors, with the article's numbers for it: 中国电子商会's donations of
 * 约22亿元, the steel association's building materials for 火神山医院 ... A sentence that tells
 * several deeds (…除捐赠7亿元资金外，还…) gives several actions.
 */
export type ReliefActionProductsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<InstrumentWhere>;
};


/**
 * One deed of one or more actors, with the article's numbers for it: 中国电子商会's donations of
 * 约22亿元, the steel association's building materials for 火神山医院 ... A sentence that tells
 * several deeds (…除捐赠7亿元资金外，还…) gives several actions.
 */
export type ReliefActionRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * One deed of one or more actors, with the article's numbers for it: 中国电子商会's donations of
 * 约22亿元, the steel association's building materials for 火神山医院 ... A sentence that tells
 * several deeds (…除捐赠7亿元资金外，还…) gives several actions.
 */
export type ReliefActionTargetsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};

/** A page of relief actions (Relay connection). */
export type ReliefActionConnection = {
  __typename?: 'ReliefActionConnection';
  /** The page: each relief action with its cursor. */
  edges: Array<ReliefActionEdge>;
  /** Whether more pages follow, and the cursor to continue from. */
  pageInfo: PageInfo;
  /** How many relief actions match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A relief action in a page, with its cursor. */
export type ReliefActionEdge = {
  __typename?: 'ReliefActionEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The relief action. */
  node: ReliefAction;
};

/** Filters on relief actions; all fields given must match. */
export type ReliefActionWhere = {
  /** Every one of these filters matches. */
  AND?: InputMaybe<Array<ReliefActionWhere>>;
  /** This filter does not match. */
  NOT?: InputMaybe<ReliefActionWhere>;
  /** At least one of these filters matches (an empty list matches nothing). */
  OR?: InputMaybe<Array<ReliefActionWhere>>;
  /** Its activity is one of these: `[DONATION]`. */
  activity?: InputMaybe<Array<Activity>>;
  /** Some organisation that performed it matches (incoming PERFORMED). */
  actors?: InputMaybe<OrganizationWhere>;
  /** Some government body that adopted what it produced matches. */
  adoptedBy?: InputMaybe<GovernmentBodyWhere>;
  /** Some region it covered matches (outgoing COVERED): its scope. */
  areas?: InputMaybe<RegionWhere>;
  /** Some deed done on its basis matches (incoming BUILT_ON). */
  basisFor?: InputMaybe<ReliefActionWhere>;
  /** Some deed it was done on the basis of matches (outgoing BUILT_ON). */
  builtOn?: InputMaybe<ReliefActionWhere>;
  /** Its category is one of these: `[DONATIONS, FINANCIAL_SUPPORT]`. */
  category?: InputMaybe<Array<ReliefCategory>>;
  /** Some government body that commissioned it matches (incoming COMMISSIONED). */
  commissionedBy?: InputMaybe<GovernmentBodyWhere>;
  /** Something it dealt with without serving it matches (outgoing DEALT_WITH). */
  dealtWith?: InputMaybe<EntityWhere>;
  /** Some claim of the report it is an example of matches (outgoing EXEMPLIFIES). */
  exemplifies?: InputMaybe<StatementWhere>;
  /** The id matches. */
  id?: InputMaybe<IdFilter>;
  /** Some government body that launched it matches (incoming INITIATED). */
  initiatedBy?: InputMaybe<GovernmentBodyWhere>;
  /** Someone it called on or mobilised matches (outgoing MOBILIZED). */
  mobilized?: InputMaybe<EntityWhere>;
  /** One of its names matches (the Chinese phrase or the English summary). */
  name?: InputMaybe<NameFilter>;
  /** Some named thing it produced matches (outgoing PRODUCED). */
  products?: InputMaybe<InstrumentWhere>;
  /** One of its quantities matches: `{ unit: "CNY", min: 1e9 }`. */
  quantity?: InputMaybe<QuantityFilter>;
  /**
   * Some evidence of it cites one of these sources, by id: `["mca-report-2020-02-21"]`. An unknown
   * id matches nothing, as does an empty list.
   */
  source?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Someone it served matches (outgoing TARGETED): `{ type: [HOSPITAL] }`. */
  targets?: InputMaybe<EntityWhere>;
};

/** The article's own sections, one per kind of relief or resumption work. */
export type ReliefCategory =
  /** 日常生活: enriching cultural life */
  | 'CULTURE'
  /** 日常生活: keeping goods in circulation */
  | 'DAILY_CIRCULATION'
  /** 日常生活: securing the supply of goods */
  | 'DAILY_SUPPLY'
  /** 组织会员捐款捐物: donations of money and goods */
  | 'DONATIONS'
  /** 辅助疫情防控: assisting epidemic control */
  | 'EPIDEMIC_CONTROL'
  /** 金融支持: financial support for the epidemic areas */
  | 'FINANCIAL_SUPPORT'
  /** 援建疫区医院: helping build hospitals in the epidemic areas */
  | 'HOSPITAL_CONSTRUCTION'
  /** 寻求国际支援、协助快速通关: international sourcing and customs clearance */
  | 'INTERNATIONAL_SOURCING'
  /** 保障一线生活需要: living supplies for the front line */
  | 'LIVING_SUPPLIES'
  /** 协助医疗服务: assisting medical services */
  | 'MEDICAL_SERVICES'
  /** 动员医务力量: mobilising medical staff */
  | 'MEDICAL_STAFF'
  /** 保障医疗用品: securing medical supplies */
  | 'MEDICAL_SUPPLIES'
  /** 复工复产, 四: solving enterprises' operating difficulties */
  | 'RESUMPTION_DIFFICULTIES'
  /** 复工复产, 二: guiding enterprises to resume work in order */
  | 'RESUMPTION_GUIDANCE'
  /** 复工复产, 一: information on the epidemic's impact for government and enterprises */
  | 'RESUMPTION_INFORMATION'
  /** 复工复产, 三: defending enterprises' lawful rights */
  | 'RESUMPTION_RIGHTS'
  /** 日常生活: science communication on epidemic prevention */
  | 'SCIENCE_COMMUNICATION';

/** One committed change to one fact. */
export type Revision = {
  __typename?: 'Revision';
  /** What it did. */
  action: RevisionAction;
  /** ISO 8601 instant it was committed. */
  at: Scalars['String']['output'];
  /** The key id of the writer (a hash prefix, never the secret). */
  author: Scalars['String']['output'];
  /** The fields it set or changed. */
  changedFields: Array<Scalars['String']['output']>;
  /** The writer's comment. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The fact it changed. */
  factId: Scalars['ID']['output'];
  /** `revision:<number>`. */
  id: Scalars['ID']['output'];
  /** What kind of fact. */
  kind: FactKind;
  /** Orders every revision of the graph: 1, 2, …; the change feed's cursor. */
  number: Scalars['Int']['output'];
  /** Retractions: why. */
  reason?: Maybe<Scalars['String']['output']>;
  /**
   * The fact as the revision left it, as JSON. A source's record gives its text's length
   * (`textLength`) instead of the text, which `sources` serves. Weighted 100 in the operation cost.
   */
  record: Scalars['String']['output'];
};

/** What a revision did. */
export type RevisionAction =
  /** The fact was added. */
  | 'CREATE'
  /** The fact was retracted (kept, hidden from reads). */
  | 'RETRACT'
  /** The fact was replaced. */
  | 'UPDATE';

/** One rankedSearch hit: the entity, how well it matched and the name that matched. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  entity: Entity;
  /** How the best-matching name matched. */
  match: MatchKind;
  /** The name or alias that matched best, as stored: for the text 火神山, 火神山医院 (an alias of 武汉火神山医院). */
  matched: Scalars['String']['output'];
  /** 3 for EXACT, 2 for PREFIX, 1 for SUBSTRING. */
  score: Scalars['Float']['output'];
};

/** Which way a sort key orders. */
export type SortDirection =
  /** Smallest first (A before B, 0 before 1). */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** A document the graph was read from, with its full text. */
export type Source = {
  __typename?: 'Source';
  /**
   * Whose news the source relays (据民政部网站消息: 民政部's website), with the quotes that say so;
   * what the article reports, it reports on that authority. Null when it names none.
   */
  attribution?: Maybe<Attribution>;
  /** The author as credited (王勇); null when not credited. */
  author?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 date, when known. */
  date?: Maybe<Scalars['String']['output']>;
  /** How many standing entities its evidence grounds (some quote of theirs is from this source). */
  entityCount: Scalars['Int']['output'];
  /** Source id, e.g. "mca-report-2020-02-21". */
  id: Scalars['ID']['output'];
  /** Who published it; null when not recorded. */
  publisher?: Maybe<Scalars['String']['output']>;
  /**
   * How many quantities it grounds: those of the facts it grounds whose text occurs in one of its
   * quotes (a quantity read from two sources counts for both).
   */
  quantityCount: Scalars['Int']['output'];
  /** How many standing relations its evidence grounds. */
  relationCount: Scalars['Int']['output'];
  /** The full text, verbatim: every Evidence's start and end index into it. */
  text: Scalars['String']['output'];
  /** Title as published (Chinese). */
  title: Scalars['String']['output'];
  /** English rendering of the title; null when there is none. */
  titleEn?: Maybe<Scalars['String']['output']>;
  /** Where the source was published; null when not recorded. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A new source text. */
export type SourceInput = {
  /** Who wrote it. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 date of publication. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Lower-case letters, digits and hyphens, e.g. `acfic-statement-2020-03-01`. */
  id: Scalars['ID']['input'];
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The full text, which evidence quotes by offset. */
  text: Scalars['String']['input'];
  /** Title as published. */
  title: Scalars['String']['input'];
  /** English rendering of the title. */
  titleEn?: InputMaybe<Scalars['String']['input']>;
  /** Where it was published. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Something the meeting or the report says, as the article words it: an assessment of what the
 * associations did, a point the meeting made (会议指出 / 会议强调), one of its three directions,
 * a recommendation (要…), a difficulty firms face, or what the participants presented. `name` is
 * the statement's own words; `nameEn` an English summary.
 */
export type Statement = Entity & {
  __typename?: 'Statement';
  /**
   * Other names the source or common usage gives (short forms, full official names, English
   * acronyms); empty when none. Search and name filters match these too.
   */
  aliases: Array<Scalars['String']['output']>;
  /**
   * Whom or what it is about or addresses (outgoing CONCERNS): associations at large, firms, the
   * government, the risk areas, a model. By id unless sorted.
   */
  concerns: Array<Entity>;
  /** Where the source text says this: one quote per place that names the entity. */
  evidence: Array<Evidence>;
  /** The relief actions the report gives as its examples (incoming EXEMPLIFIES, 如,…). By id unless sorted. */
  examples: Array<ReliefAction>;
  /**
   * Stable id, `<kind>:<english-slug>`, unique across all kinds:
   * `"association:china-electronics-chamber-of-commerce"`. `search` finds ids by name.
   */
  id: Scalars['ID']['output'];
  /** Name as written in the source text (Chinese), e.g. 中国电子商会. */
  name: Scalars['String']['output'];
  /**
   * English rendering of the name: the official English name where known, else a faithful
   * translation; null when there is none.
   */
  nameEn?: Maybe<Scalars['String']['output']>;
  /**
   * Where nameEn comes from: OFFICIAL (the organisation's own English name), TRANSLATION (made
   * here) or DESCRIPTION (an English summary of an action or statement); null without a nameEn.
   */
  nameEnSource?: Maybe<NameEnSource>;
  /** The statement it is a part of (outgoing PART_OF): a direction for its recommendations; null at the top. */
  partOf?: Maybe<Statement>;
  /**
   * Its parts (incoming PART_OF): the recommendations of a direction, the difficulties of a
   * recommendation. By id unless sorted.
   */
  parts: Array<Statement>;
  /**
   * Numbers attached to this entity (money, counts), normalised; empty when the article gives none.
   * Relief actions carry the article's numbers: 约22亿元 is value 2200000000, unit "CNY".
   */
  quantities: Array<Quantity>;
  /**
   * Every relationship of this entity, seen from it (type, direction, the entity at the other end,
   * the quote that states it), by relationship type then id. The typed fields (actions,
   * supportedBy ...) follow the same relationships by meaning.
   */
  relations: Array<Relation>;
  /** Bodies whose website reported it (incoming REPORTED). By id unless sorted. */
  reportedBy: Array<GovernmentBody>;
  /** Who answered it (incoming RESPONDED_TO, 响应): the associations at large. By id unless sorted. */
  respondents: Array<Organization>;
  /** ASSESSMENT, OBSERVATION, DIRECTION, RECOMMENDATION, DIFFICULTY, PRESENTATION or REQUIREMENT. */
  role: StatementKind;
  /**
   * The sources its evidence cites, by id: every report that names it (an entity named in two
   * reports is one entity with evidence from both).
   */
  sources: Array<Source>;
  /**
   * Who said it (incoming STATED): the meeting, or its participants; empty for the report's own
   * words. By id unless sorted.
   */
  statedBy: Array<Entity>;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
  /** Other sources' readings of its English name, kept beside nameEn (docs/data-model.md); [] when all agree. */
  variants: Array<Variant>;
};


/**
 * Something the meeting or the report says, as the article words it: an assessment of what the
 * associations did, a point the meeting made (会议指出 / 会议强调), one of its three directions,
 * a recommendation (要…), a difficulty firms face, or what the participants presented. `name` is
 * the statement's own words; `nameEn` an English summary.
 */
export type StatementConcernsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/**
 * Something the meeting or the report says, as the article words it: an assessment of what the
 * associations did, a point the meeting made (会议指出 / 会议强调), one of its three directions,
 * a recommendation (要…), a difficulty firms face, or what the participants presented. `name` is
 * the statement's own words; `nameEn` an English summary.
 */
export type StatementExamplesArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/**
 * Something the meeting or the report says, as the article words it: an assessment of what the
 * associations did, a point the meeting made (会议指出 / 会议强调), one of its three directions,
 * a recommendation (要…), a difficulty firms face, or what the participants presented. `name` is
 * the statement's own words; `nameEn` an English summary.
 */
export type StatementPartsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<StatementWhere>;
};


/**
 * Something the meeting or the report says, as the article words it: an assessment of what the
 * associations did, a point the meeting made (会议指出 / 会议强调), one of its three directions,
 * a recommendation (要…), a difficulty firms face, or what the participants presented. `name` is
 * the statement's own words; `nameEn` an English summary.
 */
export type StatementRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * Something the meeting or the report says, as the article words it: an assessment of what the
 * associations did, a point the meeting made (会议指出 / 会议强调), one of its three directions,
 * a recommendation (要…), a difficulty firms face, or what the participants presented. `name` is
 * the statement's own words; `nameEn` an English summary.
 */
export type StatementReportedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/**
 * Something the meeting or the report says, as the article words it: an assessment of what the
 * associations did, a point the meeting made (会议指出 / 会议强调), one of its three directions,
 * a recommendation (要…), a difficulty firms face, or what the participants presented. `name` is
 * the statement's own words; `nameEn` an English summary.
 */
export type StatementRespondentsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};


/**
 * Something the meeting or the report says, as the article words it: an assessment of what the
 * associations did, a point the meeting made (会议指出 / 会议强调), one of its three directions,
 * a recommendation (要…), a difficulty firms face, or what the participants presented. `name` is
 * the statement's own words; `nameEn` an English summary.
 */
export type StatementStatedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};

/** A page of statements (Relay connection). */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** The page: each statement with its cursor. */
  edges: Array<StatementEdge>;
  /** Whether more pages follow, and the cursor to continue from. */
  pageInfo: PageInfo;
  /** How many statements match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A statement in a page, with its cursor. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Opaque cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The statement. */
  node: Statement;
};

/** What a statement does. */
export type StatementKind =
  /** The report's own appraisal or framing of the deeds (…作出了积极贡献; 疫情防控阻击战同时也是物资资源消耗战). */
  | 'ASSESSMENT'
  /** A difficulty firms face, from the meeting's list (劳工, 原料, 能源 …). */
  | 'DIFFICULTY'
  /** One of the meeting's three directions (一是在“系统化”上下功夫). */
  | 'DIRECTION'
  /** A point made as fact or principle (会议指出 / 会议强调 …). */
  | 'OBSERVATION'
  /** What the meeting's participants presented (与会代表…介绍了…). */
  | 'PRESENTATION'
  /** What the associations should do (要…): a task or recommendation. */
  | 'RECOMMENDATION'
  /** A requirement set from above that the associations answered (总书记关于…的要求). */
  | 'REQUIREMENT';

/** Filters on statements; all fields given must match. */
export type StatementWhere = {
  /** Every one of these filters matches. */
  AND?: InputMaybe<Array<StatementWhere>>;
  /** This filter does not match. */
  NOT?: InputMaybe<StatementWhere>;
  /** At least one of these filters matches (an empty list matches nothing). */
  OR?: InputMaybe<Array<StatementWhere>>;
  /** Something it concerns matches (outgoing CONCERNS). */
  concerns?: InputMaybe<EntityWhere>;
  /** Some action given as its example matches (incoming EXEMPLIFIES). */
  examples?: InputMaybe<ReliefActionWhere>;
  /** The id matches. */
  id?: InputMaybe<IdFilter>;
  /** One of its names matches. */
  name?: InputMaybe<NameFilter>;
  /** The statement it is part of matches (outgoing PART_OF). */
  partOf?: InputMaybe<StatementWhere>;
  /** Some part of it matches (incoming PART_OF). */
  parts?: InputMaybe<StatementWhere>;
  /** One of its own quantities matches. */
  quantity?: InputMaybe<QuantityFilter>;
  /** Some body whose website reported it matches (incoming REPORTED). */
  reportedBy?: InputMaybe<GovernmentBodyWhere>;
  /** Some organisation that answered it matches (incoming RESPONDED_TO). */
  respondents?: InputMaybe<OrganizationWhere>;
  /** Its kind is one of these: `[RECOMMENDATION]`. */
  role?: InputMaybe<Array<StatementKind>>;
  /**
   * Some evidence of it cites one of these sources, by id: `["mca-report-2020-02-21"]`. An unknown
   * id matches nothing, as does an empty list.
   */
  source?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Who said it matches (incoming STATED): `{ type: [MEETING] }`. */
  statedBy?: InputMaybe<EntityWhere>;
};

/** Some entities and the relationships among them, as neighborhood and shortestPath return them. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /**
   * The relationships: for neighborhood every one between two returned entities, by id; for
   * shortestPath the path's, in path order.
   */
  edges: Array<Edge>;
  /**
   * The entities: for neighborhood the start first, then by hop distance and id; for shortestPath
   * in path order, from `from` to `to`.
   */
  nodes: Array<Entity>;
};

/**
 * Live updates over WebSocket at /graphql (the graphql-ws protocol; queries and mutations go over
 * HTTP). Public, like every read.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Every revision committed from the moment of subscribing, in order, whichever API process
   * committed it (the feed follows the backend's revision log). Given `after`, first every revision
   * committed after that cursor, then the new ones, each once: a client that lost its connection
   * resubscribes with the number of the last revision it received and misses nothing.
   */
  graphChanged: Revision;
};


/**
 * Live updates over WebSocket at /graphql (the graphql-ws protocol; queries and mutations go over
 * HTTP). Public, like every read.
 */
export type SubscriptionGraphChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A span of the report's text. */
export type TextSpan = {
  __typename?: 'TextSpan';
  /** Offset after its last character. */
  end: Scalars['Int']['output'];
  /** Offset of its first character (JavaScript string index). */
  start: Scalars['Int']['output'];
};

/** How actorTotals and regionTotals rank their rows. */
export type TotalsOrder =
  /** Number of actions descending, then money descending, then id. */
  | 'ACTIONS'
  /** Money (CNY) descending, then actions descending, then id. */
  | 'MONEY';

/** Another source's reading of a single-valued field, kept beside the value the entity holds. */
export type Variant = {
  __typename?: 'Variant';
  /** The field read differently: `nameEn`. */
  field: Scalars['String']['output'];
  /** The source that reads it so: one of the entity's evidence sources. */
  source: Source;
  /** The value as that source reads it. */
  value: Scalars['String']['output'];
};

/** Another source's reading of a single-valued field of an entity. */
export type VariantInput = {
  /** The field read differently: only `nameEn` so far (anything else is BAD_USER_INPUT). */
  field: Scalars['String']['input'];
  /** The id of the source that reads it so: one of the entity's evidence sources. */
  source: Scalars['ID']['input'];
  /** The value as that source reads it: an English name, by the same rule as nameEn. */
  value: Scalars['String']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Activity: Activity;
  ActivityTotals: ResolverTypeWrapper<Omit<ActivityTotals, 'actions' | 'moneyTotal' | 'quantities'> & { actions: Array<ResolversTypes['ReliefAction']>, moneyTotal: ResolversTypes['QuantityTotal'], quantities: Array<ResolversTypes['QuantityTotal']> }>;
  ActorTotals: ResolverTypeWrapper<Omit<ActorTotals, 'actions' | 'actor' | 'moneyTotal' | 'quantities'> & { actions: Array<ResolversTypes['ReliefAction']>, actor: ResolversTypes['Organization'], moneyTotal: ResolversTypes['QuantityTotal'], quantities: Array<ResolversTypes['QuantityTotal']> }>;
  Association: ResolverTypeWrapper<EntityRecord>;
  AssociationConnection: ResolverTypeWrapper<Omit<AssociationConnection, 'edges'> & { edges: Array<ResolversTypes['AssociationEdge']> }>;
  AssociationEdge: ResolverTypeWrapper<Omit<AssociationEdge, 'node'> & { node: ResolversTypes['Association'] }>;
  AssociationScope: AssociationScope;
  AssociationWhere: AssociationWhere;
  Attribution: ResolverTypeWrapper<AttributionRecord>;
  BatchEntityInput: BatchEntityInput;
  BatchInput: BatchInput;
  BatchRelationInput: BatchRelationInput;
  BatchSourceInput: BatchSourceInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CategoryTotals: ResolverTypeWrapper<Omit<CategoryTotals, 'actions' | 'moneyTotal' | 'quantities'> & { actions: Array<ResolversTypes['ReliefAction']>, moneyTotal: ResolversTypes['QuantityTotal'], quantities: Array<ResolversTypes['QuantityTotal']> }>;
  ChangePage: ResolverTypeWrapper<Omit<ChangePage, 'revisions'> & { revisions: Array<ResolversTypes['Revision']> }>;
  CommonNeighbor: ResolverTypeWrapper<Omit<CommonNeighbor, 'node'> & { node: ResolversTypes['Entity'] }>;
  Company: ResolverTypeWrapper<EntityRecord>;
  CompanyConnection: ResolverTypeWrapper<Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversTypes['CompanyEdge']> }>;
  CompanyEdge: ResolverTypeWrapper<Omit<CompanyEdge, 'node'> & { node: ResolversTypes['Company'] }>;
  CompanyWhere: CompanyWhere;
  Connectedness: ResolverTypeWrapper<Omit<Connectedness, 'connected' | 'entity' | 'sharedActions' | 'sharedTargets'> & { connected: Array<ResolversTypes['Organization']>, entity: ResolversTypes['Organization'], sharedActions: Array<ResolversTypes['ReliefAction']>, sharedTargets: Array<ResolversTypes['Entity']> }>;
  Direction: Direction;
  Disagreement: ResolverTypeWrapper<DisagreementRecord>;
  DisagreementField: DisagreementField;
  Edge: ResolverTypeWrapper<RelationRecord>;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityInput: EntityInput;
  EntitySort: EntitySort;
  EntitySortField: EntitySortField;
  EntityType: EntityType;
  EntityWhere: EntityWhere;
  Evidence: ResolverTypeWrapper<EvidenceRecord>;
  EvidenceInput: EvidenceInput;
  Fact: ResolverTypeWrapper<FactRecord>;
  FactKind: FactKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GovernmentBody: ResolverTypeWrapper<EntityRecord>;
  GovernmentBodyConnection: ResolverTypeWrapper<Omit<GovernmentBodyConnection, 'edges'> & { edges: Array<ResolversTypes['GovernmentBodyEdge']> }>;
  GovernmentBodyEdge: ResolverTypeWrapper<Omit<GovernmentBodyEdge, 'node'> & { node: ResolversTypes['GovernmentBody'] }>;
  GovernmentBodyWhere: GovernmentBodyWhere;
  Group: ResolverTypeWrapper<EntityRecord>;
  GroupConnection: ResolverTypeWrapper<Omit<GroupConnection, 'edges'> & { edges: Array<ResolversTypes['GroupEdge']> }>;
  GroupEdge: ResolverTypeWrapper<Omit<GroupEdge, 'node'> & { node: ResolversTypes['Group'] }>;
  GroupKind: GroupKind;
  GroupWhere: GroupWhere;
  History: ResolverTypeWrapper<Omit<History, 'revisions'> & { revisions: Array<ResolversTypes['Revision']> }>;
  Hospital: ResolverTypeWrapper<EntityRecord>;
  HospitalConnection: ResolverTypeWrapper<Omit<HospitalConnection, 'edges'> & { edges: Array<ResolversTypes['HospitalEdge']> }>;
  HospitalEdge: ResolverTypeWrapper<Omit<HospitalEdge, 'node'> & { node: ResolversTypes['Hospital'] }>;
  HospitalWhere: HospitalWhere;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IdFilter: IdFilter;
  Instrument: ResolverTypeWrapper<EntityRecord>;
  InstrumentConnection: ResolverTypeWrapper<Omit<InstrumentConnection, 'edges'> & { edges: Array<ResolversTypes['InstrumentEdge']> }>;
  InstrumentEdge: ResolverTypeWrapper<Omit<InstrumentEdge, 'node'> & { node: ResolversTypes['Instrument'] }>;
  InstrumentKind: InstrumentKind;
  InstrumentWhere: InstrumentWhere;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MatchKind: MatchKind;
  Meeting: ResolverTypeWrapper<EntityRecord>;
  MeetingConnection: ResolverTypeWrapper<Omit<MeetingConnection, 'edges'> & { edges: Array<ResolversTypes['MeetingEdge']> }>;
  MeetingEdge: ResolverTypeWrapper<Omit<MeetingEdge, 'node'> & { node: ResolversTypes['Meeting'] }>;
  MeetingWhere: MeetingWhere;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameEnSource: NameEnSource;
  NameFilter: NameFilter;
  Organization: ResolverTypeWrapper<EntityRecord>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationEdge']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationWhere: OrganizationWhere;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<Omit<Path, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Edge']>, nodes: Array<ResolversTypes['Entity']> }>;
  Person: ResolverTypeWrapper<Omit<Person, 'evidence' | 'relations' | 'sources' | 'statements' | 'variants'> & { evidence: Array<ResolversTypes['Evidence']>, relations: Array<ResolversTypes['Relation']>, sources: Array<ResolversTypes['Source']>, statements: Array<ResolversTypes['Statement']>, variants: Array<ResolversTypes['Variant']> }>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonWhere: PersonWhere;
  Proposals: ResolverTypeWrapper<ProposalsRecord>;
  ProposedDeed: ResolverTypeWrapper<ProposedDeedRecord>;
  ProposedEntity: ResolverTypeWrapper<ProposedEntityRecord>;
  ProposedQuantity: ResolverTypeWrapper<ProposedQuantity>;
  Quantity: ResolverTypeWrapper<Quantity>;
  QuantityContribution: ResolverTypeWrapper<Omit<QuantityContribution, 'action'> & { action: ResolversTypes['ReliefAction'] }>;
  QuantityFilter: QuantityFilter;
  QuantityInput: QuantityInput;
  QuantityQualifier: QuantityQualifier;
  QuantityTotal: ResolverTypeWrapper<Omit<QuantityTotal, 'contributions'> & { contributions: Array<ResolversTypes['QuantityContribution']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reading: ResolverTypeWrapper<ReadingRecord>;
  Region: ResolverTypeWrapper<EntityRecord>;
  RegionBasis: RegionBasis;
  RegionConnection: ResolverTypeWrapper<Omit<RegionConnection, 'edges'> & { edges: Array<ResolversTypes['RegionEdge']> }>;
  RegionEdge: ResolverTypeWrapper<Omit<RegionEdge, 'node'> & { node: ResolversTypes['Region'] }>;
  RegionLevel: RegionLevel;
  RegionTotals: ResolverTypeWrapper<Omit<RegionTotals, 'actions' | 'moneyTotal' | 'quantities' | 'region'> & { actions: Array<ResolversTypes['ReliefAction']>, moneyTotal: ResolversTypes['QuantityTotal'], quantities: Array<ResolversTypes['QuantityTotal']>, region: ResolversTypes['Region'] }>;
  RegionWhere: RegionWhere;
  Relation: ResolverTypeWrapper<RelationHit>;
  RelationInput: RelationInput;
  ReliefAction: ResolverTypeWrapper<EntityRecord>;
  ReliefActionConnection: ResolverTypeWrapper<Omit<ReliefActionConnection, 'edges'> & { edges: Array<ResolversTypes['ReliefActionEdge']> }>;
  ReliefActionEdge: ResolverTypeWrapper<Omit<ReliefActionEdge, 'node'> & { node: ResolversTypes['ReliefAction'] }>;
  ReliefActionWhere: ReliefActionWhere;
  ReliefCategory: ReliefCategory;
  Revision: ResolverTypeWrapper<RevisionRecord>;
  RevisionAction: RevisionAction;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  SortDirection: SortDirection;
  Source: ResolverTypeWrapper<SourceRecord>;
  SourceInput: SourceInput;
  Statement: ResolverTypeWrapper<EntityRecord>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversTypes['StatementEdge']> }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementKind: StatementKind;
  StatementWhere: StatementWhere;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphRecord>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TextSpan: ResolverTypeWrapper<TextSpan>;
  TotalsOrder: TotalsOrder;
  Variant: ResolverTypeWrapper<VariantRecord>;
  VariantInput: VariantInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActivityTotals: Omit<ActivityTotals, 'actions' | 'moneyTotal' | 'quantities'> & { actions: Array<ResolversParentTypes['ReliefAction']>, moneyTotal: ResolversParentTypes['QuantityTotal'], quantities: Array<ResolversParentTypes['QuantityTotal']> };
  ActorTotals: Omit<ActorTotals, 'actions' | 'actor' | 'moneyTotal' | 'quantities'> & { actions: Array<ResolversParentTypes['ReliefAction']>, actor: ResolversParentTypes['Organization'], moneyTotal: ResolversParentTypes['QuantityTotal'], quantities: Array<ResolversParentTypes['QuantityTotal']> };
  Association: EntityRecord;
  AssociationConnection: Omit<AssociationConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssociationEdge']> };
  AssociationEdge: Omit<AssociationEdge, 'node'> & { node: ResolversParentTypes['Association'] };
  AssociationWhere: AssociationWhere;
  Attribution: AttributionRecord;
  BatchEntityInput: BatchEntityInput;
  BatchInput: BatchInput;
  BatchRelationInput: BatchRelationInput;
  BatchSourceInput: BatchSourceInput;
  Boolean: Scalars['Boolean']['output'];
  CategoryTotals: Omit<CategoryTotals, 'actions' | 'moneyTotal' | 'quantities'> & { actions: Array<ResolversParentTypes['ReliefAction']>, moneyTotal: ResolversParentTypes['QuantityTotal'], quantities: Array<ResolversParentTypes['QuantityTotal']> };
  ChangePage: Omit<ChangePage, 'revisions'> & { revisions: Array<ResolversParentTypes['Revision']> };
  CommonNeighbor: Omit<CommonNeighbor, 'node'> & { node: ResolversParentTypes['Entity'] };
  Company: EntityRecord;
  CompanyConnection: Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversParentTypes['CompanyEdge']> };
  CompanyEdge: Omit<CompanyEdge, 'node'> & { node: ResolversParentTypes['Company'] };
  CompanyWhere: CompanyWhere;
  Connectedness: Omit<Connectedness, 'connected' | 'entity' | 'sharedActions' | 'sharedTargets'> & { connected: Array<ResolversParentTypes['Organization']>, entity: ResolversParentTypes['Organization'], sharedActions: Array<ResolversParentTypes['ReliefAction']>, sharedTargets: Array<ResolversParentTypes['Entity']> };
  Disagreement: DisagreementRecord;
  Edge: RelationRecord;
  Entity: EntityRecord;
  EntityConnection: Omit<EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityInput: EntityInput;
  EntitySort: EntitySort;
  EntityWhere: EntityWhere;
  Evidence: EvidenceRecord;
  EvidenceInput: EvidenceInput;
  Fact: FactRecord;
  Float: Scalars['Float']['output'];
  GovernmentBody: EntityRecord;
  GovernmentBodyConnection: Omit<GovernmentBodyConnection, 'edges'> & { edges: Array<ResolversParentTypes['GovernmentBodyEdge']> };
  GovernmentBodyEdge: Omit<GovernmentBodyEdge, 'node'> & { node: ResolversParentTypes['GovernmentBody'] };
  GovernmentBodyWhere: GovernmentBodyWhere;
  Group: EntityRecord;
  GroupConnection: Omit<GroupConnection, 'edges'> & { edges: Array<ResolversParentTypes['GroupEdge']> };
  GroupEdge: Omit<GroupEdge, 'node'> & { node: ResolversParentTypes['Group'] };
  GroupWhere: GroupWhere;
  History: Omit<History, 'revisions'> & { revisions: Array<ResolversParentTypes['Revision']> };
  Hospital: EntityRecord;
  HospitalConnection: Omit<HospitalConnection, 'edges'> & { edges: Array<ResolversParentTypes['HospitalEdge']> };
  HospitalEdge: Omit<HospitalEdge, 'node'> & { node: ResolversParentTypes['Hospital'] };
  HospitalWhere: HospitalWhere;
  ID: Scalars['ID']['output'];
  IdFilter: IdFilter;
  Instrument: EntityRecord;
  InstrumentConnection: Omit<InstrumentConnection, 'edges'> & { edges: Array<ResolversParentTypes['InstrumentEdge']> };
  InstrumentEdge: Omit<InstrumentEdge, 'node'> & { node: ResolversParentTypes['Instrument'] };
  InstrumentWhere: InstrumentWhere;
  Int: Scalars['Int']['output'];
  Meeting: EntityRecord;
  MeetingConnection: Omit<MeetingConnection, 'edges'> & { edges: Array<ResolversParentTypes['MeetingEdge']> };
  MeetingEdge: Omit<MeetingEdge, 'node'> & { node: ResolversParentTypes['Meeting'] };
  MeetingWhere: MeetingWhere;
  Mutation: Record<PropertyKey, never>;
  NameFilter: NameFilter;
  Organization: EntityRecord;
  OrganizationConnection: Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationEdge']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationWhere: OrganizationWhere;
  PageInfo: PageInfo;
  Path: Omit<Path, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['Edge']>, nodes: Array<ResolversParentTypes['Entity']> };
  Person: Omit<Person, 'evidence' | 'relations' | 'sources' | 'statements' | 'variants'> & { evidence: Array<ResolversParentTypes['Evidence']>, relations: Array<ResolversParentTypes['Relation']>, sources: Array<ResolversParentTypes['Source']>, statements: Array<ResolversParentTypes['Statement']>, variants: Array<ResolversParentTypes['Variant']> };
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonWhere: PersonWhere;
  Proposals: ProposalsRecord;
  ProposedDeed: ProposedDeedRecord;
  ProposedEntity: ProposedEntityRecord;
  ProposedQuantity: ProposedQuantity;
  Quantity: Quantity;
  QuantityContribution: Omit<QuantityContribution, 'action'> & { action: ResolversParentTypes['ReliefAction'] };
  QuantityFilter: QuantityFilter;
  QuantityInput: QuantityInput;
  QuantityTotal: Omit<QuantityTotal, 'contributions'> & { contributions: Array<ResolversParentTypes['QuantityContribution']> };
  Query: Record<PropertyKey, never>;
  Reading: ReadingRecord;
  Region: EntityRecord;
  RegionConnection: Omit<RegionConnection, 'edges'> & { edges: Array<ResolversParentTypes['RegionEdge']> };
  RegionEdge: Omit<RegionEdge, 'node'> & { node: ResolversParentTypes['Region'] };
  RegionTotals: Omit<RegionTotals, 'actions' | 'moneyTotal' | 'quantities' | 'region'> & { actions: Array<ResolversParentTypes['ReliefAction']>, moneyTotal: ResolversParentTypes['QuantityTotal'], quantities: Array<ResolversParentTypes['QuantityTotal']>, region: ResolversParentTypes['Region'] };
  RegionWhere: RegionWhere;
  Relation: RelationHit;
  RelationInput: RelationInput;
  ReliefAction: EntityRecord;
  ReliefActionConnection: Omit<ReliefActionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReliefActionEdge']> };
  ReliefActionEdge: Omit<ReliefActionEdge, 'node'> & { node: ResolversParentTypes['ReliefAction'] };
  ReliefActionWhere: ReliefActionWhere;
  Revision: RevisionRecord;
  SearchHit: Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  Source: SourceRecord;
  SourceInput: SourceInput;
  Statement: EntityRecord;
  StatementConnection: Omit<StatementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementEdge']> };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  StatementWhere: StatementWhere;
  String: Scalars['String']['output'];
  Subgraph: SubgraphRecord;
  Subscription: Record<PropertyKey, never>;
  TextSpan: TextSpan;
  Variant: VariantRecord;
  VariantInput: VariantInput;
};

export type ActivityTotalsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActivityTotals'] = ResolversParentTypes['ActivityTotals']> = {
  actionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType>;
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  actorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  money?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  moneyTotal?: Resolver<ResolversTypes['QuantityTotal'], ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['QuantityTotal']>, ParentType, ContextType>;
};

export type ActorTotalsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorTotals'] = ResolversParentTypes['ActorTotals']> = {
  actionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  money?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  moneyTotal?: Resolver<ResolversTypes['QuantityTotal'], ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['QuantityTotal']>, ParentType, ContextType>;
};

export type AssociationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Association'] = ResolversParentTypes['Association']> = {
  actions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<AssociationActionsArgs>>;
  actionsConnection?: Resolver<ResolversTypes['ReliefActionConnection'], ParentType, ContextType, RequireFields<AssociationActionsConnectionArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  channelFor?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, Partial<AssociationChannelForArgs>>;
  collective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  commissionedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, Partial<AssociationCommissionedByArgs>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberOf?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<AssociationMemberOfArgs>>;
  members?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<AssociationMembersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnSource?: Resolver<Maybe<ResolversTypes['NameEnSource']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType, Partial<AssociationPartnersArgs>>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<AssociationRelationsArgs, 'direction' | 'first'>>;
  respondedTo?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<AssociationRespondedToArgs>>;
  scope?: Resolver<ResolversTypes['AssociationScope'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['Variant']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssociationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AssociationConnection'] = ResolversParentTypes['AssociationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AssociationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssociationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AssociationEdge'] = ResolversParentTypes['AssociationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Association'], ParentType, ContextType>;
};

export type AttributionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Attribution'] = ResolversParentTypes['Attribution']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type CategoryTotalsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CategoryTotals'] = ResolversParentTypes['CategoryTotals']> = {
  actionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType>;
  actorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ReliefCategory'], ParentType, ContextType>;
  money?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  moneyTotal?: Resolver<ResolversTypes['QuantityTotal'], ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['QuantityTotal']>, ParentType, ContextType>;
};

export type ChangePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangePage'] = ResolversParentTypes['ChangePage']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
};

export type CommonNeighborResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CommonNeighbor'] = ResolversParentTypes['CommonNeighbor']> = {
  hopsFromA?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hopsFromB?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type CompanyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  actions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<CompanyActionsArgs>>;
  actionsConnection?: Resolver<ResolversTypes['ReliefActionConnection'], ParentType, ContextType, RequireFields<CompanyActionsConnectionArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  collective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnSource?: Resolver<Maybe<ResolversTypes['NameEnSource']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Association']>, ParentType, ContextType, Partial<CompanyPartnersArgs>>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<CompanyRelationsArgs, 'direction' | 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['Variant']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompanyConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyConnection'] = ResolversParentTypes['CompanyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CompanyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CompanyEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyEdge'] = ResolversParentTypes['CompanyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
};

export type ConnectednessResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Connectedness'] = ResolversParentTypes['Connectedness']> = {
  connected?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  sharedActions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType>;
  sharedTargets?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type DisagreementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Disagreement'] = ResolversParentTypes['Disagreement']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['DisagreementField'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  readings?: Resolver<Array<ResolversTypes['Reading']>, ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Edge']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Edge'] = ResolversParentTypes['Edge']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Association' | 'Company' | 'GovernmentBody' | 'Group' | 'Hospital' | 'Instrument' | 'Meeting' | 'Person' | 'Region' | 'ReliefAction' | 'Statement', ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Fact'] = ResolversParentTypes['Fact']> = {
  edge?: Resolver<Maybe<ResolversTypes['Edge']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FactKind'], ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GovernmentBodyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GovernmentBody'] = ResolversParentTypes['GovernmentBody']> = {
  actions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<GovernmentBodyActionsArgs>>;
  actionsConnection?: Resolver<ResolversTypes['ReliefActionConnection'], ParentType, ContextType, RequireFields<GovernmentBodyActionsConnectionArgs, 'first'>>;
  adopted?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType, Partial<GovernmentBodyAdoptedArgs>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  collective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  commissioned?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<GovernmentBodyCommissionedArgs>>;
  concernedBy?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<GovernmentBodyConcernedByArgs>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiated?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<GovernmentBodyInitiatedArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnSource?: Resolver<Maybe<ResolversTypes['NameEnSource']>, ParentType, ContextType>;
  organized?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType, Partial<GovernmentBodyOrganizedArgs>>;
  parent?: Resolver<Maybe<ResolversTypes['GovernmentBody']>, ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<GovernmentBodyRelationsArgs, 'direction' | 'first'>>;
  reported?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, Partial<GovernmentBodyReportedArgs>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  supportActions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<GovernmentBodySupportActionsArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, Partial<GovernmentBodyUnitsArgs>>;
  variants?: Resolver<Array<ResolversTypes['Variant']>, ParentType, ContextType>;
  workedThrough?: Resolver<Array<ResolversTypes['Association']>, ParentType, ContextType, Partial<GovernmentBodyWorkedThroughArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GovernmentBodyConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GovernmentBodyConnection'] = ResolversParentTypes['GovernmentBodyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GovernmentBodyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GovernmentBodyEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GovernmentBodyEdge'] = ResolversParentTypes['GovernmentBodyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GovernmentBody'], ParentType, ContextType>;
};

export type GroupResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group']> = {
  actions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<GroupActionsArgs>>;
  actionsConnection?: Resolver<ResolversTypes['ReliefActionConnection'], ParentType, ContextType, RequireFields<GroupActionsConnectionArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  collective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  composition?: Resolver<ResolversTypes['GroupKind'], ParentType, ContextType>;
  concernedBy?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<GroupConcernedByArgs>>;
  dealtWithBy?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<GroupDealtWithByArgs>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instruments?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType, Partial<GroupInstrumentsArgs>>;
  memberOf?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<GroupMemberOfArgs>>;
  members?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<GroupMembersArgs>>;
  mobilizedBy?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<GroupMobilizedByArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnSource?: Resolver<Maybe<ResolversTypes['NameEnSource']>, ParentType, ContextType>;
  participatedIn?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType, Partial<GroupParticipatedInArgs>>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<GroupRelationsArgs, 'direction' | 'first'>>;
  respondedTo?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<GroupRespondedToArgs>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<GroupStatementsArgs>>;
  supportActions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<GroupSupportActionsArgs>>;
  supportedBy?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<GroupSupportedByArgs>>;
  supportedByConnection?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<GroupSupportedByConnectionArgs, 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['Variant']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GroupConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GroupConnection'] = ResolversParentTypes['GroupConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GroupEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GroupEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GroupEdge'] = ResolversParentTypes['GroupEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Group'], ParentType, ContextType>;
};

export type HistoryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['History'] = ResolversParentTypes['History']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FactKind'], ParentType, ContextType>;
  retracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HospitalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Hospital'] = ResolversParentTypes['Hospital']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  collective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnSource?: Resolver<Maybe<ResolversTypes['NameEnSource']>, ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<HospitalRelationsArgs, 'direction' | 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  supportActions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<HospitalSupportActionsArgs>>;
  supportedBy?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<HospitalSupportedByArgs>>;
  supportedByConnection?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<HospitalSupportedByConnectionArgs, 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['Variant']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HospitalConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HospitalConnection'] = ResolversParentTypes['HospitalConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HospitalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HospitalEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HospitalEdge'] = ResolversParentTypes['HospitalEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Hospital'], ParentType, ContextType>;
};

export type InstrumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = {
  adoptedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, Partial<InstrumentAdoptedByArgs>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  beneficiaries?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, Partial<InstrumentBeneficiariesArgs>>;
  collective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  commissionedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, Partial<InstrumentCommissionedByArgs>>;
  concernedBy?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<InstrumentConcernedByArgs>>;
  createdBy?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<InstrumentCreatedByArgs>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  form?: Resolver<ResolversTypes['InstrumentKind'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnSource?: Resolver<Maybe<ResolversTypes['NameEnSource']>, ParentType, ContextType>;
  producedBy?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<InstrumentProducedByArgs>>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<InstrumentRelationsArgs, 'direction' | 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['Variant']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstrumentConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InstrumentConnection'] = ResolversParentTypes['InstrumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InstrumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InstrumentEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InstrumentEdge'] = ResolversParentTypes['InstrumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnSource?: Resolver<Maybe<ResolversTypes['NameEnSource']>, ParentType, ContextType>;
  organizers?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, Partial<MeetingOrganizersArgs>>;
  participants?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<MeetingParticipantsArgs>>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<MeetingRelationsArgs, 'direction' | 'first'>>;
  reportedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, Partial<MeetingReportedByArgs>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<MeetingStatementsArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['Variant']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeetingConnection'] = ResolversParentTypes['MeetingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeetingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeetingEdge'] = ResolversParentTypes['MeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addRelation?: Resolver<ResolversTypes['Revision'], ParentType, ContextType, RequireFields<MutationAddRelationArgs, 'input'>>;
  addSource?: Resolver<ResolversTypes['Revision'], ParentType, ContextType, RequireFields<MutationAddSourceArgs, 'input'>>;
  commitBatch?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<MutationCommitBatchArgs, 'input'>>;
  retract?: Resolver<ResolversTypes['Revision'], ParentType, ContextType, RequireFields<MutationRetractArgs, 'baseVersion' | 'id' | 'reason'>>;
  upsertEntity?: Resolver<ResolversTypes['Revision'], ParentType, ContextType, RequireFields<MutationUpsertEntityArgs, 'input'>>;
};

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  __resolveType: TypeResolveFn<'Association' | 'Company' | 'GovernmentBody' | 'Group', ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnSource?: Resolver<Maybe<ResolversTypes['NameEnSource']>, ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<PersonRelationsArgs, 'direction' | 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<PersonStatementsArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['Variant']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type ProposalsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Proposals'] = ResolversParentTypes['Proposals']> = {
  deeds?: Resolver<Array<ResolversTypes['ProposedDeed']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['ProposedEntity']>, ParentType, ContextType>;
  fromHtml?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['ProposedQuantity']>, ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProposedDeedResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposedDeed'] = ResolversParentTypes['ProposedDeed']> = {
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  actors?: Resolver<Array<ResolversTypes['ProposedEntity']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  duplicateOf?: Resolver<Maybe<ResolversTypes['ReliefAction']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['ProposedQuantity']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProposedEntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposedEntity'] = ResolversParentTypes['ProposedEntity']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  existing?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['TextSpan']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProposedQuantityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposedQuantity'] = ResolversParentTypes['ProposedQuantity']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['QuantityQualifier'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QuantityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Quantity'] = ResolversParentTypes['Quantity']> = {
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['QuantityQualifier'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QuantityContributionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QuantityContribution'] = ResolversParentTypes['QuantityContribution']> = {
  action?: Resolver<ResolversTypes['ReliefAction'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
};

export type QuantityTotalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QuantityTotal'] = ResolversParentTypes['QuantityTotal']> = {
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contributions?: Resolver<Array<ResolversTypes['QuantityContribution']>, ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lowerBound?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['QuantityQualifier'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activityTotals?: Resolver<Array<ResolversTypes['ActivityTotals']>, ParentType, ContextType, Partial<QueryActivityTotalsArgs>>;
  actorTotals?: Resolver<Array<ResolversTypes['ActorTotals']>, ParentType, ContextType, RequireFields<QueryActorTotalsArgs, 'first' | 'orderBy'>>;
  associations?: Resolver<Array<ResolversTypes['Association']>, ParentType, ContextType, RequireFields<QueryAssociationsArgs, 'first'>>;
  associationsConnection?: Resolver<ResolversTypes['AssociationConnection'], ParentType, ContextType, RequireFields<QueryAssociationsConnectionArgs, 'first'>>;
  categoryTotals?: Resolver<Array<ResolversTypes['CategoryTotals']>, ParentType, ContextType, Partial<QueryCategoryTotalsArgs>>;
  changes?: Resolver<ResolversTypes['ChangePage'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  changesCursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commonNeighbors?: Resolver<Array<ResolversTypes['CommonNeighbor']>, ParentType, ContextType, RequireFields<QueryCommonNeighborsArgs, 'a' | 'b' | 'first' | 'maxHops'>>;
  companies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'first'>>;
  companiesConnection?: Resolver<ResolversTypes['CompanyConnection'], ParentType, ContextType, RequireFields<QueryCompaniesConnectionArgs, 'first'>>;
  disagreements?: Resolver<Array<ResolversTypes['Disagreement']>, ParentType, ContextType, RequireFields<QueryDisagreementsArgs, 'first'>>;
  entitiesConnection?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesConnectionArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  fact?: Resolver<Maybe<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<QueryFactArgs, 'id' | 'includeRetracted'>>;
  governmentBodies?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, RequireFields<QueryGovernmentBodiesArgs, 'first'>>;
  governmentBodiesConnection?: Resolver<ResolversTypes['GovernmentBodyConnection'], ParentType, ContextType, RequireFields<QueryGovernmentBodiesConnectionArgs, 'first'>>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType, RequireFields<QueryGroupsArgs, 'first'>>;
  groupsConnection?: Resolver<ResolversTypes['GroupConnection'], ParentType, ContextType, RequireFields<QueryGroupsConnectionArgs, 'first'>>;
  history?: Resolver<Maybe<ResolversTypes['History']>, ParentType, ContextType, RequireFields<QueryHistoryArgs, 'id'>>;
  hospitals?: Resolver<Array<ResolversTypes['Hospital']>, ParentType, ContextType, RequireFields<QueryHospitalsArgs, 'first'>>;
  hospitalsConnection?: Resolver<ResolversTypes['HospitalConnection'], ParentType, ContextType, RequireFields<QueryHospitalsConnectionArgs, 'first'>>;
  instruments?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType, RequireFields<QueryInstrumentsArgs, 'first'>>;
  instrumentsConnection?: Resolver<ResolversTypes['InstrumentConnection'], ParentType, ContextType, RequireFields<QueryInstrumentsConnectionArgs, 'first'>>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingsArgs, 'first'>>;
  meetingsConnection?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<QueryMeetingsConnectionArgs, 'first'>>;
  mostConnected?: Resolver<Array<ResolversTypes['Connectedness']>, ParentType, ContextType, RequireFields<QueryMostConnectedArgs, 'first' | 'types'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  peopleConnection?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleConnectionArgs, 'first'>>;
  proposeFacts?: Resolver<ResolversTypes['Proposals'], ParentType, ContextType, RequireFields<QueryProposeFactsArgs, 'text'>>;
  rankedSearch?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QueryRankedSearchArgs, 'first' | 'text'>>;
  regionTotals?: Resolver<Array<ResolversTypes['RegionTotals']>, ParentType, ContextType, RequireFields<QueryRegionTotalsArgs, 'basis' | 'first' | 'orderBy'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionsArgs, 'first'>>;
  regionsConnection?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, RequireFields<QueryRegionsConnectionArgs, 'first'>>;
  reliefActions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, RequireFields<QueryReliefActionsArgs, 'first'>>;
  reliefActionsConnection?: Resolver<ResolversTypes['ReliefActionConnection'], ParentType, ContextType, RequireFields<QueryReliefActionsConnectionArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'sources' | 'text'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['Subgraph']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'from' | 'maxDepth' | 'to'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first'>>;
  statementsConnection?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsConnectionArgs, 'first'>>;
};

export type ReadingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Reading'] = ResolversParentTypes['Reading']> = {
  quantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  collective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  concernedBy?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<RegionConcernedByArgs>>;
  coveredBy?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<RegionCoveredByArgs>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  located?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, Partial<RegionLocatedArgs>>;
  locatedConnection?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<RegionLocatedConnectionArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnSource?: Resolver<Maybe<ResolversTypes['NameEnSource']>, ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<RegionRelationsArgs, 'direction' | 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  supportActions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<RegionSupportActionsArgs>>;
  supportedBy?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<RegionSupportedByArgs>>;
  supportedByConnection?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<RegionSupportedByConnectionArgs, 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['Variant']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionConnection'] = ResolversParentTypes['RegionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RegionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionEdge'] = ResolversParentTypes['RegionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type RegionTotalsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionTotals'] = ResolversParentTypes['RegionTotals']> = {
  actionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType>;
  actorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  money?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  moneyTotal?: Resolver<ResolversTypes['QuantityTotal'], ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['QuantityTotal']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type RelationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReliefActionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReliefAction'] = ResolversParentTypes['ReliefAction']> = {
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  actors?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<ReliefActionActorsArgs>>;
  adoptedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, Partial<ReliefActionAdoptedByArgs>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<ReliefActionAreasArgs>>;
  basisFor?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<ReliefActionBasisForArgs>>;
  builtOn?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<ReliefActionBuiltOnArgs>>;
  category?: Resolver<ResolversTypes['ReliefCategory'], ParentType, ContextType>;
  commissionedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, Partial<ReliefActionCommissionedByArgs>>;
  dealtWith?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, Partial<ReliefActionDealtWithArgs>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  exemplifies?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<ReliefActionExemplifiesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, Partial<ReliefActionInitiatedByArgs>>;
  mobilized?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, Partial<ReliefActionMobilizedArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnSource?: Resolver<Maybe<ResolversTypes['NameEnSource']>, ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType, Partial<ReliefActionProductsArgs>>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<ReliefActionRelationsArgs, 'direction' | 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, Partial<ReliefActionTargetsArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['Variant']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReliefActionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReliefActionConnection'] = ResolversParentTypes['ReliefActionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReliefActionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReliefActionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReliefActionEdge'] = ResolversParentTypes['ReliefActionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReliefAction'], ParentType, ContextType>;
};

export type RevisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Revision'] = ResolversParentTypes['Revision']> = {
  action?: Resolver<ResolversTypes['RevisionAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FactKind'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  record?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['MatchKind'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  attribution?: Resolver<Maybe<ResolversTypes['Attribution']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  concerns?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, Partial<StatementConcernsArgs>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<StatementExamplesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnSource?: Resolver<Maybe<ResolversTypes['NameEnSource']>, ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<StatementPartsArgs>>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<StatementRelationsArgs, 'direction' | 'first'>>;
  reportedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, Partial<StatementReportedByArgs>>;
  respondents?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<StatementRespondentsArgs>>;
  role?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  statedBy?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, Partial<StatementStatedByArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['Variant']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  graphChanged?: SubscriptionResolver<ResolversTypes['Revision'], "graphChanged", ParentType, ContextType, Partial<SubscriptionGraphChangedArgs>>;
};

export type TextSpanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TextSpan'] = ResolversParentTypes['TextSpan']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VariantResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Variant'] = ResolversParentTypes['Variant']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  ActivityTotals?: ActivityTotalsResolvers<ContextType>;
  ActorTotals?: ActorTotalsResolvers<ContextType>;
  Association?: AssociationResolvers<ContextType>;
  AssociationConnection?: AssociationConnectionResolvers<ContextType>;
  AssociationEdge?: AssociationEdgeResolvers<ContextType>;
  Attribution?: AttributionResolvers<ContextType>;
  CategoryTotals?: CategoryTotalsResolvers<ContextType>;
  ChangePage?: ChangePageResolvers<ContextType>;
  CommonNeighbor?: CommonNeighborResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
  Connectedness?: ConnectednessResolvers<ContextType>;
  Disagreement?: DisagreementResolvers<ContextType>;
  Edge?: EdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Fact?: FactResolvers<ContextType>;
  GovernmentBody?: GovernmentBodyResolvers<ContextType>;
  GovernmentBodyConnection?: GovernmentBodyConnectionResolvers<ContextType>;
  GovernmentBodyEdge?: GovernmentBodyEdgeResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  GroupConnection?: GroupConnectionResolvers<ContextType>;
  GroupEdge?: GroupEdgeResolvers<ContextType>;
  History?: HistoryResolvers<ContextType>;
  Hospital?: HospitalResolvers<ContextType>;
  HospitalConnection?: HospitalConnectionResolvers<ContextType>;
  HospitalEdge?: HospitalEdgeResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  InstrumentConnection?: InstrumentConnectionResolvers<ContextType>;
  InstrumentEdge?: InstrumentEdgeResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingEdge?: MeetingEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Proposals?: ProposalsResolvers<ContextType>;
  ProposedDeed?: ProposedDeedResolvers<ContextType>;
  ProposedEntity?: ProposedEntityResolvers<ContextType>;
  ProposedQuantity?: ProposedQuantityResolvers<ContextType>;
  Quantity?: QuantityResolvers<ContextType>;
  QuantityContribution?: QuantityContributionResolvers<ContextType>;
  QuantityTotal?: QuantityTotalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reading?: ReadingResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionConnection?: RegionConnectionResolvers<ContextType>;
  RegionEdge?: RegionEdgeResolvers<ContextType>;
  RegionTotals?: RegionTotalsResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  ReliefAction?: ReliefActionResolvers<ContextType>;
  ReliefActionConnection?: ReliefActionConnectionResolvers<ContextType>;
  ReliefActionEdge?: ReliefActionEdgeResolvers<ContextType>;
  Revision?: RevisionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TextSpan?: TextSpanResolvers<ContextType>;
  Variant?: VariantResolvers<ContextType>;
};

