import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord, RelationHit, RelationRecord, Subgraph as SubgraphRecord, EvidenceRecord, SourceRecord } from '../../graph/port.js';
import type { RequestContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** An industry association, chamber of commerce or federation (协会, 商会, 联合会). */
export type Association = Entity & Organization & {
  __typename?: 'Association';
  actions: Array<ReliefAction>;
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
};


/** An industry association, chamber of commerce or federation (协会, 商会, 联合会). */
export type AssociationRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** National (中国…, 全国性) or local (a province's or a city's) association. */
export type AssociationScope =
  | 'LOCAL'
  | 'NATIONAL';

/** A named enterprise or enterprise group. */
export type Company = Entity & Organization & {
  __typename?: 'Company';
  actions: Array<ReliefAction>;
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
};


/** A named enterprise or enterprise group. */
export type CompanyRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
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

export type EntityType =
  | 'ASSOCIATION'
  | 'COMPANY'
  | 'GOVERNMENT_BODY'
  | 'HOSPITAL'
  /** The 21 February 2020 symposium convened by the Ministry of Civil Affairs. */
  | 'MEETING'
  | 'REGION'
  | 'RELIEF_ACTION';

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
};


/** A ministry, commission or bureau of the Chinese government. */
export type GovernmentBodyRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
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
  type: EntityType;
};


/** A named hospital, or a named class of hospitals (方舱医院). */
export type HospitalRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

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
export type MeetingRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An organisation that acts: an association, a government body or a company. */
export type Organization = {
  /** Relief actions this organisation performed or led (PERFORMED, LED). */
  actions: Array<ReliefAction>;
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
};


/** An organisation that acts: an association, a government body or a company. */
export type OrganizationRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
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

export type Query = {
  __typename?: 'Query';
  /** Associations, chambers of commerce and federations, by id. */
  associations: Array<Association>;
  companies: Array<Company>;
  entity?: Maybe<Entity>;
  governmentBodies: Array<GovernmentBody>;
  hospitals: Array<Hospital>;
  meetings: Array<Meeting>;
  /** The entity and everything within depth hops of it, capped at limit nodes. */
  neighborhood: Subgraph;
  regions: Array<Region>;
  /** Relief actions, optionally of one category. */
  reliefActions: Array<ReliefAction>;
  /** Entities whose name, English name or an alias matches the text (substring match at least; Chinese text works). */
  search: Array<Entity>;
  /** A shortest undirected path between two entities, or null when none exists within maxDepth hops. */
  shortestPath?: Maybe<Subgraph>;
  sources: Array<Source>;
};


export type QueryAssociationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<AssociationScope>;
};


export type QueryCompaniesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGovernmentBodiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHospitalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMeetingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReliefActionsArgs = {
  category?: InputMaybe<ReliefCategory>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  quantities: Array<Quantity>;
  relations: Array<Relation>;
  /** Relief actions aimed at this region (TARGETED, incoming). */
  supportActions: Array<ReliefAction>;
  /** Organisations that performed those actions. */
  supportedBy: Array<Organization>;
  type: EntityType;
};


/** A country, province, city or area. */
export type RegionRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type RegionLevel =
  /** An area named by what happened there (疫区, epidemic-hit areas). */
  | 'AREA'
  | 'CITY'
  | 'COUNTRY'
  | 'PROVINCE';

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
export type ReliefActionRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
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
  Association: ResolverTypeWrapper<EntityRecord>;
  AssociationScope: AssociationScope;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Company: ResolverTypeWrapper<EntityRecord>;
  Direction: Direction;
  Edge: ResolverTypeWrapper<RelationRecord>;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityType: EntityType;
  Evidence: ResolverTypeWrapper<EvidenceRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GovernmentBody: ResolverTypeWrapper<EntityRecord>;
  Hospital: ResolverTypeWrapper<EntityRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Meeting: ResolverTypeWrapper<EntityRecord>;
  Organization: ResolverTypeWrapper<EntityRecord>;
  Quantity: ResolverTypeWrapper<Quantity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<EntityRecord>;
  RegionLevel: RegionLevel;
  Relation: ResolverTypeWrapper<RelationHit>;
  ReliefAction: ResolverTypeWrapper<EntityRecord>;
  ReliefCategory: ReliefCategory;
  Source: ResolverTypeWrapper<SourceRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Association: EntityRecord;
  Boolean: Scalars['Boolean']['output'];
  Company: EntityRecord;
  Edge: RelationRecord;
  Entity: EntityRecord;
  Evidence: EvidenceRecord;
  Float: Scalars['Float']['output'];
  GovernmentBody: EntityRecord;
  Hospital: EntityRecord;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Meeting: EntityRecord;
  Organization: EntityRecord;
  Quantity: Quantity;
  Query: Record<PropertyKey, never>;
  Region: EntityRecord;
  Relation: RelationHit;
  ReliefAction: EntityRecord;
  Source: SourceRecord;
  String: Scalars['String']['output'];
  Subgraph: SubgraphRecord;
};

export type AssociationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Association'] = ResolversParentTypes['Association']> = {
  actions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<AssociationActionsArgs>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  channelFor?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType>;
  collective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  commissionedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  led?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<AssociationRelationsArgs, 'direction' | 'first'>>;
  scope?: Resolver<ResolversTypes['AssociationScope'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompanyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  actions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<CompanyActionsArgs>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  collective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Association']>, ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<CompanyRelationsArgs, 'direction' | 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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

export type EvidenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GovernmentBodyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GovernmentBody'] = ResolversParentTypes['GovernmentBody']> = {
  actions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, Partial<GovernmentBodyActionsArgs>>;
  adopted?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  collective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  commissioned?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiated?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organized?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['GovernmentBody']>, ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<GovernmentBodyRelationsArgs, 'direction' | 'first'>>;
  reported?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType>;
  workedThrough?: Resolver<Array<ResolversTypes['Association']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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
  supportActions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizers?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<MeetingRelationsArgs, 'direction' | 'first'>>;
  reportedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  __resolveType: TypeResolveFn<'Association' | 'Company' | 'GovernmentBody', ParentType, ContextType>;
};

export type QuantityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Quantity'] = ResolversParentTypes['Quantity']> = {
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  associations?: Resolver<Array<ResolversTypes['Association']>, ParentType, ContextType, RequireFields<QueryAssociationsArgs, 'first'>>;
  companies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  governmentBodies?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType, RequireFields<QueryGovernmentBodiesArgs, 'first'>>;
  hospitals?: Resolver<Array<ResolversTypes['Hospital']>, ParentType, ContextType, RequireFields<QueryHospitalsArgs, 'first'>>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingsArgs, 'first'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionsArgs, 'first'>>;
  reliefActions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType, RequireFields<QueryReliefActionsArgs, 'first'>>;
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
  located?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<RegionRelationsArgs, 'direction' | 'first'>>;
  supportActions?: Resolver<Array<ResolversTypes['ReliefAction']>, ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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
  actors?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  adoptedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ReliefCategory'], ParentType, ContextType>;
  commissionedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<ReliefActionRelationsArgs, 'direction' | 'first'>>;
  reportedBy?: Resolver<Array<ResolversTypes['GovernmentBody']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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
  Association?: AssociationResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  Edge?: EdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  GovernmentBody?: GovernmentBodyResolvers<ContextType>;
  Hospital?: HospitalResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  Quantity?: QuantityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  ReliefAction?: ReliefActionResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
};

