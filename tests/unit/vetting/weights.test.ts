import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveWeights, normalisedShares, parseWeightInput, withWeight } from '../../../src/lib/vetting/weights';
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

  it('normalises to shares in tenths of a percent that add up to exactly 100 %', () => {
    const shares = normalisedShares(effectiveWeights(catalogue, {}));
    // 2, 5, 3, 4 of 14: 14.3 %, 35.7 %, 21.4 %, 28.6 %
    expect([...shares.values()]).toEqual([143, 357, 214, 286]);
  });

  it('always sums to 1000 for any weights with at least one above zero', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 60 }), (values) => {
        const weights = new Map(values.map((value, index) => [`v-${index}`, value]));
        const shares = [...normalisedShares(weights).values()];
        const sum = shares.reduce((a, b) => a + b, 0);
        expect(sum).toBe(values.some((value) => value > 0) ? 1000 : 0);
        values.forEach((value, index) => {
          if (value === 0) expect(shares[index]).toBe(0);
        });
      }),
    );
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
