// The explorer's DOM-free rules: the URL a view is shared by, which relief actions a filter keeps, how a category is named, and the sentence round a quote.
import { describe, expect, it } from 'vitest';
import type { EntitySummary } from '../../web/src/model.js';
import {
  actionShown,
  amountsLabel,
  amountStopLabel,
  categoryName,
  emptyActionFilter,
} from '../../web/src/actionFilter.js';
import { sentenceAround } from '../../web/src/format.js';
import type { SchemaDocs } from '../../web/src/schemaDocs.js';
import { parseViewState, viewSearch, type ViewState } from '../../web/src/urlState.js';

const money = (value: number) => ({
  value,
  unit: 'CNY',
  item: null,
  approximate: false,
  text: '',
});

function action(id: string, category: string, amounts: number[] = []): EntitySummary {
  return {
    id,
    type: 'RELIEF_ACTION',
    name: id,
    nameEn: null,
    category,
    quantities: amounts.map(money),
  };
}

/** Just enough of the schema: the ReliefCategory descriptions as the SDL writes them. */
const docs: SchemaDocs = {
  type: () => undefined,
  field: () => undefined,
  fieldType: () => undefined,
  mentions: () => [],
  enumValues: () => ['MEDICAL_SUPPLIES', 'DAILY_SUPPLY', 'CULTURE', 'UNDESCRIBED'],
  enumValue: (_enum, value) =>
    ({
      MEDICAL_SUPPLIES: '保障医疗用品: securing medical supplies',
      DAILY_SUPPLY: '日常生活: securing the supply of goods',
      CULTURE: '日常生活: enriching cultural life',
    })[value],
};

describe('the view in the URL', () => {
  const view: ViewState = {
    focus: ['government:ministry-of-civil-affairs'],
    expanded: ['company:foxconn', 'association:x'],
    selected: 'company:foxconn',
    hiddenTypes: ['REGION'],
    hiddenRelations: ['REPORTED'],
    fold: true,
    group: false,
    hiddenCategories: ['CULTURE'],
    hiddenActivities: [],
    hiddenSources: ['report-2020-04-16'],
    colourBySource: true,
    minAmount: 5,
    maxAmount: 7,
    path: { from: 'government:ministry-of-civil-affairs', to: 'company:foxconn' },
    pathHighlight: false,
    language: 'en',
    layout: 'rings',
  };

  it('reads back every part of a view it wrote', () => {
    expect(parseViewState(viewSearch(view))).toEqual(view);
  });

  it('keeps ids readable and leaves out what a fresh page has anyway', () => {
    const search = viewSearch(view);
    expect(search).toContain('focus=government:ministry-of-civil-affairs');
    expect(search).toContain('path=government:ministry-of-civil-affairs~company:foxconn');
    expect(search).not.toContain('max=');
    expect(viewSearch(parseViewState(''))).toBe('');
  });

  it('ignores amounts outside the sliders', () => {
    expect(parseViewState('?min=99&max=-1')).toMatchObject({ minAmount: 0, maxAmount: 7 });
  });
});

describe('the relief-action filter', () => {
  const big = action('a', 'DONATIONS', [2.2e9]);
  const small = action('b', 'DONATIONS', [5e4]);
  const none = action('c', 'CULTURE');

  it('keeps everything when nothing is set', () => {
    const filter = emptyActionFilter();
    expect([big, small, none].every((a) => actionShown(a, filter))).toBe(true);
  });

  it('hides a category that is unticked', () => {
    const filter = { ...emptyActionFilter(), hiddenCategories: new Set(['CULTURE']) };
    expect(actionShown(none, filter)).toBe(false);
    expect(actionShown(big, filter)).toBe(true);
  });

  it('keeps only actions with money inside the slider range (from 1亿: stop 5)', () => {
    const filter = { ...emptyActionFilter(), minAmount: 5 };
    expect(amountStopLabel(5, 'zh')).toBe('1亿元');
    expect(actionShown(big, filter)).toBe(true);
    expect(actionShown(small, filter)).toBe(false);
    expect(actionShown(none, filter)).toBe(false);
    expect(actionShown(big, { ...emptyActionFilter(), maxAmount: 6 })).toBe(false);
  });

  it('hides an action whose every activity is unticked', () => {
    const donation = { ...big, activity: 'DONATION' };
    const filter = { ...emptyActionFilter(), hiddenActivities: new Set(['DONATION']) };
    expect(actionShown(donation, filter)).toBe(false);
    expect(actionShown({ ...donation, activity: ['DONATION', 'PRODUCTION'] }, filter)).toBe(true);
  });

  it('labels the amounts of folded actions largest first, never summed', () => {
    expect(amountsLabel([small, big], 'zh')).toBe('22亿元, 5万元');
    expect(amountsLabel([small, big], 'en')).toBe('2.2 billion CNY, 50,000 CNY');
  });
});

describe('category names', () => {
  it('come from the schema: Chinese before the colon, English after', () => {
    expect(categoryName(docs, 'MEDICAL_SUPPLIES', 'zh')).toBe('保障医疗用品');
    expect(categoryName(docs, 'MEDICAL_SUPPLIES', 'en')).toBe('Securing medical supplies');
  });

  it('fall back to English where sections share a Chinese heading, and to the value itself', () => {
    expect(categoryName(docs, 'CULTURE', 'zh')).toBe('Enriching cultural life');
    expect(categoryName(docs, 'UNDESCRIBED', 'zh')).toBe('Undescribed');
  });
});

describe('a quote in its sentence', () => {
  it('runs from the previous full stop to the next', () => {
    const text = '第一句。中国电子商会号召会员企业累计捐款捐物约22亿元;随后。';
    const start = text.indexOf('约22亿元');
    const sentence = sentenceAround(text, start, start + '约22亿元'.length);
    expect(sentence.before).toBe('中国电子商会号召会员企业累计捐款捐物');
    expect(sentence.quote).toBe('约22亿元');
    expect(sentence.after).toBe(';随后。');
  });
});
