// The proposer measured on the seed article with the seed's names withheld from it (it reads the text alone): the floors for entities, numbers and deeds, and the quantity reader against every curated number.
import { describe, expect, it } from 'vitest';
import { scoreDeeds, scoreEntities, scoreQuantities } from '../../src/ingest/measure.js';
import { readQuantity } from '../../src/model/quantityText.js';
import { loadSeed } from '../../src/seed/loadSeed.js';

const seed = await loadSeed();
const article = seed.sources[0]!;

describe('the proposer on the seed article', () => {
  it('finds at least 90 % of its named entities, at least 85 % of what it proposes being names of the seed', () => {
    const score = scoreEntities(article, seed.entities);
    console.log(
      `entities: recall ${score.recalled}/${score.expected}, precision ${score.correct}/${score.found}; missed: ${score.missed.join(', ')}; not in the seed: ${score.wrong.join(', ')}`,
    );
    expect(score.expected).toBeGreaterThan(50);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.precision).toBeGreaterThanOrEqual(0.85);
  });

  it('reads at least 95 % of its numbers with value, unit and qualifier right', () => {
    const score = scoreQuantities(article, [...seed.entities, ...seed.relations]);
    console.log(
      `quantities: recall ${score.recalled}/${score.expected}; missed: ${score.missed.join(', ')}`,
    );
    expect(score.expected).toBeGreaterThan(15);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('states at least 70 % of its relief actions with an actor, the activity and every number right', () => {
    const score = scoreDeeds(article, seed.entities, seed.relations);
    console.log(
      `deeds: recall ${score.recalled}/${score.expected} (${score.found} proposed); missed: ${score.missed.join(' | ')}`,
    );
    expect(score.expected).toBeGreaterThan(40);
    expect(score.recall).toBeGreaterThanOrEqual(0.7);
  });
});

describe('the quantity reader', () => {
  it('reads every number of the seed as its curators did', () => {
    const quantities = [...seed.entities, ...seed.relations].flatMap((fact) => fact.quantities);
    expect(quantities.length).toBeGreaterThan(15);
    for (const q of quantities) {
      expect(readQuantity(q.text), q.text).toEqual({
        value: q.value,
        unit: q.unit,
        qualifier: q.qualifier,
      });
    }
  });

  it('reads Chinese numerals, magnitudes and markers, and nothing from a counting word alone', () => {
    expect(readQuantity('三千五百名')).toEqual({ value: 3500, unit: '名', qualifier: 'EXACT' });
    expect(readQuantity('超过1.5万元')).toEqual({
      value: 15_000,
      unit: 'CNY',
      qualifier: 'MORE_THAN',
    });
    expect(readQuantity('10余万件')).toEqual({
      value: 100_000,
      unit: '件',
      qualifier: 'MORE_THAN',
    });
    expect(readQuantity('不足百家')).toEqual({ value: 100, unit: '家', qualifier: 'LESS_THAN' });
    expect(readQuantity('300万元')).toEqual({ value: 3_000_000, unit: 'CNY', qualifier: 'EXACT' });
    expect(readQuantity('个')).toBeNull();
  });
});
