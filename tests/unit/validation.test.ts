import { describe, expect, it } from 'vitest';
import { array, stateSchema, whole } from '../../src/lib/validation';

describe('array', () => {
  const list = stateSchema(array(whole(0, 5), 3));

  it('accepts a list of checked items up to its length', () => {
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
