// The legend and filters: entity types, relationship types and the relief actions' categories, money and activity, with the schema's descriptions as tooltips.
import { amountStopLabel, type ActionFilter } from './actionFilter.js';
import { byId, escapeHtml } from './dom.js';
import { entityTypes, typeIcon } from './entityTypes.js';
import type { LabelLanguage } from './labels.js';
import type { Source } from './model.js';
import { relationDescription } from './panel.js';
import { objectTypeOf, type SchemaDocs } from './schemaDocs.js';

export interface FiltersModel {
  hiddenTypes: ReadonlySet<string>;
  hiddenRelations: ReadonlySet<string>;
  fold: boolean;
  actionFilter: ActionFilter;
  language: LabelLanguage;
  docs: SchemaDocs;
  /** Relation types drawn now. */
  relationTypes: string[];
  /** Categories of the relief actions drawn now, with how many of each. */
  categories: Map<string, number>;
  /** Activities of the relief actions drawn now; null when the API has no activity field. */
  activities: Map<string, number> | null;
  categoryName(category: string): string;
  orphans: number;
  /** The graph's sources, with how many drawn entities cite each; null when the API cannot say. */
  sources: { source: Source; colour: string; drawn: number }[] | null;
  hiddenSources: ReadonlySet<string>;
  colourBySource: boolean;
}

function titleAttr(description: string | undefined): string {
  return description ? ` title="${escapeHtml(description)}"` : '';
}

export function renderFilters(model: FiltersModel): void {
  const { docs } = model;
  byId('types-legend').title = docs.field('Entity', 'type') ?? docs.type('EntityType') ?? '';
  byId('type-filters').innerHTML = entityTypes
    .map((type) => {
      const description =
        docs.type(objectTypeOf(type.type)) ?? docs.enumValue('EntityType', type.type);
      const isAction = type.type === 'RELIEF_ACTION';
      const checked = isAction ? !model.fold : !model.hiddenTypes.has(type.type);
      return `<label class="filter"${titleAttr(description)}><input type="checkbox" data-filter="type" value="${type.type}" ${checked ? 'checked' : ''} />
        ${typeIcon(type.type)} <span class="${description ? 'described' : ''}">${escapeHtml(type.label)}</span> <span lang="zh" class="muted">${escapeHtml(type.labelZh)}</span></label>`;
    })
    .join('')
    .concat(
      '<p class="muted note wide">Untick <em>Relief action</em> to fold each action into edges from its actors to what it supported.</p>',
    );

  byId('relations-legend').title = docs.field('Relation', 'type') ?? '';
  byId('relation-filters').innerHTML = model.relationTypes.length
    ? model.relationTypes
        .map((type) => {
          const description = relationDescription(docs, type);
          return `<label class="filter"${titleAttr(description)}><input type="checkbox" data-filter="relation" value="${escapeHtml(type)}" ${model.hiddenRelations.has(type) ? '' : 'checked'} /> <span class="${description ? 'described' : ''}">${escapeHtml(type)}</span></label>`;
        })
        .join('')
    : '<p class="muted">None drawn yet.</p>';

  byId('actions-legend').title = docs.type('ReliefAction') ?? '';
  const categories = [...model.categories].sort((a, b) => order(docs, a[0]) - order(docs, b[0]));
  byId('category-filters').innerHTML = categories.length
    ? categories
        .map(([category, count]) => {
          const shown = !model.actionFilter.hiddenCategories.has(category);
          return `<label class="filter"${titleAttr(docs.enumValue('ReliefCategory', category))}><input type="checkbox" data-filter="category" value="${escapeHtml(category)}" ${shown ? 'checked' : ''} /> ${escapeHtml(model.categoryName(category))} <span class="muted">${count}</span></label>`;
        })
        .join('')
    : '<p class="muted">No relief action drawn yet.</p>';

  const min = byId<HTMLInputElement>('amount-min');
  const max = byId<HTMLInputElement>('amount-max');
  min.value = String(model.actionFilter.minAmount);
  max.value = String(model.actionFilter.maxAmount);
  byId('amount-min-value').textContent = amountStopLabel(
    model.actionFilter.minAmount,
    model.language,
  );
  byId('amount-max-value').textContent = amountStopLabel(
    model.actionFilter.maxAmount,
    model.language,
  );
  min.title = max.title =
    docs.field('Quantity', 'value') ?? 'Money of the action (CNY), on a scale of tens';

  const activity = byId('activity-filters');
  if (!model.activities) {
    // Said once here rather than hidden: a reader looking for the filter learns why it is missing.
    activity.innerHTML =
      '<p class="muted note">This server’s relief actions have no <code>activity</code> field (donation, production, advocacy …), so there is no activity filter.</p>';
  } else {
    const description = docs.field('ReliefAction', 'activity');
    activity.innerHTML = `<p class="filter-title"${titleAttr(description)}>Activity</p>${[
      ...model.activities,
    ]
      .map(
        ([value, count]) =>
          `<label class="filter"><input type="checkbox" data-filter="activity" value="${escapeHtml(value)}" ${model.actionFilter.hiddenActivities.has(value) ? '' : 'checked'} /> ${escapeHtml(value.toLowerCase().replace(/_/g, ' '))} <span class="muted">${count}</span></label>`,
      )
      .join('')}`;
  }

  renderSources(model);

  const orphans = byId('orphans');
  orphans.hidden = model.orphans === 0;
  orphans.textContent = `${model.orphans} ${model.orphans === 1 ? 'entity has' : 'entities have'} no visible link under these filters and ${model.orphans === 1 ? 'is' : 'are'} hidden.`;
}

/** One line per source: shown or not, its colour, its title and date, and how many drawn entities cite it. */
function renderSources(model: FiltersModel): void {
  const fieldset = byId('source-fieldset');
  fieldset.hidden = model.sources === null;
  if (!model.sources) return;
  byId('sources-legend').title = model.docs.field('Entity', 'sources') ?? '';
  byId<HTMLInputElement>('colour-by-source').checked = model.colourBySource;
  byId('source-filters').innerHTML = model.sources
    .map(({ source, colour, drawn }) => {
      const counts =
        source.entityCount === undefined
          ? ''
          : ` title="${escapeHtml(`${source.id}: cited by ${source.entityCount} entities and ${source.relationCount ?? 0} relationships`)}"`;
      const shown = !model.hiddenSources.has(source.id);
      return `<label class="filter"${counts}><input type="checkbox" data-filter="source" value="${escapeHtml(source.id)}" ${shown ? 'checked' : ''} /> <span class="swatch" style="background:${colour}"></span> <span lang="zh">${escapeHtml(source.title)}</span>${source.date ? ` <span class="muted">${escapeHtml(source.date)}</span>` : ''} <span class="muted">${drawn}</span></label>`;
    })
    .join('');
}

function order(docs: SchemaDocs, category: string): number {
  const index = docs.enumValues('ReliefCategory').indexOf(category);
  return index < 0 ? 1000 : index;
}
