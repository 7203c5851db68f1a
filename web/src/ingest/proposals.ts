// What proposeFacts answers (schema/ingest.graphql), as the review page reads it.

export interface TextSpan {
  start: number;
  end: number;
}

export interface ProposedEntity {
  key: string;
  kind: string;
  name: string;
  mentions: TextSpan[];
  rule: string;
  confidence: number;
  existing: { id: string; name: string; nameEn: string } | null;
}

export interface ProposedQuantity {
  text: string;
  start: number;
  end: number;
  value: number;
  unit: string;
  qualifier: string;
  item: string | null;
}

export interface ProposedDeed {
  quote: string;
  start: number;
  end: number;
  activity: string;
  actors: { key: string }[];
  quantities: ProposedQuantity[];
  rule: string;
  confidence: number;
  duplicateOf: { id: string; name: string } | null;
}

export interface Proposals {
  text: string;
  sha256: string;
  fromHtml: boolean;
  entities: ProposedEntity[];
  quantities: ProposedQuantity[];
  deeds: ProposedDeed[];
}
