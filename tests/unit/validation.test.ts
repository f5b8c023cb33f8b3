import { describe, expect, it } from 'vitest';
import { array, stateSchema, whole } from '../../src/lib/validation';

describe('array', () => {
  const list = stateSchema(array(whole(0, 9), 1, 3));

  it('accepts lists within the bounds, item by item', () => {
    expect(list.safeParse([1, 2, 3])).toEqual({ success: true, data: [1, 2, 3] });
  });

  it.each<[unknown, PropertyKey[]]>([
    ['1,2', []],
    [[], []],
    [[1, 2, 3, 4], []],
    [[1, 10], [1]],
  ])('refuses %j at %j', (value, path) => {
    const result = list.safeParse(value);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(path);
  });
});

describe('array without a minimum', () => {
  const list = stateSchema(array(whole(0, 5), 0, 3));

  it('accepts an empty list and checked items up to its length', () => {
    expect(list.safeParse([])).toEqual({ success: true, data: [] });
    expect(list.safeParse([0, 5, 3])).toEqual({ success: true, data: [0, 5, 3] });
  });

  it.each([
    ['an object', { 0: 1 }, [], 'expected a list'],
    ['a longer list', [1, 2, 3, 4], [], 'expected at most 3 items'],
    ['a bad item', [1, 9], [1], 'expected 0 to 5'],
  ])('refuses %s with the path', (_, data, path, message) => {
    expect(list.safeParse(data)).toEqual({ success: false, error: { issues: [{ path, message }] } });
  });
});
