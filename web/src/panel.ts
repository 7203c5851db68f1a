// The side panel's content: an entity, a relationship or a path, each with its numbers and evidence.
import type {
  EntityDetail,
  EntitySummary,
  Evidence,
  GraphEdge,
  Quantity,
  Source,
  Subgraph,
} from './api.js';
import { escapeHtml } from './dom.js';
import { typeIcon, typeStyle } from './entityTypes.js';
import { quantityEn, quantityZh, sentenceAround } from './format.js';

export interface PanelContext {
  sources: ReadonlyMap<string, Source>;
  names: (id: string) => EntitySummary | undefined;
}

function quantitiesHtml(quantities: Quantity[]): string {
  if (quantities.length === 0) return '';
  const items = quantities
    .map(
      (q) =>
        `<li><span lang="zh">${escapeHtml(quantityZh(q))}</span> / <span>${escapeHtml(quantityEn(q))}</span>
        <span class="muted" title="As written in the article">(“<span lang="zh">${escapeHtml(q.text)}</span>”)</span></li>`,
    )
    .join('');
  return `<h3>Quantities</h3><ul class="quantities">${items}</ul>`;
}

export function articleHref(evidence: Evidence): string {
  return `#article=${encodeURIComponent(evidence.source.id)}&at=${evidence.start}-${evidence.end}`;
}

function evidenceHtml(evidence: Evidence[], context: PanelContext, heading = 'Evidence'): string {
  if (evidence.length === 0) return '';
  const items = evidence
    .map((e) => {
      const source = context.sources.get(e.source.id);
      const sentence = source
        ? sentenceAround(source.text, e.start, e.end)
        : { before: '', quote: e.quote, after: '' };
      return `<li class="evidence">
        <blockquote lang="zh">${escapeHtml(sentence.before)}<mark>${escapeHtml(sentence.quote)}</mark>${escapeHtml(sentence.after)}</blockquote>
        <a class="evidence-link" href="${articleHref(e)}">Show in the article</a></li>`;
    })
    .join('');
  return `<h3>${heading}</h3><ul class="evidence-list">${items}</ul>`;
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

function namesHtml(
  node: EntitySummary & { aliases?: string[]; nameEnSource?: string | null },
): string {
  const style = typeStyle(node.type);
  const aliases = node.aliases?.length
    ? `<p><span class="muted">Also:</span> <span lang="zh">${node.aliases.map(escapeHtml).join(' · ')}</span></p>`
    : '';
  return `<p class="type-badge" style="--type-color:${style.color}">${typeIcon(node.type)} ${escapeHtml(style.label)} <span lang="zh">${escapeHtml(style.labelZh)}</span></p>
    <h2 lang="zh">${escapeHtml(node.name)}</h2>
    ${node.nameEn ? `<p class="name-en">${escapeHtml(node.nameEn)}${nameEnSourceHtml(node.nameEnSource)}</p>` : ''}
    ${aliases}`;
}

function nameEnSourceHtml(source: string | null | undefined): string {
  const label = source ? nameEnSources[source] : undefined;
  return label ? ` <span class="muted name-en-source">(${label})</span>` : '';
}

export function entityHtml(
  entity: EntityDetail,
  context: PanelContext,
  path: { from?: string; to?: string },
): string {
  const category = entity.category
    ? `<p><span class="muted">Category:</span> ${escapeHtml(entity.category)}${
        entity.activity
          ? ` · <span class="muted">Activity:</span> ${escapeHtml(entity.activity)}`
          : ''
      }</p>`
    : '';
  const relations = entity.relations
    .map((relation) => {
      const arrow = relation.direction === 'IN' ? '←' : '→';
      const quotes = relation.evidence.length
        ? `<details><summary>Why (${relation.evidence.length} ${relation.evidence.length === 1 ? 'quote' : 'quotes'})</summary>
            ${evidenceHtml(relation.evidence, context, 'Evidence for this relationship')}
            ${quantitiesHtml(relation.quantities)}</details>`
        : '';
      return `<li class="relation"><span class="relation-type">${arrow} ${escapeHtml(relation.type)}</span> ${entityButton(relation.node)}${quotes}</li>`;
    })
    .join('');
  const isFrom = path.from === entity.id;
  const isTo = path.to === entity.id;
  return `${namesHtml(entity)}${category}
    <div class="actions">
      <button type="button" data-action="expand" data-id="${escapeHtml(entity.id)}" title="Draw its neighbours (E)">Expand</button>
      <button type="button" data-action="collapse" data-id="${escapeHtml(entity.id)}" title="Remove neighbours that hang only on it (C)">Collapse</button>
      <button type="button" data-action="centre" data-id="${escapeHtml(entity.id)}">Centre</button>
      <button type="button" data-action="path-from" data-id="${escapeHtml(entity.id)}" aria-pressed="${isFrom}">Path from here</button>
      <button type="button" data-action="path-to" data-id="${escapeHtml(entity.id)}" aria-pressed="${isTo}">Path to here</button>
    </div>
    ${quantitiesHtml(entity.quantities)}
    ${evidenceHtml(entity.evidence, context)}
    <h3>Relationships (${entity.relations.length})</h3>
    <ul class="relations">${relations || '<li class="muted">None.</li>'}</ul>`;
}

export function relationHtml(edge: GraphEdge, context: PanelContext): string {
  const from = context.names(edge.from);
  const to = context.names(edge.to);
  const end = (node: EntitySummary | undefined, id: string) =>
    node ? entityButton(node) : escapeHtml(id);
  return `<p class="type-badge">Relationship</p>
    <h2>${escapeHtml(edge.type)}</h2>
    <p class="relation-ends">${end(from, edge.from)} <span aria-hidden="true">→</span><span class="visually-hidden">to</span> ${end(to, edge.to)}</p>
    ${quantitiesHtml(edge.quantities)}
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
