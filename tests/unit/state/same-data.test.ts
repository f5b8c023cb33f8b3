import { describe, expect, it } from 'vitest';
import { sameData } from '../../../src/lib/state/same-data';

describe('sameData', () => {
  it('ignores the order of keys, at every depth', () => {
    expect(sameData({ a: 1, b: { c: null, d: [1, 2] } }, { b: { d: [1, 2], c: null }, a: 1 })).toBe(true);
  });

  it('tells apart different values, missing keys, array order and types', () => {
    expect(sameData({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameData({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameData([1, 2], [2, 1])).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData('1', 1)).toBe(false);
    expect(sameData({ offer: { a: false } }, { offer: { a: true } })).toBe(false);
  });
});
