import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord, RelationHit, RelationRecord, Subgraph as SubgraphRecord, EvidenceRecord, SourceRecord } from '../../graph/port.js';
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

/** What one organisation did, summed over the relief actions it performed or led. */
export type ActorTotals = {
  __typename?: 'ActorTotals';
  /** How many of the counted actions it performed or led. */
  actionCount: Scalars['Int']['output'];
  /** The actions counted, by id. */
  actions: Array<ReliefAction>;
  /** The organisation. */
  actor: Organization;
  /** Sum of the CNY quantities of its actions (a joint action's in full). */
  money: Scalars['Float']['output'];
  /** Every unit and item summed separately, money included, by unit then item. */
  quantities: Array<QuantityTotal>;
};

/** An industry association, chamber of commerce or federation (协会, 商会, 联合会). */
export type Association = Entity & Organization & {
  __typename?: 'Association';
  /**
   * Relief actions this organisation performed or led: its outgoing PERFORMED and LED
   * relationships (LED first, then PERFORMED, each by id), unless sorted.
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
   * Government bodies that commissioned one of its actions: its outgoing PERFORMED / LED, then the
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
   * Joint actions this association led on behalf of others (outgoing LED): the appeal
   * 深圳市商业联合会 made with eleven other associations. By id unless sorted.
   */
  led: Array<ReliefAction>;
  /** Name as written in the source text (Chinese), e.g. 中国电子商会. */
  name: Scalars['String']['output'];
  /**
   * English rendering of the name: the official English name where known, else a faithful
   * translation; null when there is none.
   */
  nameEn?: Maybe<Scalars['String']['output']>;
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
  /** NATIONAL (中国…, 全国性) or LOCAL (a province's or a city's). */
  scope: AssociationScope;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
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
export type AssociationLedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
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
  /** Some relief action it performed or led matches (outgoing PERFORMED / LED). */
  actions?: InputMaybe<ReliefActionWhere>;
  /** Some government body that worked through it matches (incoming WORKED_THROUGH). */
  channelFor?: InputMaybe<GovernmentBodyWhere>;
  /** Some government body that commissioned one of its actions matches. */
  commissionedBy?: InputMaybe<GovernmentBodyWhere>;
  /** The id matches. */
  id?: InputMaybe<IdFilter>;
  /** Some joint action it led matches (outgoing LED). */
  led?: InputMaybe<ReliefActionWhere>;
  /** One of its names matches. */
  name?: InputMaybe<NameFilter>;
  /** Some company it cooperated with matches (outgoing PARTNERED_WITH). */
  partners?: InputMaybe<CompanyWhere>;
  /** One of its own quantities matches. */
  quantity?: InputMaybe<QuantityFilter>;
  /** Its region matches (outgoing LOCATED_IN): `{ name: { eq: "武汉" } }`. */
  region?: InputMaybe<RegionWhere>;
  /** The association has this scope. */
  scope?: InputMaybe<AssociationScope>;
};

/** What was done in one relief category, summed. */
export type CategoryTotals = {
  __typename?: 'CategoryTotals';
  /** How many counted actions have this category (0 when none). */
  actionCount: Scalars['Int']['output'];
  /** The actions counted, by id. */
  actions: Array<ReliefAction>;
  /** Distinct organisations that performed or led an action of this category. */
  actorCount: Scalars['Int']['output'];
  /** The category. */
  category: ReliefCategory;
  /** Sum of the CNY quantities of those actions. */
  money: Scalars['Float']['output'];
  /** Every unit and item summed separately, money included, by unit then item. */
  quantities: Array<QuantityTotal>;
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
   * Relief actions this organisation performed or led: its outgoing PERFORMED and LED
   * relationships (LED first, then PERFORMED, each by id), unless sorted.
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
  /** Associations that cooperated with it (incoming PARTNERED_WITH). By id unless sorted. */
  partners: Array<Association>;
  /** Numbers the article attaches to the organisation itself (its actions carry the rest). */
  quantities: Array<Quantity>;
  /**
   * Every relationship of this organisation, seen from it (type, direction, the entity at the other
   * end, the quote that states it), by relationship type then id.
   */
  relations: Array<Relation>;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
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
  /** Some relief action it performed matches (outgoing PERFORMED / LED). */
  actions?: InputMaybe<ReliefActionWhere>;
  /** The id matches. */
  id?: InputMaybe<IdFilter>;
  /** One of its names matches. */
  name?: InputMaybe<NameFilter>;
  /** Some association that cooperated with it matches (incoming PARTNERED_WITH). */
  partners?: InputMaybe<AssociationWhere>;
  /** One of its own quantities matches. */
  quantity?: InputMaybe<QuantityFilter>;
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
  /** Its actions that another organisation also performed or led, by id. */
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
  /** Id of the entity the relationship ends at. */
  to: Scalars['ID']['output'];
  /** Relationship type, as in Relation.type: PERFORMED, TARGETED, REPORTED ... */
  type: Scalars['String']['output'];
};

/**
 * Anything the article names: an association, a government body, a company, a hospital, a region,
 * a meeting or a relief action. Every entity has its names, its numbers, the quotes that mention it
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
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
};


/**
 * Anything the article names: an association, a government body, a company, a hospital, a region,
 * a meeting or a relief action. Every entity has its names, its numbers, the quotes that mention it
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
  /** A named hospital (武汉火神山医院) or a named class of hospitals (方舱医院). */
  | 'HOSPITAL'
  /** The 21 February 2020 symposium convened by the Ministry of Civil Affairs. */
  | 'MEETING'
  /** A province, a city, the whole country (全国) or an area (疫区). */
  | 'REGION'
  /** One concrete action taken by one or more actors, with its category and numbers. */
  | 'RELIEF_ACTION';

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
  /** One of its quantities matches. */
  quantity?: InputMaybe<QuantityFilter>;
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

/** A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...). */
export type GovernmentBody = Entity & Organization & {
  __typename?: 'GovernmentBody';
  /**
   * Relief actions this organisation performed or led: its outgoing PERFORMED and LED
   * relationships (LED first, then PERFORMED, each by id), unless sorted.
   */
  actions: Array<ReliefAction>;
  /** The same as `actions`, a page at a time, with the total count. */
  actionsConnection: ReliefActionConnection;
  /** Relief actions whose model it adopted (outgoing ADOPTED). By id unless sorted. */
  adopted: Array<ReliefAction>;
  /**
   * Other names the source or common usage gives (short forms, full official names, English
   * acronyms); empty when none. Search and name filters match these too.
   */
  aliases: Array<Scalars['String']['output']>;
  /** True when the name denotes a group or class (多地旅游行业协会, 政府部门), not one organisation. */
  collective: Scalars['Boolean']['output'];
  /** Relief actions it commissioned (outgoing COMMISSIONED, 委托). By id unless sorted. */
  commissioned: Array<ReliefAction>;
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
   * Meetings and relief actions its website reported (outgoing REPORTED, 据民政部网站消息). By id
   * unless sorted.
   */
  reported: Array<Entity>;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
  /** Bodies that belong to this one (incoming PART_OF). By id unless sorted. */
  units: Array<GovernmentBody>;
  /** Associations it worked through (outgoing WORKED_THROUGH). By id unless sorted. */
  workedThrough: Array<Association>;
};


/** A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...). */
export type GovernmentBodyActionsArgs = {
  category?: InputMaybe<ReliefCategory>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...). */
export type GovernmentBodyActionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...). */
export type GovernmentBodyAdoptedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...). */
export type GovernmentBodyCommissionedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...). */
export type GovernmentBodyInitiatedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...). */
export type GovernmentBodyOrganizedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<MeetingWhere>;
};


/** A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...). */
export type GovernmentBodyRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...). */
export type GovernmentBodyReportedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/** A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...). */
export type GovernmentBodyUnitsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/** A ministry, commission or bureau of the Chinese government (民政部, 商务部 ...). */
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
  /** Some relief action it performed matches (outgoing PERFORMED / LED). */
  actions?: InputMaybe<ReliefActionWhere>;
  /** Some action whose model it adopted matches (outgoing ADOPTED). */
  adopted?: InputMaybe<ReliefActionWhere>;
  /** Some action it commissioned matches (outgoing COMMISSIONED). */
  commissioned?: InputMaybe<ReliefActionWhere>;
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
  /** Some meeting or action its website reported matches (outgoing REPORTED). */
  reported?: InputMaybe<EntityWhere>;
  /** Some body that belongs to it matches (incoming PART_OF). */
  units?: InputMaybe<GovernmentBodyWhere>;
  /** Some association it worked through matches (outgoing WORKED_THROUGH). */
  workedThrough?: InputMaybe<AssociationWhere>;
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
  /** Relief actions aimed at this hospital (incoming TARGETED). By id unless sorted. */
  supportActions: Array<ReliefAction>;
  /**
   * Who supported the hospital: the organisations that performed or led an action aimed at it
   * (incoming TARGETED, then the actions' incoming PERFORMED / LED). In the order of those actions
   * unless sorted.
   */
  supportedBy: Array<Organization>;
  /** The same as `supportedBy`, a page at a time, with the total count. */
  supportedByConnection: OrganizationConnection;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
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

/** How a search text matched a name or alias (after NFKC normalisation and lower-casing). */
export type MatchKind =
  /** A name or alias equals the text (after normalisation). */
  | 'EXACT'
  /** A name or alias starts with the text. */
  | 'PREFIX'
  /** A name or alias contains the text. */
  | 'SUBSTRING';

/** A meeting the article reports: the symposium of 21 February 2020 (行业协会商会助力复工复产工作交流座谈会). */
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
   * Bodies that convened it (incoming ORGANIZED): 社会组织管理局, the Ministry of Civil Affairs'
   * bureau. By id unless sorted.
   */
  organizers: Array<GovernmentBody>;
  /** Numbers the article gives for the meeting: 三个方面, the three areas it asked associations to work on. */
  quantities: Array<Quantity>;
  /**
   * Every relationship of this entity, seen from it (type, direction, the entity at the other end,
   * the quote that states it), by relationship type then id. The typed fields (actions,
   * supportedBy ...) follow the same relationships by meaning.
   */
  relations: Array<Relation>;
  /** Bodies whose website reported it (incoming REPORTED). By id unless sorted. */
  reportedBy: Array<GovernmentBody>;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
};


/** A meeting the article reports: the symposium of 21 February 2020 (行业协会商会助力复工复产工作交流座谈会). */
export type MeetingOrganizersArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/** A meeting the article reports: the symposium of 21 February 2020 (行业协会商会助力复工复产工作交流座谈会). */
export type MeetingRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** A meeting the article reports: the symposium of 21 February 2020 (行业协会商会助力复工复产工作交流座谈会). */
export type MeetingReportedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
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
  /** One of its own quantities matches. */
  quantity?: InputMaybe<QuantityFilter>;
  /** Some body whose website reported it matches (incoming REPORTED). */
  reportedBy?: InputMaybe<GovernmentBodyWhere>;
};

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

/** An organisation that acts: an association, a government body or a company. */
export type Organization = {
  /**
   * Relief actions this organisation performed or led: its outgoing PERFORMED and LED
   * relationships (LED first, then PERFORMED, each by id), unless sorted.
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
  /** Numbers the article attaches to the organisation itself (its actions carry the rest). */
  quantities: Array<Quantity>;
  /**
   * Every relationship of this organisation, seen from it (type, direction, the entity at the other
   * end, the quote that states it), by relationship type then id.
   */
  relations: Array<Relation>;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
};


/** An organisation that acts: an association, a government body or a company. */
export type OrganizationActionsArgs = {
  category?: InputMaybe<ReliefCategory>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** An organisation that acts: an association, a government body or a company. */
export type OrganizationActionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** An organisation that acts: an association, a government body or a company. */
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
  /** Some relief action it performed or led matches (outgoing PERFORMED / LED). */
  actions?: InputMaybe<ReliefActionWhere>;
  /** The id matches. */
  id?: InputMaybe<IdFilter>;
  /** One of its names matches. */
  name?: InputMaybe<NameFilter>;
  /** One of its own quantities matches. */
  quantity?: InputMaybe<QuantityFilter>;
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

/** A number from the article, normalised: 约22亿元 is value 2200000000, unit CNY, approximate. */
export type Quantity = {
  __typename?: 'Quantity';
  /** True for 约 / 近 / 上 / 超 / 不到 and the like: the article gives the number as an estimate. */
  approximate: Scalars['Boolean']['output'];
  /** What is counted, when the text says (口罩, 防护服, 门店 ...); null otherwise. */
  item?: Maybe<Scalars['String']['output']>;
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
  /** CNY for money; otherwise the counting unit as written (只, 套, 吨 ...). */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** The sum of the quantities with one unit and item: all the 口罩 counted in 只, all the money ... */
export type QuantityTotal = {
  __typename?: 'QuantityTotal';
  /** True when any value summed is approximate (约, 近, 上万 ...). */
  approximate: Scalars['Boolean']['output'];
  /** Every number summed, with its action, by action id. */
  contributions: Array<QuantityContribution>;
  /** What is counted (口罩 ...), or null for quantities that do not say. */
  item?: Maybe<Scalars['String']['output']>;
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
   * Totals per organisation over the relief actions it performed or led. An action performed jointly
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
   * Entities of every kind a page at a time, filtered by the fields every entity has:
   * `entitiesConnection(where: { type: [HOSPITAL, REGION] })`.
   */
  entitiesConnection: EntityConnection;
  /**
   * The entity with this id, or null when there is none. Use `... on Association { ... }` (and
   * the other types) for the typed fields.
   */
  entity?: Maybe<Entity>;
  /** Government bodies (ministries, commissions, bureaus); by id unless sorted. */
  governmentBodies: Array<GovernmentBody>;
  /** The government bodies a page at a time, with the total count. */
  governmentBodiesConnection: GovernmentBodyConnection;
  /**
   * Hospitals and classes of hospitals; by id unless sorted. Who supported which:
   * `hospitals(where: { supportedBy: { name: { eq: "中国钢铁工业协会" } } })`.
   */
  hospitals: Array<Hospital>;
  /** The hospitals a page at a time, with the total count. */
  hospitalsConnection: HospitalConnection;
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
   * ignoring direction: shortest first, then by the ids of their entities and relationships. An
   * unknown id is NOT_FOUND; more than 100,000 partial paths is BAD_USER_INPUT (lower maxHops).
   */
  paths: Array<Path>;
  /**
   * Search with its ranking made visible: exact name/alias matches first (score 3), then prefix
   * matches (2), then substring matches (1); ties by id. The same order as `search`.
   */
  rankedSearch: Array<SearchHit>;
  /**
   * Totals per region. TARGET counts the actions aimed at a region or at something located in it;
   * ACTOR counts the actions of organisations located in it. Regions do not add up into larger
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
export type QueryRankedSearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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
   * Relief actions aimed at this region itself (incoming TARGETED). By id unless sorted. Actions
   * aimed at a hospital in it are the hospital's; regionTotals counts both.
   */
  supportActions: Array<ReliefAction>;
  /**
   * The organisations that performed or led an action aimed at this region (incoming TARGETED, then
   * the actions' incoming PERFORMED / LED). In the order of those actions unless sorted.
   */
  supportedBy: Array<Organization>;
  /** The same as `supportedBy`, a page at a time, with the total count. */
  supportedByConnection: OrganizationConnection;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
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
  /** Where its actors are: the regions of the organisations that performed or led it (LOCATED_IN). */
  | 'ACTOR'
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
  | 'PROVINCE';

/** What was done for (or from) one region, summed; see regionTotals' basis. */
export type RegionTotals = {
  __typename?: 'RegionTotals';
  /** How many counted actions count for this region. */
  actionCount: Scalars['Int']['output'];
  /** The actions counted, by id. */
  actions: Array<ReliefAction>;
  /** Distinct organisations that performed or led those actions. */
  actorCount: Scalars['Int']['output'];
  /** Sum of the CNY quantities of those actions. */
  money: Scalars['Float']['output'];
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
  /** Some relief action aimed at it matches (incoming TARGETED). */
  supportActions?: InputMaybe<ReliefActionWhere>;
  /** Some organisation that performed or led an action aimed at it matches. */
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
  /**
   * UPPER_SNAKE_CASE, e.g. PERFORMED, TARGETED, COMMISSIONED, PART_OF. All types: PERFORMED and
   * LED (actor → relief action), TARGETED (action → whom it supported), COMMISSIONED, INITIATED,
   * ADOPTED and REPORTED (government body → action or meeting), WORKED_THROUGH (government body →
   * association), PARTNERED_WITH (association → company), ORGANIZED (government body → meeting),
   * PART_OF (government body → government body), LOCATED_IN (association or hospital → region).
   */
  type: Scalars['String']['output'];
};

/**
 * One concrete action taken by one or more actors, with the article's numbers for it: 中国电子商会's
 * donations of 约22亿元, the steel association's building materials for 火神山医院 ...
 */
export type ReliefAction = Entity & {
  __typename?: 'ReliefAction';
  /**
   * Who performed or led it (incoming LED, then PERFORMED, each by id) unless sorted; a joint
   * action has several.
   */
  actors: Array<Organization>;
  /** Government bodies that adopted its model (incoming ADOPTED). By id unless sorted. */
  adoptedBy: Array<GovernmentBody>;
  /**
   * Other names the source or common usage gives (short forms, full official names, English
   * acronyms); empty when none. Search and name filters match these too.
   */
  aliases: Array<Scalars['String']['output']>;
  /** The article's section the action belongs to (DONATIONS, HOSPITAL_CONSTRUCTION ...). */
  category: ReliefCategory;
  /** Government bodies that commissioned it (incoming COMMISSIONED, 委托). By id unless sorted. */
  commissionedBy: Array<GovernmentBody>;
  /** Where the article describes the action. */
  evidence: Array<Evidence>;
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
  /** The action's core phrase as written in the article. */
  name: Scalars['String']['output'];
  /** English summary of the action. */
  nameEn?: Maybe<Scalars['String']['output']>;
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
  /** Government bodies whose website reported it (incoming REPORTED). By id unless sorted. */
  reportedBy: Array<GovernmentBody>;
  /**
   * Who or what it supported or was aimed at: hospitals, regions, companies, government bodies
   * (outgoing TARGETED). By id unless sorted.
   */
  targets: Array<Entity>;
  /** The kind of entity, matching its object type (ASSOCIATION for an Association ...). */
  type: EntityType;
};


/**
 * One concrete action taken by one or more actors, with the article's numbers for it: 中国电子商会's
 * donations of 约22亿元, the steel association's building materials for 火神山医院 ...
 */
export type ReliefActionActorsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};


/**
 * One concrete action taken by one or more actors, with the article's numbers for it: 中国电子商会's
 * donations of 约22亿元, the steel association's building materials for 火神山医院 ...
 */
export type ReliefActionAdoptedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/**
 * One concrete action taken by one or more actors, with the article's numbers for it: 中国电子商会's
 * donations of 约22亿元, the steel association's building materials for 火神山医院 ...
 */
export type ReliefActionCommissionedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/**
 * One concrete action taken by one or more actors, with the article's numbers for it: 中国电子商会's
 * donations of 约22亿元, the steel association's building materials for 火神山医院 ...
 */
export type ReliefActionInitiatedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/**
 * One concrete action taken by one or more actors, with the article's numbers for it: 中国电子商会's
 * donations of 约22亿元, the steel association's building materials for 火神山医院 ...
 */
export type ReliefActionRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * One concrete action taken by one or more actors, with the article's numbers for it: 中国电子商会's
 * donations of 约22亿元, the steel association's building materials for 火神山医院 ...
 */
export type ReliefActionReportedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/**
 * One concrete action taken by one or more actors, with the article's numbers for it: 中国电子商会's
 * donations of 约22亿元, the steel association's building materials for 火神山医院 ...
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
  /** Some organisation that performed or led it matches (incoming PERFORMED / LED). */
  actors?: InputMaybe<OrganizationWhere>;
  /** Some government body that adopted its model matches (incoming ADOPTED). */
  adoptedBy?: InputMaybe<GovernmentBodyWhere>;
  /** Its category is one of these: `[DONATIONS, FINANCIAL_SUPPORT]`. */
  category?: InputMaybe<Array<ReliefCategory>>;
  /** Some government body that commissioned it matches (incoming COMMISSIONED). */
  commissionedBy?: InputMaybe<GovernmentBodyWhere>;
  /** The id matches. */
  id?: InputMaybe<IdFilter>;
  /** Some government body that launched it matches (incoming INITIATED). */
  initiatedBy?: InputMaybe<GovernmentBodyWhere>;
  /** One of its names matches (the Chinese phrase or the English summary). */
  name?: InputMaybe<NameFilter>;
  /** One of its quantities matches: `{ unit: "CNY", min: 1e9 }`. */
  quantity?: InputMaybe<QuantityFilter>;
  /** Some government body whose website reported it matches (incoming REPORTED). */
  reportedBy?: InputMaybe<GovernmentBodyWhere>;
  /** Something it was aimed at matches (outgoing TARGETED): `{ type: [HOSPITAL] }`. */
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
  /** The author as credited (王勇); null when not credited. */
  author?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 date, when known. */
  date?: Maybe<Scalars['String']['output']>;
  /** Source id, e.g. "mca-report-2020-02-21". */
  id: Scalars['ID']['output'];
  /** Who published it; null when not recorded. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** The full text, verbatim: every Evidence's start and end index into it. */
  text: Scalars['String']['output'];
  /** Title as published (Chinese). */
  title: Scalars['String']['output'];
  /** English rendering of the title; null when there is none. */
  titleEn?: Maybe<Scalars['String']['output']>;
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

/** How actorTotals and regionTotals rank their rows. */
export type TotalsOrder =
  /** Number of actions descending, then money descending, then id. */
  | 'ACTIONS'
  /** Money (CNY) descending, then actions descending, then id. */
  | 'MONEY';



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
  ActorTotals: ResolverTypeWrapper<Omit<ActorTotals, 'actions' | 'actor' | 'quantities'> & { actions: Array<ResolversTypes['ReliefAction']>, actor: ResolversTypes['Organization'], quantities: Array<ResolversTypes['QuantityTotal']> }>;
  Association: ResolverTypeWrapper<EntityRecord>;
  AssociationConnection: ResolverTypeWrapper<Omit<AssociationConnection, 'edges'> & { edges: Array<ResolversTypes['AssociationEdge']> }>;
  AssociationEdge: ResolverTypeWrapper<Omit<AssociationEdge, 'node'> & { node: ResolversTypes['Association'] }>;
  AssociationScope: AssociationScope;
  AssociationWhere: AssociationWhere;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CategoryTotals: ResolverTypeWrapper<Omit<CategoryTotals, 'actions' | 'quantities'> & { actions: Array<ResolversTypes['ReliefAction']>, quantities: Array<ResolversTypes['QuantityTotal']> }>;
  CommonNeighbor: ResolverTypeWrapper<Omit<CommonNeighbor, 'node'> & { node: ResolversTypes['Entity'] }>;
  Company: ResolverTypeWrapper<EntityRecord>;
  CompanyConnection: ResolverTypeWrapper<Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversTypes['CompanyEdge']> }>;
  CompanyEdge: ResolverTypeWrapper<Omit<CompanyEdge, 'node'> & { node: ResolversTypes['Company'] }>;
  CompanyWhere: CompanyWhere;
  Connectedness: ResolverTypeWrapper<Omit<Connectedness, 'connected' | 'entity' | 'sharedActions' | 'sharedTargets'> & { connected: Array<ResolversTypes['Organization']>, entity: ResolversTypes['Organization'], sharedActions: Array<ResolversTypes['ReliefAction']>, sharedTargets: Array<ResolversTypes['Entity']> }>;
  Direction: Direction;
  Edge: ResolverTypeWrapper<RelationRecord>;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntitySort: EntitySort;
  EntitySortField: EntitySortField;
  EntityType: EntityType;
  EntityWhere: EntityWhere;
  Evidence: ResolverTypeWrapper<EvidenceRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GovernmentBody: ResolverTypeWrapper<EntityRecord>;
  GovernmentBodyConnection: ResolverTypeWrapper<Omit<GovernmentBodyConnection, 'edges'> & { edges: Array<ResolversTypes['GovernmentBodyEdge']> }>;
  GovernmentBodyEdge: ResolverTypeWrapper<Omit<GovernmentBodyEdge, 'node'> & { node: ResolversTypes['GovernmentBody'] }>;
  GovernmentBodyWhere: GovernmentBodyWhere;
  Hospital: ResolverTypeWrapper<EntityRecord>;
  HospitalConnection: ResolverTypeWrapper<Omit<HospitalConnection, 'edges'> & { edges: Array<ResolversTypes['HospitalEdge']> }>;
  HospitalEdge: ResolverTypeWrapper<Omit<HospitalEdge, 'node'> & { node: ResolversTypes['Hospital'] }>;
  HospitalWhere: HospitalWhere;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IdFilter: IdFilter;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MatchKind: MatchKind;
  Meeting: ResolverTypeWrapper<EntityRecord>;
  MeetingConnection: ResolverTypeWrapper<Omit<MeetingConnection, 'edges'> & { edges: Array<ResolversTypes['MeetingEdge']> }>;
  MeetingEdge: ResolverTypeWrapper<Omit<MeetingEdge, 'node'> & { node: ResolversTypes['Meeting'] }>;
  MeetingWhere: MeetingWhere;
  NameFilter: NameFilter;
  Organization: ResolverTypeWrapper<EntityRecord>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationEdge']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationWhere: OrganizationWhere;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<Omit<Path, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Edge']>, nodes: Array<ResolversTypes['Entity']> }>;
  Quantity: ResolverTypeWrapper<Quantity>;
  QuantityContribution: ResolverTypeWrapper<Omit<QuantityContribution, 'action'> & { action: ResolversTypes['ReliefAction'] }>;
  QuantityFilter: QuantityFilter;
  QuantityTotal: ResolverTypeWrapper<Omit<QuantityTotal, 'contributions'> & { contributions: Array<ResolversTypes['QuantityContribution']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<EntityRecord>;
  RegionBasis: RegionBasis;
  RegionConnection: ResolverTypeWrapper<Omit<RegionConnection, 'edges'> & { edges: Array<ResolversTypes['RegionEdge']> }>;
  RegionEdge: ResolverTypeWrapper<Omit<RegionEdge, 'node'> & { node: ResolversTypes['Region'] }>;
  RegionLevel: RegionLevel;
  RegionTotals: ResolverTypeWrapper<Omit<RegionTotals, 'actions' | 'quantities' | 'region'> & { actions: Array<ResolversTypes['ReliefAction']>, quantities: Array<ResolversTypes['QuantityTotal']>, region: ResolversTypes['Region'] }>;
  RegionWhere: RegionWhere;
  Relation: ResolverTypeWrapper<RelationHit>;
  ReliefAction: ResolverTypeWrapper<EntityRecord>;
  ReliefActionConnection: ResolverTypeWrapper<Omit<ReliefActionConnection, 'edges'> & { edges: Array<ResolversTypes['ReliefActionEdge']> }>;
  ReliefActionEdge: ResolverTypeWrapper<Omit<ReliefActionEdge, 'node'> & { node: ResolversTypes['ReliefAction'] }>;
  ReliefActionWhere: ReliefActionWhere;
  ReliefCategory: ReliefCategory;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  SortDirection: SortDirection;
  Source: ResolverTypeWrapper<SourceRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphRecord>;
  TotalsOrder: TotalsOrder;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActorTotals: Omit<ActorTotals, 'actions' | 'actor' | 'quantities'> & { actions: Array<ResolversParentTypes['ReliefAction']>, actor: ResolversParentTypes['Organization'], quantities: Array<ResolversParentTypes['QuantityTotal']> };
  Association: EntityRecord;
  AssociationConnection: Omit<AssociationConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssociationEdge']> };
  AssociationEdge: Omit<AssociationEdge, 'node'> & { node: ResolversParentTypes['Association'] };
  AssociationWhere: AssociationWhere;
  Boolean: Scalars['Boolean']['output'];
  CategoryTotals: Omit<CategoryTotals, 'actions' | 'quantities'> & { actions: Array<ResolversParentTypes['ReliefAction']>, quantities: Array<ResolversParentTypes['QuantityTotal']> };
  CommonNeighbor: Omit<CommonNeighbor, 'node'> & { node: ResolversParentTypes['Entity'] };
  Company: EntityRecord;
  CompanyConnection: Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversParentTypes['CompanyEdge']> };
  CompanyEdge: Omit<CompanyEdge, 'node'> & { node: ResolversParentTypes['Company'] };
  CompanyWhere: CompanyWhere;
  Connectedness: Omit<Connectedness, 'connected' | 'entity' | 'sharedActions' | 'sharedTargets'> & { connected: Array<ResolversParentTypes['Organization']>, entity: ResolversParentTypes['Organization'], sharedActions: Array<ResolversParentTypes['ReliefAction']>, sharedTargets: Array<ResolversParentTypes['Entity']> };
  Edge: RelationRecord;
  Entity: EntityRecord;
  EntityConnection: Omit<EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntitySort: EntitySort;
  EntityWhere: EntityWhere;
  Evidence: EvidenceRecord;
  Float: Scalars['Float']['output'];
  GovernmentBody: EntityRecord;
  GovernmentBodyConnection: Omit<GovernmentBodyConnection, 'edges'> & { edges: Array<ResolversParentTypes['GovernmentBodyEdge']> };
  GovernmentBodyEdge: Omit<GovernmentBodyEdge, 'node'> & { node: ResolversParentTypes['GovernmentBody'] };
  GovernmentBodyWhere: GovernmentBodyWhere;
  Hospital: EntityRecord;
  HospitalConnection: Omit<HospitalConnection, 'edges'> & { edges: Array<ResolversParentTypes['HospitalEdge']> };
  HospitalEdge: Omit<HospitalEdge, 'node'> & { node: ResolversParentTypes['Hospital'] };
  HospitalWhere: HospitalWhere;
  ID: Scalars['ID']['output'];
  IdFilter: IdFilter;
  Int: Scalars['Int']['output'];
  Meeting: EntityRecord;
  MeetingConnection: Omit<MeetingConnection, 'edges'> & { edges: Array<ResolversParentTypes['MeetingEdge']> };
  MeetingEdge: Omit<MeetingEdge, 'node'> & { node: ResolversParentTypes['Meeting'] };
  MeetingWhere: MeetingWhere;
  NameFilter: NameFilter;
  Organization: EntityRecord;
  OrganizationConnection: Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationEdge']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationWhere: OrganizationWhere;
  PageInfo: PageInfo;
  Path: Omit<Path, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['Edge']>, nodes: Array<ResolversParentTypes['Entity']> };
  Quantity: Quantity;
  QuantityContribution: Omit<QuantityContribution, 'action'> & { action: ResolversParentTypes['ReliefAction'] };
  QuantityFilter: QuantityFilter;
  QuantityTotal: Omit<QuantityTotal, 'contributions'> & { contributions: Array<ResolversParentTypes['QuantityContribution']> };
  Query: Record<PropertyKey, never>;
  Region: EntityRecord;
  RegionConnection: Omit<RegionConnection, 'edges'> & { edges: Array<ResolversParentTypes['RegionEdge']> };
  RegionEdge: Omit<RegionEdge, 'node'> & { node: ResolversParentTypes['Region'] };
  RegionTotals: Omit<RegionTotals, 'actions' | 'quantities' | 'region'> & { actions: Array<ResolversParentTypes['ReliefAction']>, quantities: Array<ResolversParentTypes['QuantityTotal']>, region: ResolversParentTypes['Region'] };
  RegionWhere: RegionWhere;
  Relation: RelationHit;
  ReliefAction: EntityRecord;
  ReliefActionConnection: Omit<ReliefActionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReliefActionEdge']> };
  ReliefActionEdge: Omit<ReliefActionEdge, 'node'> & { node: ResolversParentTypes['ReliefAction'] };
  ReliefActionWhere: ReliefActionWhere;
  SearchHit: Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  Source: SourceRecord;
  String: Scalars['String']['output'];
  Subgraph: SubgraphRecord;
};

export type ActorTotalsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorTotals'] = ResolversParentTypes['ActorTotals']> = {
  actionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  money?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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
  led?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<AssociationLedArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType, Partial<AssociationPartnersArgs>>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<AssociationRelationsArgs, 'direction' | 'first'>>;
  scope?: Resolver<ResolversTypes['AssociationScope'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
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

export type CategoryTotalsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CategoryTotals'] = ResolversParentTypes['CategoryTotals']> = {
  actionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType>;
  actorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ReliefCategory'], ParentType, ContextType>;
  money?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['QuantityTotal']>, ParentType, ContextType>;
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
  partners?: Resolver<Array<ResolversTypes['Association']>, ParentType, ContextType, Partial<CompanyPartnersArgs>>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<CompanyRelationsArgs, 'direction' | 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
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

export type EdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Edge'] = ResolversParentTypes['Edge']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Association' | 'Company' | 'GovernmentBody' | 'Hospital' | 'Meeting' | 'Region' | 'ReliefAction', ParentType, ContextType>;
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

export type GovernmentBodyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GovernmentBody'] = ResolversParentTypes['GovernmentBody']> = {
  actions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<GovernmentBodyActionsArgs>>;
  actionsConnection?: Resolver<ResolversTypes['ReliefActionConnection'], ParentType, ContextType, RequireFields<GovernmentBodyActionsConnectionArgs, 'first'>>;
  adopted?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<GovernmentBodyAdoptedArgs>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  collective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  commissioned?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<GovernmentBodyCommissionedArgs>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiated?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<GovernmentBodyInitiatedArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organized?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType, Partial<GovernmentBodyOrganizedArgs>>;
  parent?: Resolver<Maybe<ResolversTypes['GovernmentBody']>, ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<GovernmentBodyRelationsArgs, 'direction' | 'first'>>;
  reported?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, Partial<GovernmentBodyReportedArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, Partial<GovernmentBodyUnitsArgs>>;
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

export type HospitalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Hospital'] = ResolversParentTypes['Hospital']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  collective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<HospitalRelationsArgs, 'direction' | 'first'>>;
  supportActions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<HospitalSupportActionsArgs>>;
  supportedBy?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<HospitalSupportedByArgs>>;
  supportedByConnection?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<HospitalSupportedByConnectionArgs, 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
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

export type MeetingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizers?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, Partial<MeetingOrganizersArgs>>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<MeetingRelationsArgs, 'direction' | 'first'>>;
  reportedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, Partial<MeetingReportedByArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
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

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  __resolveType: TypeResolveFn<'Association' | 'Company' | 'GovernmentBody', ParentType, ContextType>;
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

export type QuantityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Quantity'] = ResolversParentTypes['Quantity']> = {
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actorTotals?: Resolver<Array<ResolversTypes['ActorTotals']>, ParentType, ContextType, RequireFields<QueryActorTotalsArgs, 'first' | 'orderBy'>>;
  associations?: Resolver<Array<ResolversTypes['Association']>, ParentType, ContextType, RequireFields<QueryAssociationsArgs, 'first'>>;
  associationsConnection?: Resolver<ResolversTypes['AssociationConnection'], ParentType, ContextType, RequireFields<QueryAssociationsConnectionArgs, 'first'>>;
  categoryTotals?: Resolver<Array<ResolversTypes['CategoryTotals']>, ParentType, ContextType, Partial<QueryCategoryTotalsArgs>>;
  commonNeighbors?: Resolver<Array<ResolversTypes['CommonNeighbor']>, ParentType, ContextType, RequireFields<QueryCommonNeighborsArgs, 'a' | 'b' | 'first' | 'maxHops'>>;
  companies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'first'>>;
  companiesConnection?: Resolver<ResolversTypes['CompanyConnection'], ParentType, ContextType, RequireFields<QueryCompaniesConnectionArgs, 'first'>>;
  entitiesConnection?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesConnectionArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  governmentBodies?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, RequireFields<QueryGovernmentBodiesArgs, 'first'>>;
  governmentBodiesConnection?: Resolver<ResolversTypes['GovernmentBodyConnection'], ParentType, ContextType, RequireFields<QueryGovernmentBodiesConnectionArgs, 'first'>>;
  hospitals?: Resolver<Array<ResolversTypes['Hospital']>, ParentType, ContextType, RequireFields<QueryHospitalsArgs, 'first'>>;
  hospitalsConnection?: Resolver<ResolversTypes['HospitalConnection'], ParentType, ContextType, RequireFields<QueryHospitalsConnectionArgs, 'first'>>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingsArgs, 'first'>>;
  meetingsConnection?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<QueryMeetingsConnectionArgs, 'first'>>;
  mostConnected?: Resolver<Array<ResolversTypes['Connectedness']>, ParentType, ContextType, RequireFields<QueryMostConnectedArgs, 'first' | 'types'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  rankedSearch?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QueryRankedSearchArgs, 'first' | 'text'>>;
  regionTotals?: Resolver<Array<ResolversTypes['RegionTotals']>, ParentType, ContextType, RequireFields<QueryRegionTotalsArgs, 'basis' | 'first' | 'orderBy'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionsArgs, 'first'>>;
  regionsConnection?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, RequireFields<QueryRegionsConnectionArgs, 'first'>>;
  reliefActions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, RequireFields<QueryReliefActionsArgs, 'first'>>;
  reliefActionsConnection?: Resolver<ResolversTypes['ReliefActionConnection'], ParentType, ContextType, RequireFields<QueryReliefActionsConnectionArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['Subgraph']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'from' | 'maxDepth' | 'to'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type RegionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  collective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  located?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, Partial<RegionLocatedArgs>>;
  locatedConnection?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<RegionLocatedConnectionArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<RegionRelationsArgs, 'direction' | 'first'>>;
  supportActions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<RegionSupportActionsArgs>>;
  supportedBy?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<RegionSupportedByArgs>>;
  supportedByConnection?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<RegionSupportedByConnectionArgs, 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
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
  quantities?: Resolver<Array<ResolversTypes['QuantityTotal']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type RelationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReliefActionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReliefAction'] = ResolversParentTypes['ReliefAction']> = {
  actors?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<ReliefActionActorsArgs>>;
  adoptedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, Partial<ReliefActionAdoptedByArgs>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ReliefCategory'], ParentType, ContextType>;
  commissionedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, Partial<ReliefActionCommissionedByArgs>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, Partial<ReliefActionInitiatedByArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<ReliefActionRelationsArgs, 'direction' | 'first'>>;
  reportedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, Partial<ReliefActionReportedByArgs>>;
  targets?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, Partial<ReliefActionTargetsArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
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

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['MatchKind'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  ActorTotals?: ActorTotalsResolvers<ContextType>;
  Association?: AssociationResolvers<ContextType>;
  AssociationConnection?: AssociationConnectionResolvers<ContextType>;
  AssociationEdge?: AssociationEdgeResolvers<ContextType>;
  CategoryTotals?: CategoryTotalsResolvers<ContextType>;
  CommonNeighbor?: CommonNeighborResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
  Connectedness?: ConnectednessResolvers<ContextType>;
  Edge?: EdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  GovernmentBody?: GovernmentBodyResolvers<ContextType>;
  GovernmentBodyConnection?: GovernmentBodyConnectionResolvers<ContextType>;
  GovernmentBodyEdge?: GovernmentBodyEdgeResolvers<ContextType>;
  Hospital?: HospitalResolvers<ContextType>;
  HospitalConnection?: HospitalConnectionResolvers<ContextType>;
  HospitalEdge?: HospitalEdgeResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingEdge?: MeetingEdgeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Quantity?: QuantityResolvers<ContextType>;
  QuantityContribution?: QuantityContributionResolvers<ContextType>;
  QuantityTotal?: QuantityTotalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionConnection?: RegionConnectionResolvers<ContextType>;
  RegionEdge?: RegionEdgeResolvers<ContextType>;
  RegionTotals?: RegionTotalsResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  ReliefAction?: ReliefActionResolvers<ContextType>;
  ReliefActionConnection?: ReliefActionConnectionResolvers<ContextType>;
  ReliefActionEdge?: ReliefActionEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
};

