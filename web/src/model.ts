// The explorer's data: the shapes the API returns and the page's own vocabulary (label language, layout), free of the DOM and the network.

export type LabelLanguage = 'zh' | 'en';

export type LayoutName = 'force' | 'rings';

export interface Quantity {
  value: number;
  unit: string;
  item: string | null;
  /** EXACT, ABOUT (约), NEARLY (近), AT_LEAST (上万), MORE_THAN, LESS_THAN (不到). */
  qualifier?: string;
  approximate: boolean;
  text: string;
}

export interface Evidence {
  quote: string;
  start: number;
  end: number;
  source: { id: string };
}

export interface EntitySummary {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  /** Relief actions only: the article's section, its numbers and (when the API has it) its activity. */
  category?: string;
  quantities?: Quantity[];
  activity?: string | string[] | null;
  /** The sources its evidence cites (when the API has Entity.sources). */
  sources?: { id: string }[];
}

export interface SearchHit extends EntitySummary {
  aliases: string[];
}

export interface GraphEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  quantities: Quantity[];
  evidence: Evidence[];
}

export interface Subgraph {
  nodes: EntitySummary[];
  edges: GraphEdge[];
}

export interface RelationDetail {
  id: string;
  type: string;
  direction: 'OUT' | 'IN' | 'BOTH';
  node: EntitySummary;
  quantities: Quantity[];
  evidence: Evidence[];
}

export interface EntityDetail extends EntitySummary {
  aliases: string[];
  /** OFFICIAL, TRANSLATION or DESCRIPTION: where nameEn comes from. */
  nameEnSource?: string | null;
  quantities: Quantity[];
  evidence: Evidence[];
  category?: string;
  relations: RelationDetail[];
}

export interface Source {
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  text: string;
  /** Standing facts citing it (when the API has Source.entityCount). */
  entityCount?: number;
  relationCount?: number;
}

/** One evidenced span of the article and what it is evidence for. */
export interface EvidenceSpan {
  start: number;
  end: number;
  sourceId: string;
  /** The entity or relation the span supports, as a reader would name it. */
  label: string;
  entityId: string;
  /** Every entity the fact is about: the entity, or both ends of the relationship. */
  about: string[];
}
