// Which relief actions are shown: by category, by activity (when the API has it) and by amount of money; and how a category is named.
import type { EntitySummary, Quantity } from './model.js';
import type { LabelLanguage } from './model.js';
import { quantityEn, quantityZh } from './format.js';
import type { SchemaDocs } from './schemaDocs.js';

export interface ActionFilter {
  /** Categories not shown (empty: all). */
  hiddenCategories: Set<string>;
  /** Activities not shown (empty: all). */
  hiddenActivities: Set<string>;
  /** Index into `amountStops`: 0 is no lower bound; above 0, actions without money are hidden too. */
  minAmount: number;
  /** Index into `amountStops`: the last is no upper bound. */
  maxAmount: number;
}

/** Slider stops for money, in CNY: nothing, 10 thousand (1万) … 1 billion (10亿), no limit. */
export const amountStops = [0, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, Infinity];

export function anyAmount(): Pick<ActionFilter, 'minAmount' | 'maxAmount'> {
  return { minAmount: 0, maxAmount: amountStops.length - 1 };
}

export function emptyActionFilter(): ActionFilter {
  return { hiddenCategories: new Set(), hiddenActivities: new Set(), ...anyAmount() };
}

export function filterActive(filter: ActionFilter): boolean {
  return (
    filter.hiddenCategories.size > 0 ||
    filter.hiddenActivities.size > 0 ||
    filter.minAmount > 0 ||
    filter.maxAmount < amountStops.length - 1
  );
}

/** The action's money: its largest amount in CNY (amounts of one action can overlap, so never a sum). */
export function moneyOf(action: Pick<EntitySummary, 'quantities'>): number | null {
  const money = (action.quantities ?? []).filter((q) => q.unit === 'CNY').map((q) => q.value);
  return money.length ? Math.max(...money) : null;
}

export function activitiesOf(action: Pick<EntitySummary, 'activity'>): string[] {
  const value = action.activity;
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function actionShown(action: EntitySummary, filter: ActionFilter): boolean {
  if (action.category && filter.hiddenCategories.has(action.category)) return false;
  const activities = activitiesOf(action);
  if (activities.length && activities.every((a) => filter.hiddenActivities.has(a))) return false;
  if (filter.minAmount === 0 && filter.maxAmount === amountStops.length - 1) return true;
  const money = moneyOf(action);
  if (money === null) return filter.minAmount === 0;
  return money >= amountStops[filter.minAmount]! && money <= amountStops[filter.maxAmount]!;
}

/** 1万元 / 10 thousand CNY, for the sliders. */
export function amountStopLabel(index: number, language: LabelLanguage): string {
  const value = amountStops[index]!;
  if (value === 0) return language === 'en' ? 'any' : '不限';
  if (value === Infinity) return language === 'en' ? 'no limit' : '不限';
  const quantity: Quantity = { value, unit: 'CNY', item: null, approximate: false, text: '' };
  return language === 'en' ? quantityEn(quantity) : quantityZh(quantity);
}

/**
 * A category's name: the schema's description says "保障医疗用品: securing medical supplies", so
 * the Chinese is before the colon and the English after; without one, the enum value in words.
 */
export function categoryName(docs: SchemaDocs, category: string, language: LabelLanguage): string {
  const [zh, en] = descriptionParts(docs, category);
  // Sections the article splits (复工复产, 日常生活) share their Chinese heading: English tells them apart.
  const shared = docs
    .enumValues('ReliefCategory')
    .some((other) => other !== category && descriptionParts(docs, other)[0] === zh);
  if (language === 'zh' && zh && !shared) return zh;
  if (en) return en.charAt(0).toUpperCase() + en.slice(1);
  return category.charAt(0) + category.slice(1).toLowerCase().replace(/_/g, ' ');
}

function descriptionParts(docs: SchemaDocs, category: string): [string?, string?] {
  const description = docs.enumValue('ReliefCategory', category);
  if (!description?.includes(':')) return [];
  const [zh, en] = description.split(/:\s*/, 2);
  return [zh?.trim(), en?.trim()];
}

/** The amounts of some actions, as the folded edge shows them: 22亿元, 5亿元 … */
export function amountsLabel(actions: EntitySummary[], language: LabelLanguage): string {
  const amounts = actions
    .flatMap((action) => (action.quantities ?? []).filter((q) => q.unit === 'CNY'))
    .sort((a, b) => b.value - a.value)
    .map((q) => (language === 'en' ? quantityEn(q) : quantityZh(q)));
  const unique = [...new Set(amounts)];
  return unique.length > 2 ? `${unique.slice(0, 2).join(', ')} …` : unique.join(', ');
}
