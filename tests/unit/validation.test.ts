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
