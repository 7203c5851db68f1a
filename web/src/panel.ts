// The side panel's content: an entity, a relationship or a path, each with its numbers and evidence.
import type {
  EntityDetail,
  EntitySummary,
  Evidence,
  GraphEdge,
  Quantity,
  Source,
  Subgraph,
} from './model.js';
import { escapeHtml } from './dom.js';
import { typeIcon, typeStyle } from './entityTypes.js';
import { quantityEn, quantityZh, sentenceRange } from './format.js';
import { objectTypeOf, type SchemaDocs } from './schemaDocs.js';

export interface PanelContext {
  sources: ReadonlyMap<string, Source>;
  names: (id: string) => EntitySummary | undefined;
  docs: SchemaDocs;
  /** A relief category's name in the reader's language. */
  category: (category: string) => string;
}

/** A field name with the schema's description as its tooltip (dotted underline), or plain. */
export function described(label: string, description: string | undefined): string {
  return description
    ? `<span class="described" title="${escapeHtml(description)}">${label}</span>`
    : label;
}

/** The schema's words for a relation type: the typed fields whose description names it. */
export function relationDescription(docs: SchemaDocs, type: string): string | undefined {
  const fields = docs.mentions(type);
  return fields.length ? fields.slice(0, 3).join('\n') : undefined;
}

function quantitiesHtml(quantities: Quantity[], docs?: SchemaDocs): string {
  if (quantities.length === 0) return '';
  const items = quantities
    .map(
      (q) =>
        `<li><span lang="zh">${escapeHtml(quantityZh(q))}</span> / <span>${escapeHtml(quantityEn(q))}</span>
        <span class="muted" title="As written in the article">(“<span lang="zh">${escapeHtml(q.text)}</span>”)</span></li>`,
    )
    .join('');
  return `<h3>${described('Quantities', docs?.field('Entity', 'quantities'))}</h3><ul class="quantities">${items}</ul>`;
}

export function articleHref(evidence: Evidence): string {
  return `#article=${encodeURIComponent(evidence.source.id)}&at=${evidence.start}-${evidence.end}`;
}

/**
 * Each quote inside its sentence, once: the same span cited twice is shown once, and quotes from
 * one sentence share it (each marked), so no sentence is repeated.
 */
function evidenceHtml(evidence: Evidence[], context: PanelContext, heading = 'Evidence'): string {
  if (evidence.length === 0) return '';
  const sentences = new Map<
    string,
    { source?: Source; from: number; to: number; quotes: Evidence[] }
  >();
  const seen = new Set<string>();
  for (const e of evidence) {
    const spanKey = `${e.source.id}|${e.start}|${e.end}`;
    if (seen.has(spanKey)) continue;
    seen.add(spanKey);
    const source = context.sources.get(e.source.id);
    const range = source
      ? sentenceRange(source.text, e.start, e.end)
      : { from: e.start, to: e.end };
    const key = source ? `${e.source.id}|${range.from}|${range.to}` : spanKey;
    const sentence = sentences.get(key) ?? { source, ...range, quotes: [] };
    sentence.quotes.push(e);
    sentences.set(key, sentence);
  }
  const items = [...sentences.values()]
    .map(({ source, from, to, quotes }) => {
      const first = quotes[0]!;
      const text = source
        ? markQuotes(source.text, from, to, quotes)
        : `<mark>${escapeHtml(first.quote)}</mark>`;
      return `<li class="evidence">
        <blockquote lang="zh">${text}</blockquote>
        <a class="evidence-link" href="${articleHref(first)}">Show in the article</a></li>`;
    })
    .join('');
  return `<h3>${described(heading, context.docs.field('Entity', 'evidence'))}</h3><ul class="evidence-list">${items}</ul>`;
}

/** The sentence text[from, to) with each quote marked (overlapping quotes merged into one mark). */
function markQuotes(text: string, from: number, to: number, quotes: Evidence[]): string {
  const spans = quotes
    .map((q) => ({ start: Math.max(q.start, from), end: Math.min(q.end, to) }))
    .sort((a, b) => a.start - b.start);
  let html = '';
  let at = from;
  for (const span of spans) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, span.end))}</mark>`;
    at = span.end;
  }
  return html + escapeHtml(text.slice(at, to));
}

function entityButton(node: EntitySummary): string {
  const en = node.nameEn ? ` <span class="en">${escapeHtml(node.nameEn)}</span>` : '';
  return `<button type="button" class="entity-link" data-action="goto" data-id="${escapeHtml(node.id)}">${typeIcon(node.type)}<span lang="zh">${escapeHtml(node.name)}</span>${en}</button>`;
}

const nameEnSources: Record<string, string> = {
  OFFICIAL: 'official English name',
  TRANSLATION: 'translation',
  DESCRIPTION: 'description',
};

/** Whether the English name is the organisation's own or made here (nameEnSource). */
function nameEnSourceHtml(source: string | null | undefined): string {
  const label = source ? nameEnSources[source] : undefined;
  return label ? ` <span class="muted name-en-source">(${label})</span>` : '';
}

function namesHtml(
  node: EntitySummary & { aliases?: string[]; nameEnSource?: string | null },
  docs: SchemaDocs,
): string {
  const style = typeStyle(node.type);
  const typeName = objectTypeOf(node.type);
  const aliases = node.aliases?.length
    ? `<p><span class="muted">${described('Also:', docs.field(typeName, 'aliases') ?? docs.field('Entity', 'aliases'))}</span> <span lang="zh">${node.aliases.map(escapeHtml).join(' · ')}</span></p>`
    : '';
  const typeDescription = docs.type(typeName) ?? docs.enumValue('EntityType', node.type);
  const nameDescription = docs.field(typeName, 'name') ?? docs.field('Entity', 'name');
  const enDescription = docs.field(typeName, 'nameEn') ?? docs.field('Entity', 'nameEn');
  return `<p class="type-badge" style="--type-color:${style.color}">${typeIcon(node.type)} ${described(`${escapeHtml(style.label)} <span lang="zh">${escapeHtml(style.labelZh)}</span>`, typeDescription)}</p>
    <h2 lang="zh" title="${escapeHtml(nameDescription ?? '')}">${escapeHtml(node.name)}</h2>
    ${node.nameEn ? `<p class="name-en" title="${escapeHtml(enDescription ?? '')}">${escapeHtml(node.nameEn)}${nameEnSourceHtml(node.nameEnSource)}</p>` : ''}
    ${aliases}`;
}

export function entityHtml(
  entity: EntityDetail,
  context: PanelContext,
  path: { from?: string; to?: string },
): string {
  const docs = context.docs;
  const category = entity.category
    ? `<p><span class="muted">${described('Category:', docs.field('ReliefAction', 'category') ?? docs.type('ReliefCategory'))}</span> ${described(escapeHtml(context.category(entity.category)), docs.enumValue('ReliefCategory', entity.category))}</p>`
    : '';
  const relations = entity.relations
    .map((relation) => {
      const arrow = relation.direction === 'IN' ? '←' : '→';
      const quotes = relation.evidence.length
        ? `<details><summary>Why (${relation.evidence.length} ${relation.evidence.length === 1 ? 'quote' : 'quotes'})</summary>
            ${evidenceHtml(relation.evidence, context, 'Evidence for this relationship')}
            ${quantitiesHtml(relation.quantities, docs)}</details>`
        : '';
      const type = described(escapeHtml(relation.type), relationDescription(docs, relation.type));
      return `<li class="relation"><span class="relation-type">${arrow} ${type}</span> ${entityButton(relation.node)}${quotes}</li>`;
    })
    .join('');
  const isFrom = path.from === entity.id;
  const isTo = path.to === entity.id;
  return `${namesHtml(entity, docs)}${category}
    <div class="actions">
      <button type="button" data-action="expand" data-id="${escapeHtml(entity.id)}" title="Draw its neighbours (E)">Expand</button>
      <button type="button" data-action="collapse" data-id="${escapeHtml(entity.id)}" title="Remove neighbours that hang only on it (C)">Collapse</button>
      <button type="button" data-action="centre" data-id="${escapeHtml(entity.id)}">Centre</button>
      <button type="button" data-action="path-from" data-id="${escapeHtml(entity.id)}" aria-pressed="${isFrom}">Path from here</button>
      <button type="button" data-action="path-to" data-id="${escapeHtml(entity.id)}" aria-pressed="${isTo}">Path to here</button>
    </div>
    ${quantitiesHtml(entity.quantities, docs)}
    ${evidenceHtml(entity.evidence, context)}
    <h3>${described('Relationships', docs.field('Entity', 'relations'))} (${entity.relations.length})</h3>
    <ul class="relations">${relations || '<li class="muted">None.</li>'}</ul>`;
}

export function relationHtml(edge: GraphEdge, context: PanelContext): string {
  const from = context.names(edge.from);
  const to = context.names(edge.to);
  const end = (node: EntitySummary | undefined, id: string) =>
    node ? entityButton(node) : escapeHtml(id);
  return `<p class="type-badge">${described('Relationship', context.docs.type('Relation'))}</p>
    <h2>${described(escapeHtml(edge.type), relationDescription(context.docs, edge.type))}</h2>
    <p class="relation-ends">${end(from, edge.from)} <span aria-hidden="true">→</span><span class="visually-hidden">to</span> ${end(to, edge.to)}</p>
    ${quantitiesHtml(edge.quantities, context.docs)}
    ${evidenceHtml(edge.evidence, context) || '<p class="muted">No quote recorded for this relationship.</p>'}`;
}

export function pathHtml(path: Subgraph): string {
  const steps = path.nodes
    .map((node, index) => {
      const edge = path.edges[index];
      const link = edge
        ? `<li class="path-edge"><span class="relation-type">${edge.from === node.id ? '↓' : '↑'} ${escapeHtml(edge.type)}</span>
            ${edge.evidence[0] ? `<blockquote lang="zh">${escapeHtml(edge.evidence[0].quote)}</blockquote>` : ''}</li>`
        : '';
      return `<li>${entityButton(node)}</li>${link}`;
    })
    .join('');
  const hops = path.edges.length;
  return `<p class="type-badge">Shortest path</p>
    <h2>${hops} ${hops === 1 ? 'hop' : 'hops'}</h2>
    <ul class="path-steps">${steps}</ul>
`;
}

/** One folded edge of the actors → targets view: who, whom, and every action behind it with its quotes. */
export function foldedHtml(
  edge: { source: string; target: string; actions: string[] },
  context: PanelContext,
  actions: { action: EntitySummary; evidence: Evidence[] }[],
): string {
  const from = context.names(edge.source);
  const to = context.names(edge.target);
  const end = (node: EntitySummary | undefined, id: string) =>
    node ? entityButton(node) : escapeHtml(id);
  const items = actions
    .map(({ action, evidence }) => {
      const category = action.category
        ? `<span class="relation-type">${described(escapeHtml(context.category(action.category)), context.docs.enumValue('ReliefCategory', action.category))}</span>`
        : '';
      return `<li class="relation">${category} ${entityButton(action)}
        ${quantitiesHtml(action.quantities ?? [], context.docs)}
        ${evidenceHtml(evidence, context, 'Quotes')}</li>`;
    })
    .join('');
  return `<p class="type-badge">Actor → target</p>
    <p class="relation-ends">${end(from, edge.source)} <span aria-hidden="true">→</span><span class="visually-hidden">supported</span> ${end(to, edge.target)}</p>
    <h3>${described(`Relief actions (${actions.length})`, context.docs.type('ReliefAction'))}</h3>
    <ul class="relations">${items}</ul>`;
}

/** A group of relief actions of one category: the actions it stands for, and the way back. */
export function groupHtml(
  category: string,
  actions: EntitySummary[],
  context: PanelContext,
): string {
  const items = actions
    .map(
      (action) =>
        `<li class="relation">${entityButton(action)}${quantitiesHtml(action.quantities ?? [], context.docs)}</li>`,
    )
    .join('');
  return `<p class="type-badge">${described('Relief actions, grouped', context.docs.type('ReliefAction'))}</p>
    <h2>${described(escapeHtml(context.category(category)), context.docs.enumValue('ReliefCategory', category))}</h2>
    <div class="actions"><button type="button" data-action="ungroup" data-id="${escapeHtml(category)}">Ungroup</button></div>
    <h3>${actions.length} actions</h3>
    <ul class="relations">${items}</ul>`;
}
