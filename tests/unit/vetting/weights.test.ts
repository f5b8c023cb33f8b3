import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countedWeights,
  effectiveWeights,
  parseWeightInput,
  weightShares,
  withWeight,
} from '../../../src/lib/vetting/weights';
import { catalogue } from './fixture';

describe('weights', () => {
  it('uses the defaults from the data unless the merchant changed one', () => {
    expect([...effectiveWeights(catalogue, {})]).toEqual([
      ['v-tp-rating', 2],
      ['v-same-category-cases', 5],
      ['v-named-team', 3],
      ['v-itemised-costs', 4],
    ]);
    expect(effectiveWeights(catalogue, { 'v-tp-rating': 0, 'v-unknown': 5 }).get('v-tp-rating')).toBe(0);
    expect(effectiveWeights(catalogue, { 'v-unknown': 5 }).has('v-unknown')).toBe(false);
  });

  it('gives each weight its share in tenths of a percent, rounded half up', () => {
    const shares = weightShares(effectiveWeights(catalogue, {}));
    // 2, 5, 3, 4 of 14: 14.29 %, 35.71 %, 21.43 %, 28.57 %
    expect([...shares.values()]).toEqual([143, 357, 214, 286]);
    // 1 of 8 is 12.5 % exactly: half up, not to the even tenth.
    expect([
      ...weightShares(
        new Map([
          ['a', 1],
          ['b', 7],
        ]),
      ).values(),
    ]).toEqual([125, 875]);
  });

  it('shows the same share for the same weight (the default weights: 3 of 122 is 2.5 % every time)', () => {
    // The default weights of content/checks/vetting.yaml: three 2s, twelve 3s, fifteen 4s, four 5s.
    const repeat = (weight: number, times: number): number[] => Array.from({ length: times }, () => weight);
    const defaults = [...repeat(2, 3), ...repeat(3, 12), ...repeat(4, 15), ...repeat(5, 4)];
    const shares = weightShares(new Map(defaults.map((weight, index) => [`v-${index}`, weight])));
    const byWeight = new Map<number, Set<number>>();
    defaults.forEach((weight, index) =>
      byWeight.set(weight, (byWeight.get(weight) ?? new Set()).add(shares.get(`v-${index}`) ?? -1)),
    );
    expect(Object.fromEntries([...byWeight].map(([weight, seen]) => [weight, [...seen]]))).toEqual({
      2: [16],
      3: [25],
      4: [33],
      5: [41],
    });
  });

  it('for any weights: equal weights get equal shares, each within half a tenth of the exact share', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 60 }), (values) => {
        const weights = new Map(values.map((value, index) => [`v-${index}`, value]));
        const shares = weightShares(weights);
        const total = values.reduce((a, b) => a + b, 0);
        values.forEach((value, index) => {
          const share = shares.get(`v-${index}`) ?? -1;
          if (total === 0 || value === 0) expect(share).toBe(0);
          else expect(Math.abs(share - (1000 * value) / total)).toBeLessThanOrEqual(0.5);
          const same = values.indexOf(value);
          expect(share).toBe(shares.get(`v-${same}`));
        });
      }),
    );
  });

  it('leaves the criteria marked not applicable out of the counted weights', () => {
    const counted = countedWeights(effectiveWeights(catalogue, {}), ['v-same-category-cases', 'v-unknown']);
    expect([...counted]).toEqual([
      ['v-tp-rating', 2],
      ['v-same-category-cases', 0],
      ['v-named-team', 3],
      ['v-itemised-costs', 4],
    ]);
    // 2, 3, 4 of 9 once the 5 is out.
    expect([...weightShares(counted).values()]).toEqual([222, 0, 333, 444]);
  });

  it('stores only weights that differ from the default', () => {
    expect(withWeight({}, catalogue, 'v-tp-rating', 4)).toEqual({ 'v-tp-rating': 4 });
    expect(withWeight({ 'v-tp-rating': 4 }, catalogue, 'v-tp-rating', 2)).toEqual({});
  });

  it('reads typed weights, including full-width digits, and says what is wrong', () => {
    expect(parseWeightInput(' 3 ')).toEqual({ ok: true, weight: 3 });
    expect(parseWeightInput('４')).toEqual({ ok: true, weight: 4 });
    expect(parseWeightInput('0')).toEqual({ ok: true, weight: 0 });
    expect(parseWeightInput('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseWeightInput('2.5')).toEqual({ ok: false, reason: 'not-whole' });
    expect(parseWeightInput('abc')).toEqual({ ok: false, reason: 'not-whole' });
    expect(parseWeightInput('6')).toEqual({ ok: false, reason: 'out-of-range' });
    expect(parseWeightInput('-1')).toEqual({ ok: false, reason: 'out-of-range' });
  });
});
