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

export type ActorTotals = {
  __typename?: 'ActorTotals';
  actionCount: Scalars['Int']['output'];
  actions: Array<ReliefAction>;
  actor: Organization;
  /** Sum of the CNY quantities of its actions. */
  money: Scalars['Float']['output'];
  /** Every unit and item summed separately, money included, by unit then item. */
  quantities: Array<QuantityTotal>;
};

/** An industry association, chamber of commerce or federation (协会, 商会, 联合会). */
export type Association = Entity & Organization & {
  __typename?: 'Association';
  actions: Array<ReliefAction>;
  /** The same as `actions`, a page at a time. */
  actionsConnection: ReliefActionConnection;
  aliases: Array<Scalars['String']['output']>;
  /** Government bodies that worked through this association (WORKED_THROUGH, incoming). */
  channelFor: Array<GovernmentBody>;
  collective: Scalars['Boolean']['output'];
  /** Government bodies that commissioned one of its actions (via COMMISSIONED on its actions). */
  commissionedBy: Array<GovernmentBody>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Joint actions this association led (LED). */
  led: Array<ReliefAction>;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Companies it cooperated with (PARTNERED_WITH). */
  partners: Array<Company>;
  quantities: Array<Quantity>;
  /** The region a local association belongs to (LOCATED_IN). */
  region?: Maybe<Region>;
  relations: Array<Relation>;
  scope: AssociationScope;
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

export type AssociationConnection = {
  __typename?: 'AssociationConnection';
  edges: Array<AssociationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssociationEdge = {
  __typename?: 'AssociationEdge';
  cursor: Scalars['String']['output'];
  node: Association;
};

/** National (中国…, 全国性) or local (a province's or a city's) association. */
export type AssociationScope =
  | 'LOCAL'
  | 'NATIONAL';

export type AssociationWhere = {
  AND?: InputMaybe<Array<AssociationWhere>>;
  NOT?: InputMaybe<AssociationWhere>;
  OR?: InputMaybe<Array<AssociationWhere>>;
  actions?: InputMaybe<ReliefActionWhere>;
  channelFor?: InputMaybe<GovernmentBodyWhere>;
  commissionedBy?: InputMaybe<GovernmentBodyWhere>;
  id?: InputMaybe<IdFilter>;
  led?: InputMaybe<ReliefActionWhere>;
  name?: InputMaybe<NameFilter>;
  partners?: InputMaybe<CompanyWhere>;
  quantity?: InputMaybe<QuantityFilter>;
  region?: InputMaybe<RegionWhere>;
  scope?: InputMaybe<AssociationScope>;
};

export type CategoryTotals = {
  __typename?: 'CategoryTotals';
  actionCount: Scalars['Int']['output'];
  actions: Array<ReliefAction>;
  /** Distinct organisations that performed or led an action of this category. */
  actorCount: Scalars['Int']['output'];
  category: ReliefCategory;
  money: Scalars['Float']['output'];
  quantities: Array<QuantityTotal>;
};

export type CommonNeighbor = {
  __typename?: 'CommonNeighbor';
  hopsFromA: Scalars['Int']['output'];
  hopsFromB: Scalars['Int']['output'];
  node: Entity;
};

/** A named enterprise or enterprise group. */
export type Company = Entity & Organization & {
  __typename?: 'Company';
  actions: Array<ReliefAction>;
  /** The same as `actions`, a page at a time. */
  actionsConnection: ReliefActionConnection;
  aliases: Array<Scalars['String']['output']>;
  collective: Scalars['Boolean']['output'];
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Associations that cooperated with it (PARTNERED_WITH, incoming). */
  partners: Array<Association>;
  quantities: Array<Quantity>;
  relations: Array<Relation>;
  type: EntityType;
};


/** A named enterprise or enterprise group. */
export type CompanyActionsArgs = {
  category?: InputMaybe<ReliefCategory>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A named enterprise or enterprise group. */
export type CompanyActionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A named enterprise or enterprise group. */
export type CompanyPartnersArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<AssociationWhere>;
};


/** A named enterprise or enterprise group. */
export type CompanyRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  edges: Array<CompanyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  cursor: Scalars['String']['output'];
  node: Company;
};

export type CompanyWhere = {
  AND?: InputMaybe<Array<CompanyWhere>>;
  NOT?: InputMaybe<CompanyWhere>;
  OR?: InputMaybe<Array<CompanyWhere>>;
  actions?: InputMaybe<ReliefActionWhere>;
  id?: InputMaybe<IdFilter>;
  name?: InputMaybe<NameFilter>;
  partners?: InputMaybe<AssociationWhere>;
  quantity?: InputMaybe<QuantityFilter>;
};

export type Connectedness = {
  __typename?: 'Connectedness';
  /** Those organisations, by id. */
  connected: Array<Organization>;
  /** Distinct other organisations connected through a shared action or a shared target. */
  degree: Scalars['Int']['output'];
  entity: Organization;
  /** Its actions that another organisation also performed or led. */
  sharedActions: Array<ReliefAction>;
  /** Entities its actions targeted that another organisation's actions also targeted. */
  sharedTargets: Array<Entity>;
};

export type Direction =
  | 'BOTH'
  | 'IN'
  | 'OUT';

export type Edge = {
  __typename?: 'Edge';
  evidence: Array<Evidence>;
  from: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  quantities: Array<Quantity>;
  to: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

export type Entity = {
  /** Other names the source or common usage gives (short forms, full official names). */
  aliases: Array<Scalars['String']['output']>;
  /** Where the source text says this. */
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Name as written in the source text (Chinese). */
  name: Scalars['String']['output'];
  /** English rendering of the name. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Numbers attached to this entity (money, counts), normalised. */
  quantities: Array<Quantity>;
  relations: Array<Relation>;
  type: EntityType;
};


export type EntityRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

/** One sort key; keys apply in order and every sort ends with id ascending as the tie-break. */
export type EntitySort = {
  direction?: InputMaybe<SortDirection>;
  field: EntitySortField;
};

export type EntitySortField =
  /** Relief actions' category; null for other entities. */
  | 'CATEGORY'
  | 'ID'
  /** The sum of the entity's money quantities in CNY (0 without any). */
  | 'MONEY'
  /** Chinese name, by Unicode code unit. */
  | 'NAME'
  /** English name; entities without one sort last ascending, first descending. */
  | 'NAME_EN';

export type EntityType =
  | 'ASSOCIATION'
  | 'COMPANY'
  | 'GOVERNMENT_BODY'
  | 'HOSPITAL'
  /** The 21 February 2020 symposium convened by the Ministry of Civil Affairs. */
  | 'MEETING'
  | 'REGION'
  | 'RELIEF_ACTION';

/** Fields every entity has. */
export type EntityWhere = {
  AND?: InputMaybe<Array<EntityWhere>>;
  NOT?: InputMaybe<EntityWhere>;
  OR?: InputMaybe<Array<EntityWhere>>;
  id?: InputMaybe<IdFilter>;
  name?: InputMaybe<NameFilter>;
  quantity?: InputMaybe<QuantityFilter>;
  type?: InputMaybe<Array<EntityType>>;
};

export type Evidence = {
  __typename?: 'Evidence';
  end: Scalars['Int']['output'];
  /** Verbatim substring of source.text. */
  quote: Scalars['String']['output'];
  source: Source;
  /** JavaScript string index of the quote in source.text: source.text.slice(start, end) === quote. */
  start: Scalars['Int']['output'];
};

/** A ministry, commission or bureau of the Chinese government. */
export type GovernmentBody = Entity & Organization & {
  __typename?: 'GovernmentBody';
  actions: Array<ReliefAction>;
  /** The same as `actions`, a page at a time. */
  actionsConnection: ReliefActionConnection;
  /** Relief actions whose model it adopted (ADOPTED). */
  adopted: Array<ReliefAction>;
  aliases: Array<Scalars['String']['output']>;
  collective: Scalars['Boolean']['output'];
  /** Relief actions it commissioned (COMMISSIONED). */
  commissioned: Array<ReliefAction>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Relief actions it launched through an association (INITIATED). */
  initiated: Array<ReliefAction>;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Meetings it convened (ORGANIZED). */
  organized: Array<Meeting>;
  /** The body this one belongs to (PART_OF). */
  parent?: Maybe<GovernmentBody>;
  quantities: Array<Quantity>;
  relations: Array<Relation>;
  /** Meetings and actions its website reported (REPORTED). */
  reported: Array<Entity>;
  type: EntityType;
  /** Bodies that belong to this one (PART_OF, incoming). */
  units: Array<GovernmentBody>;
  /** Associations it worked through (WORKED_THROUGH). */
  workedThrough: Array<Association>;
};


/** A ministry, commission or bureau of the Chinese government. */
export type GovernmentBodyActionsArgs = {
  category?: InputMaybe<ReliefCategory>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A ministry, commission or bureau of the Chinese government. */
export type GovernmentBodyActionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A ministry, commission or bureau of the Chinese government. */
export type GovernmentBodyAdoptedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A ministry, commission or bureau of the Chinese government. */
export type GovernmentBodyCommissionedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A ministry, commission or bureau of the Chinese government. */
export type GovernmentBodyInitiatedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A ministry, commission or bureau of the Chinese government. */
export type GovernmentBodyOrganizedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<MeetingWhere>;
};


/** A ministry, commission or bureau of the Chinese government. */
export type GovernmentBodyRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** A ministry, commission or bureau of the Chinese government. */
export type GovernmentBodyReportedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/** A ministry, commission or bureau of the Chinese government. */
export type GovernmentBodyUnitsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/** A ministry, commission or bureau of the Chinese government. */
export type GovernmentBodyWorkedThroughArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<AssociationWhere>;
};

export type GovernmentBodyConnection = {
  __typename?: 'GovernmentBodyConnection';
  edges: Array<GovernmentBodyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GovernmentBodyEdge = {
  __typename?: 'GovernmentBodyEdge';
  cursor: Scalars['String']['output'];
  node: GovernmentBody;
};

export type GovernmentBodyWhere = {
  AND?: InputMaybe<Array<GovernmentBodyWhere>>;
  NOT?: InputMaybe<GovernmentBodyWhere>;
  OR?: InputMaybe<Array<GovernmentBodyWhere>>;
  actions?: InputMaybe<ReliefActionWhere>;
  adopted?: InputMaybe<ReliefActionWhere>;
  commissioned?: InputMaybe<ReliefActionWhere>;
  id?: InputMaybe<IdFilter>;
  initiated?: InputMaybe<ReliefActionWhere>;
  name?: InputMaybe<NameFilter>;
  organized?: InputMaybe<MeetingWhere>;
  parent?: InputMaybe<GovernmentBodyWhere>;
  quantity?: InputMaybe<QuantityFilter>;
  reported?: InputMaybe<EntityWhere>;
  units?: InputMaybe<GovernmentBodyWhere>;
  workedThrough?: InputMaybe<AssociationWhere>;
};

/** A named hospital, or a named class of hospitals (方舱医院). */
export type Hospital = Entity & {
  __typename?: 'Hospital';
  aliases: Array<Scalars['String']['output']>;
  collective: Scalars['Boolean']['output'];
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  quantities: Array<Quantity>;
  region?: Maybe<Region>;
  relations: Array<Relation>;
  /** Relief actions aimed at this hospital (TARGETED, incoming). */
  supportActions: Array<ReliefAction>;
  /** Organisations that performed those actions: who supported the hospital. */
  supportedBy: Array<Organization>;
  /** The same as `supportedBy`, a page at a time. */
  supportedByConnection: OrganizationConnection;
  type: EntityType;
};


/** A named hospital, or a named class of hospitals (方舱医院). */
export type HospitalRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** A named hospital, or a named class of hospitals (方舱医院). */
export type HospitalSupportActionsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A named hospital, or a named class of hospitals (方舱医院). */
export type HospitalSupportedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};


/** A named hospital, or a named class of hospitals (方舱医院). */
export type HospitalSupportedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};

export type HospitalConnection = {
  __typename?: 'HospitalConnection';
  edges: Array<HospitalEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HospitalEdge = {
  __typename?: 'HospitalEdge';
  cursor: Scalars['String']['output'];
  node: Hospital;
};

export type HospitalWhere = {
  AND?: InputMaybe<Array<HospitalWhere>>;
  NOT?: InputMaybe<HospitalWhere>;
  OR?: InputMaybe<Array<HospitalWhere>>;
  id?: InputMaybe<IdFilter>;
  name?: InputMaybe<NameFilter>;
  quantity?: InputMaybe<QuantityFilter>;
  region?: InputMaybe<RegionWhere>;
  supportActions?: InputMaybe<ReliefActionWhere>;
  supportedBy?: InputMaybe<OrganizationWhere>;
};

/** Matches entity ids. */
export type IdFilter = {
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MatchKind =
  /** A name or alias equals the text (after normalisation). */
  | 'EXACT'
  /** A name or alias starts with the text. */
  | 'PREFIX'
  /** A name or alias contains the text. */
  | 'SUBSTRING';

/** A meeting the article reports. */
export type Meeting = Entity & {
  __typename?: 'Meeting';
  aliases: Array<Scalars['String']['output']>;
  /** ISO 8601 date. */
  date?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Bodies that convened it (ORGANIZED, incoming). */
  organizers: Array<GovernmentBody>;
  quantities: Array<Quantity>;
  relations: Array<Relation>;
  /** Bodies whose website reported it (REPORTED, incoming). */
  reportedBy: Array<GovernmentBody>;
  type: EntityType;
};


/** A meeting the article reports. */
export type MeetingOrganizersArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/** A meeting the article reports. */
export type MeetingRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** A meeting the article reports. */
export type MeetingReportedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};

export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  edges: Array<MeetingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  cursor: Scalars['String']['output'];
  node: Meeting;
};

export type MeetingWhere = {
  AND?: InputMaybe<Array<MeetingWhere>>;
  NOT?: InputMaybe<MeetingWhere>;
  OR?: InputMaybe<Array<MeetingWhere>>;
  id?: InputMaybe<IdFilter>;
  name?: InputMaybe<NameFilter>;
  organizers?: InputMaybe<GovernmentBodyWhere>;
  quantity?: InputMaybe<QuantityFilter>;
  reportedBy?: InputMaybe<GovernmentBodyWhere>;
};

/**
 * Matches the name, the English name or any alias, after Unicode NFKC normalisation and
 * lower-casing (as search does), so 火神山 and "huoshenshan" both work.
 */
export type NameFilter = {
  /** One of the names contains this text. */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** One of the names equals this text. */
  eq?: InputMaybe<Scalars['String']['input']>;
};

/** An organisation that acts: an association, a government body or a company. */
export type Organization = {
  /** Relief actions this organisation performed or led (PERFORMED, LED). */
  actions: Array<ReliefAction>;
  /** The same as `actions`, a page at a time. */
  actionsConnection: ReliefActionConnection;
  aliases: Array<Scalars['String']['output']>;
  /** True when the name denotes a group or class (多地旅游行业协会, 政府部门), not one organisation. */
  collective: Scalars['Boolean']['output'];
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  quantities: Array<Quantity>;
  relations: Array<Relation>;
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

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationWhere = {
  AND?: InputMaybe<Array<OrganizationWhere>>;
  NOT?: InputMaybe<OrganizationWhere>;
  OR?: InputMaybe<Array<OrganizationWhere>>;
  actions?: InputMaybe<ReliefActionWhere>;
  id?: InputMaybe<IdFilter>;
  name?: InputMaybe<NameFilter>;
  quantity?: InputMaybe<QuantityFilter>;
  type?: InputMaybe<Array<EntityType>>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Path = {
  __typename?: 'Path';
  /** The relationships, in path order. */
  edges: Array<Edge>;
  /** Number of relationships. */
  length: Scalars['Int']['output'];
  /** The entities from `from` to `to`. */
  nodes: Array<Entity>;
};

export type Quantity = {
  __typename?: 'Quantity';
  /** True for 约 / 近 / 上 / 超 and the like. */
  approximate: Scalars['Boolean']['output'];
  /** What is counted, when the text says (口罩, 防护服, 门店 ...). */
  item?: Maybe<Scalars['String']['output']>;
  /** The verbatim text the value was read from. */
  text: Scalars['String']['output'];
  /** CNY for money; otherwise the counting unit as written (只, 套, 吨, 家, 个 ...). */
  unit: Scalars['String']['output'];
  /** Normalised value: 约22亿元 -> 2200000000; 82.9万只 -> 829000. */
  value: Scalars['Float']['output'];
};

/** One number that went into a total, with the action it belongs to (whose evidence quotes it). */
export type QuantityContribution = {
  __typename?: 'QuantityContribution';
  action: ReliefAction;
  quantity: Quantity;
};

/** Some quantity of the entity has this unit (and item) and a value within [min, max]. */
export type QuantityFilter = {
  item?: InputMaybe<Scalars['String']['input']>;
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
  /** CNY for money; otherwise the counting unit as written (只, 套, 吨 ...). */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** The sum of the quantities with one unit and item. */
export type QuantityTotal = {
  __typename?: 'QuantityTotal';
  /** True when any value summed is approximate (约, 近, 上万 ...). */
  approximate: Scalars['Boolean']['output'];
  contributions: Array<QuantityContribution>;
  item?: Maybe<Scalars['String']['output']>;
  total: Scalars['Float']['output'];
  unit: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Totals per organisation over the relief actions it performed or led. An action performed jointly
   * counts in full for each of its actors; the contributions list shows every number summed.
   */
  actorTotals: Array<ActorTotals>;
  /** Associations, chambers of commerce and federations; by id unless sorted. */
  associations: Array<Association>;
  /** The lists above as Relay connections: a page at a time, with the total count. */
  associationsConnection: AssociationConnection;
  /** Totals per relief category, in the order of the ReliefCategory enum. */
  categoryTotals: Array<CategoryTotals>;
  /**
   * Entities within maxHops hops (ignoring direction) of both a and b, nearest first (by the sum of
   * the two distances, then id): with maxHops 2 and types [ASSOCIATION], the associations that acted
   * for or with both.
   */
  commonNeighbors: Array<CommonNeighbor>;
  companies: Array<Company>;
  companiesConnection: CompanyConnection;
  /** Any entities, filtered by the fields every entity has. */
  entitiesConnection: EntityConnection;
  entity?: Maybe<Entity>;
  governmentBodies: Array<GovernmentBody>;
  governmentBodiesConnection: GovernmentBodyConnection;
  hospitals: Array<Hospital>;
  hospitalsConnection: HospitalConnection;
  meetings: Array<Meeting>;
  meetingsConnection: MeetingConnection;
  /**
   * Organisations ranked by how many other organisations they are connected to through a shared
   * action (co-actors) or a shared target (their actions aimed at the same hospital, region or
   * enterprise). Ties by id.
   */
  mostConnected: Array<Connectedness>;
  /** The entity and everything within depth hops of it, capped at limit nodes. */
  neighborhood: Subgraph;
  /**
   * Every simple path (no entity twice) of at most maxHops relationships between two entities,
   * ignoring direction: shortest first, then by the ids of their entities and relationships.
   */
  paths: Array<Path>;
  /**
   * Search with its ranking made visible: exact name/alias matches first (score 3), then prefix
   * matches (2), then substring matches (1); ties by id. The same order as `search`.
   */
  rankedSearch: Array<SearchHit>;
  /**
   * Totals per region. TARGET counts the actions aimed at a region or at something located in it;
   * ACTOR counts the actions of organisations located in it.
   */
  regionTotals: Array<RegionTotals>;
  regions: Array<Region>;
  regionsConnection: RegionConnection;
  /** Relief actions, optionally of one category. */
  reliefActions: Array<ReliefAction>;
  reliefActionsConnection: ReliefActionConnection;
  /** Entities whose name, English name or an alias matches the text (substring match at least; Chinese text works). */
  search: Array<Entity>;
  /** A shortest undirected path between two entities, or null when none exists within maxDepth hops. */
  shortestPath?: Maybe<Subgraph>;
  sources: Array<Source>;
};


export type QueryActorTotalsArgs = {
  actions?: InputMaybe<ReliefActionWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TotalsOrder>;
  where?: InputMaybe<OrganizationWhere>;
};


export type QueryAssociationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<AssociationScope>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<AssociationWhere>;
};


export type QueryAssociationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<AssociationWhere>;
};


export type QueryCategoryTotalsArgs = {
  actions?: InputMaybe<ReliefActionWhere>;
};


export type QueryCommonNeighborsArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
};


export type QueryCompaniesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<CompanyWhere>;
};


export type QueryCompaniesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<CompanyWhere>;
};


export type QueryEntitiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGovernmentBodiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


export type QueryGovernmentBodiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


export type QueryHospitalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<HospitalWhere>;
};


export type QueryHospitalsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<HospitalWhere>;
};


export type QueryMeetingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<MeetingWhere>;
};


export type QueryMeetingsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<MeetingWhere>;
};


export type QueryMostConnectedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryRankedSearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


export type QueryRegionTotalsArgs = {
  actions?: InputMaybe<ReliefActionWhere>;
  basis?: InputMaybe<RegionBasis>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TotalsOrder>;
};


export type QueryRegionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<RegionWhere>;
};


export type QueryRegionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<RegionWhere>;
};


export type QueryReliefActionsArgs = {
  category?: InputMaybe<ReliefCategory>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


export type QueryReliefActionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


export type QueryShortestPathArgs = {
  from: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};

/** A country, province, city or area. */
export type Region = Entity & {
  __typename?: 'Region';
  aliases: Array<Scalars['String']['output']>;
  collective: Scalars['Boolean']['output'];
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  level: RegionLevel;
  /** Associations and hospitals located here (LOCATED_IN, incoming). */
  located: Array<Entity>;
  /** The same as `located`, a page at a time. */
  locatedConnection: EntityConnection;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  quantities: Array<Quantity>;
  relations: Array<Relation>;
  /** Relief actions aimed at this region (TARGETED, incoming). */
  supportActions: Array<ReliefAction>;
  /** Organisations that performed those actions. */
  supportedBy: Array<Organization>;
  /** The same as `supportedBy`, a page at a time. */
  supportedByConnection: OrganizationConnection;
  type: EntityType;
};


/** A country, province, city or area. */
export type RegionLocatedArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/** A country, province, city or area. */
export type RegionLocatedConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/** A country, province, city or area. */
export type RegionRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** A country, province, city or area. */
export type RegionSupportActionsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<ReliefActionWhere>;
};


/** A country, province, city or area. */
export type RegionSupportedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};


/** A country, province, city or area. */
export type RegionSupportedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};

export type RegionBasis =
  | 'ACTOR'
  | 'TARGET';

export type RegionConnection = {
  __typename?: 'RegionConnection';
  edges: Array<RegionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RegionEdge = {
  __typename?: 'RegionEdge';
  cursor: Scalars['String']['output'];
  node: Region;
};

export type RegionLevel =
  /** An area named by what happened there (疫区, epidemic-hit areas). */
  | 'AREA'
  | 'CITY'
  | 'COUNTRY'
  | 'PROVINCE';

export type RegionTotals = {
  __typename?: 'RegionTotals';
  actionCount: Scalars['Int']['output'];
  actions: Array<ReliefAction>;
  actorCount: Scalars['Int']['output'];
  money: Scalars['Float']['output'];
  quantities: Array<QuantityTotal>;
  region: Region;
};

export type RegionWhere = {
  AND?: InputMaybe<Array<RegionWhere>>;
  NOT?: InputMaybe<RegionWhere>;
  OR?: InputMaybe<Array<RegionWhere>>;
  id?: InputMaybe<IdFilter>;
  level?: InputMaybe<RegionLevel>;
  located?: InputMaybe<EntityWhere>;
  name?: InputMaybe<NameFilter>;
  quantity?: InputMaybe<QuantityFilter>;
  supportActions?: InputMaybe<ReliefActionWhere>;
  supportedBy?: InputMaybe<OrganizationWhere>;
};

/** One relationship seen from one of its ends. */
export type Relation = {
  __typename?: 'Relation';
  /** OUT when the entity this was reached from is the start of the relationship. */
  direction: Direction;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** The entity at the other end. */
  node: Entity;
  quantities: Array<Quantity>;
  /** UPPER_SNAKE_CASE, e.g. PERFORMED, TARGETED, COMMISSIONED, PART_OF. */
  type: Scalars['String']['output'];
};

/** One concrete action taken by one or more actors. */
export type ReliefAction = Entity & {
  __typename?: 'ReliefAction';
  /** Who performed or led it (PERFORMED, LED, incoming). */
  actors: Array<Organization>;
  /** Government bodies that adopted its model (ADOPTED, incoming). */
  adoptedBy: Array<GovernmentBody>;
  aliases: Array<Scalars['String']['output']>;
  category: ReliefCategory;
  /** Government bodies that commissioned it (COMMISSIONED, incoming). */
  commissionedBy: Array<GovernmentBody>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Government bodies that launched it through an association (INITIATED, incoming). */
  initiatedBy: Array<GovernmentBody>;
  /** The action's core phrase as written in the article. */
  name: Scalars['String']['output'];
  /** English summary of the action. */
  nameEn?: Maybe<Scalars['String']['output']>;
  quantities: Array<Quantity>;
  relations: Array<Relation>;
  /** Government bodies whose website reported it (REPORTED, incoming). */
  reportedBy: Array<GovernmentBody>;
  /** Who or what it supported or was aimed at (TARGETED). */
  targets: Array<Entity>;
  type: EntityType;
};


/** One concrete action taken by one or more actors. */
export type ReliefActionActorsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<OrganizationWhere>;
};


/** One concrete action taken by one or more actors. */
export type ReliefActionAdoptedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/** One concrete action taken by one or more actors. */
export type ReliefActionCommissionedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/** One concrete action taken by one or more actors. */
export type ReliefActionInitiatedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/** One concrete action taken by one or more actors. */
export type ReliefActionRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** One concrete action taken by one or more actors. */
export type ReliefActionReportedByArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<GovernmentBodyWhere>;
};


/** One concrete action taken by one or more actors. */
export type ReliefActionTargetsArgs = {
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};

export type ReliefActionConnection = {
  __typename?: 'ReliefActionConnection';
  edges: Array<ReliefActionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReliefActionEdge = {
  __typename?: 'ReliefActionEdge';
  cursor: Scalars['String']['output'];
  node: ReliefAction;
};

export type ReliefActionWhere = {
  AND?: InputMaybe<Array<ReliefActionWhere>>;
  NOT?: InputMaybe<ReliefActionWhere>;
  OR?: InputMaybe<Array<ReliefActionWhere>>;
  actors?: InputMaybe<OrganizationWhere>;
  adoptedBy?: InputMaybe<GovernmentBodyWhere>;
  category?: InputMaybe<Array<ReliefCategory>>;
  commissionedBy?: InputMaybe<GovernmentBodyWhere>;
  id?: InputMaybe<IdFilter>;
  initiatedBy?: InputMaybe<GovernmentBodyWhere>;
  name?: InputMaybe<NameFilter>;
  quantity?: InputMaybe<QuantityFilter>;
  reportedBy?: InputMaybe<GovernmentBodyWhere>;
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

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  match: MatchKind;
  /** The name or alias that matched best, as stored. */
  matched: Scalars['String']['output'];
  /** 3 for EXACT, 2 for PREFIX, 1 for SUBSTRING. */
  score: Scalars['Float']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type Source = {
  __typename?: 'Source';
  author?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 date, when known. */
  date?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  publisher?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** English rendering of the title. */
  titleEn?: Maybe<Scalars['String']['output']>;
};

export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<Edge>;
  nodes: Array<Entity>;
};

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

