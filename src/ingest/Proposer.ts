// Proposes the facts of a new report for a curator to review: its text read (reportText), entities, quantities and deeds found by patterns (findEntities, findQuantities, findDeeds), then resolved against the graph through the port (a name already there links to its entity; a deed already there says so). Nothing is written.
import { createHash } from 'node:crypto';
import type { EntityRecord } from '../model/records.js';
import type { GraphBackend } from '../graph/port.js';
import { normalizeSearchText, normalizedNames } from '../graph/ordering.js';
import { findDeeds, type DeedMention } from './findDeeds.js';
import { findEntityMentions, type EntityMention } from './findEntities.js';
import { findQuantities, type QuantityMention } from './findQuantities.js';
import type { NamedKind } from './namingPatterns.js';
import { reportText, UnreadableReportError } from './reportText.js';
import { tokenize } from './segmenter.js';

export interface ReportInput {
  text: string;
  title?: string | null;
  publisher?: string | null;
  published?: string | null;
  url?: string | null;
}

export interface ProposedEntityRecord {
  /** `<kind>:<name>`: one proposal per name of a kind, however often the report names it. */
  key: string;
  kind: NamedKind;
  name: string;
  mentions: { start: number; end: number }[];
  rule: string;
  confidence: number;
  /** The entity of the graph with this name or alias, when there is one. */
  existing: EntityRecord | null;
}

export interface ProposedDeedRecord extends Omit<DeedMention, 'actors'> {
  actors: ProposedEntityRecord[];
  /** A relief action of the graph by one of the same actors, of the same kind and numbers. */
  duplicateOf: EntityRecord | null;
}

export interface ProposalsRecord {
  text: string;
  sha256: string;
  fromHtml: boolean;
  title: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  entities: ProposedEntityRecord[];
  quantities: QuantityMention[];
  deeds: ProposedDeedRecord[];
}

/** A report whose text the graph already holds as a source (found by the text's SHA-256). */
export class AlreadyIngestedError extends Error {
  override name = 'AlreadyIngestedError';

  constructor(readonly sourceId: string) {
    super(`this report's text is already the source ${sourceId}`);
  }
}

export { UnreadableReportError };

/** Names looked up in the graph per query (each name is one condition of an `or`). */
const namesPerLookup = 40;

/** The patterns' proposals for a text, before anything is looked up: what `npm run ingest` and the scores use. */
export function readReport(text: string): {
  mentions: EntityMention[];
  quantities: QuantityMention[];
  deeds: DeedMention[];
} {
  const tokens = tokenize(text);
  const mentions = findEntityMentions(text, tokens);
  const quantities = findQuantities(text, tokens);
  return { mentions, quantities, deeds: findDeeds(text, mentions, quantities) };
}

function grouped(mentions: readonly EntityMention[]): ProposedEntityRecord[] {
  const byKey = new Map<string, ProposedEntityRecord>();
  for (const m of mentions) {
    const key = `${m.kind}:${m.name}`;
    const known = byKey.get(key);
    if (known) {
      known.mentions.push({ start: m.start, end: m.end });
      known.confidence = Math.max(known.confidence, m.confidence);
    } else {
      byKey.set(key, {
        key,
        kind: m.kind,
        name: m.name,
        mentions: [{ start: m.start, end: m.end }],
        rule: m.rule,
        confidence: m.confidence,
        existing: null,
      });
    }
  }
  return [...byKey.values()];
}

export class Proposer {
  constructor(
    private readonly backend: GraphBackend,
    private readonly maxTextLength: number,
  ) {}

  async propose(input: ReportInput): Promise<ProposalsRecord> {
    const report = reportText(input.text, this.maxTextLength);
    const sources = await this.backend.sources();
    const same = sources.find(
      (s) => createHash('sha256').update(s.text).digest('hex') === report.sha256,
    );
    if (same) throw new AlreadyIngestedError(same.id);
    const { mentions, quantities, deeds } = readReport(report.text);
    const entities = grouped(mentions);
    await this.resolve(entities);
    const byKey = new Map(entities.map((e) => [e.key, e]));
    const proposedDeeds = await this.withDuplicates(
      deeds.map((deed) => ({
        ...deed,
        actors: deed.actors.map((a) => byKey.get(`${a.kind}:${a.name}`)!),
        duplicateOf: null,
      })),
    );
    return {
      text: report.text,
      sha256: report.sha256,
      fromHtml: report.fromHtml,
      title: input.title ?? null,
      publisher: input.publisher ?? null,
      published: input.published ?? null,
      url: input.url ?? null,
      entities,
      quantities,
      deeds: proposedDeeds,
    };
  }

  /** Links each proposal to the entity of the graph with its name or alias (normalised as search is). */
  private async resolve(entities: ProposedEntityRecord[]): Promise<void> {
    const names = [...new Set(entities.map((e) => e.name))];
    const known = new Map<string, EntityRecord>();
    for (let i = 0; i < names.length; i += namesPerLookup) {
      const chunk = names.slice(i, i + namesPerLookup);
      const { items } = await this.backend.findEntities({
        types: null,
        filter: {
          kind: 'or',
          filters: chunk.map((value) => ({ kind: 'names' as const, op: 'equals' as const, value })),
        },
        sort: [{ field: 'id', direction: 'ASC' }],
        offset: 0,
        first: chunk.length * 4,
      });
      for (const entity of items) {
        for (const name of normalizedNames(entity)) if (!known.has(name)) known.set(name, entity);
      }
    }
    for (const entity of entities) {
      entity.existing = known.get(normalizeSearchText(entity.name)) ?? null;
    }
  }

  /** Marks a deed the graph already holds: an action by a shared actor, of the same kind, with the same numbers. */
  private async withDuplicates(deeds: ProposedDeedRecord[]): Promise<ProposedDeedRecord[]> {
    const actorIds = [
      ...new Set(
        deeds.flatMap((d) => d.actors.flatMap((a) => (a.existing ? [a.existing.id] : []))),
      ),
    ];
    if (actorIds.length === 0) return deeds;
    const hits = await this.backend.relationsOf(actorIds, {
      direction: 'OUT',
      types: ['PERFORMED'],
      nodeTypes: ['RELIEF_ACTION'],
      first: 1000,
    });
    const actionsOf = new Map(actorIds.map((id, i) => [id, hits[i]!.map((hit) => hit.node)]));
    for (const deed of deeds) {
      const candidates = deed.actors.flatMap((a) =>
        a.existing ? actionsOf.get(a.existing.id)! : [],
      );
      deed.duplicateOf =
        candidates.find(
          (action) =>
            action.activity === deed.activity &&
            action.quantities.length === deed.quantities.length &&
            action.quantities.every((q) =>
              deed.quantities.some((p) => p.value === q.value && p.unit === q.unit),
            ),
        ) ?? null;
    }
    return deeds;
  }
}
