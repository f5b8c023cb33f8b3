import { kitStrings } from '../../../src/lib/kit/kit-strings';
import { translator } from '../../../src/lib/kit/strings';

const zhText = translator(kitStrings.zh);
const enText = translator(kitStrings.en);
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, describeDecodeError, ToolStore } from '../../../src/lib/state';
import { MAX_AGENCIES, MAX_KEYS, MAX_NOTE_LENGTH } from '../../../src/lib/vetting/limits';
import {
  defaultVettingState,
  vettingDefinition,
  vettingStateSchema,
  type VettingState,
} from '../../../src/lib/vetting/state';
import { MemoryStorage } from '../memory-storage';
import { agency, scores } from './fixture';

const envelope = (data: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    app: 'tmall-agency-guide',
    tool: 'vetting',
    schemaVersion: 1,
    savedAt: '2026-11-24T10:00:00.000Z',
    revision: 'r1',
    data,
    ...extra,
  });

const filled: VettingState = {
  agencies: [
    agency({
      name: '杭州某某电商',
      notes: '11 月 3 日见面',
      knockouts: { 'v-tp-certification': { answer: 'yes', note: 'TP 后台截图' } },
      scores: scores({ 'v-same-category-cases': 4 }),
      redFlags: { 'rf-no-access': { observed: true, note: '要主账号' } },
    }),
    agency({ id: 'a2', name: 'B Agency' }),
  ],
  weights: { 'v-tp-rating': 0 },
  notApplicable: ['v-tmall-global-fit'],
};

function decode(text: string) {
  return decodeEnvelope(vettingDefinition, text);
}

describe('vetting state', () => {
  it('starts with no agencies and default weights', () => {
    expect(defaultVettingState()).toEqual({ agencies: [], weights: {}, notApplicable: [] });
    expect(vettingStateSchema.safeParse(defaultVettingState()).success).toBe(true);
  });

  it('round-trips through the store and an export file', () => {
    const storage = new MemoryStorage();
    const store = new ToolStore(vettingDefinition, { storage });
    expect(store.save(filled)).toEqual({ ok: true });
    expect(new ToolStore(vettingDefinition, { storage }).load()).toEqual({ status: 'loaded', data: filled });
    const decoded = decode(store.exportText(filled));
    expect(decoded).toMatchObject({ ok: true, data: filled });
  });

  it('accepts the largest state: eight agencies with every text at its limit', () => {
    const full: VettingState = {
      agencies: Array.from({ length: MAX_AGENCIES }, (_, index) =>
        agency({ id: `a${index}`, name: '名'.repeat(80), notes: '记'.repeat(1000), scores: scores({ 'v-x': 5 }) }),
      ),
      weights: { 'v-x': 5 },
      notApplicable: Array.from({ length: MAX_KEYS }, (_, index) => `v-${index}`),
    };
    expect(vettingStateSchema.safeParse(full)).toEqual({ success: true, data: full });
  });
});

describe('the state schema', () => {
  const refusal = (data: unknown) => {
    const result = vettingStateSchema.safeParse(data);
    return result.success ? null : result.error.issues[0];
  };
  const withAgency = (overrides: Record<string, unknown>) => ({
    agencies: [{ ...agency(), ...overrides }],
    weights: {},
    notApplicable: [],
  });

  it('accepts a filled state as it is', () => {
    expect(vettingStateSchema.safeParse(filled)).toEqual({ success: true, data: filled });
  });

  it('drops unknown keys at every level', () => {
    const data = {
      ...filled,
      theme: 'dark',
      agencies: filled.agencies.map((entry) => ({
        ...entry,
        colour: 'red',
        scores: Object.fromEntries(Object.entries(entry.scores).map(([id, score]) => [id, { ...score, extra: 1 }])),
      })),
    };
    expect(vettingStateSchema.safeParse(data)).toEqual({ success: true, data: filled });
  });

  it.each([
    ['not an object', [], [], 'expected an object'],
    ['agencies not a list', { agencies: 'none', weights: {} }, ['agencies'], 'expected a list'],
    [
      'nine agencies',
      { agencies: Array.from({ length: MAX_AGENCIES + 1 }, (_, index) => agency({ id: `a${index}` })), weights: {} },
      ['agencies'],
      `expected at most ${MAX_AGENCIES} items`,
    ],
    [
      'two agencies with one id',
      { agencies: [agency(), agency()], weights: {}, notApplicable: [] },
      ['agencies'],
      'agency ids must be unique',
    ],
    [
      'an agency id that is not kebab-case',
      withAgency({ id: 'A 1' }),
      ['agencies', 0, 'id'],
      'expected a kebab-case id',
    ],
    [
      'a name too long',
      withAgency({ name: 'x'.repeat(81) }),
      ['agencies', 0, 'name'],
      'expected text of at most 80 characters',
    ],
    [
      'notes as a number',
      withAgency({ notes: 3 }),
      ['agencies', 0, 'notes'],
      'expected text of at most 1000 characters',
    ],
    [
      'a score of 0',
      withAgency({ scores: { 'v-x': { score: 0, note: '', evidence: '' } } }),
      ['agencies', 0, 'scores', 'v-x', 'score'],
      'expected 1 to 5',
    ],
    [
      'a fractional score',
      withAgency({ scores: { 'v-x': { score: 2.5, note: '', evidence: '' } } }),
      ['agencies', 0, 'scores', 'v-x', 'score'],
      'expected a whole number',
    ],
    [
      'evidence too long',
      withAgency({ scores: { 'v-x': { score: null, note: '', evidence: 'x'.repeat(401) } } }),
      ['agencies', 0, 'scores', 'v-x', 'evidence'],
      'expected text of at most 400 characters',
    ],
    [
      'a knockout note too long',
      withAgency({ knockouts: { 'v-k': { answer: 'yes', note: 'x'.repeat(301) } } }),
      ['agencies', 0, 'knockouts', 'v-k', 'note'],
      'expected text of at most 300 characters',
    ],
    [
      'an unknown answer',
      withAgency({ knockouts: { 'v-k': { answer: 'maybe', note: '' } } }),
      ['agencies', 0, 'knockouts', 'v-k', 'answer'],
      'expected one of yes, no, unchecked',
    ],
    [
      'observed as text',
      withAgency({ redFlags: { 'rf-x': { observed: 'true', note: '' } } }),
      ['agencies', 0, 'redFlags', 'rf-x', 'observed'],
      'expected true or false',
    ],
    [
      'more than 100 scores',
      withAgency({
        scores: Object.fromEntries(
          Array.from({ length: 101 }, (_, index) => [`v-${index}`, { score: 1, note: '', evidence: '' }]),
        ),
      }),
      ['agencies', 0, 'scores'],
      'expected at most 100 entries',
    ],
    ['a weight of 6', { agencies: [], weights: { 'v-x': 6 } }, ['weights', 'v-x'], 'expected 0 to 5'],
    [
      'a weight under an id with capitals',
      { agencies: [], weights: { 'V-x': 1 } },
      ['weights', 'V-x'],
      'expected a kebab-case id',
    ],
    ['no weights', { agencies: [] }, ['weights'], 'expected an object'],
  ])('refuses %s, with the path', (_, data, path, message) => {
    expect(refusal(data)).toEqual({ path, message });
  });
});

describe('importing a file', () => {
  it('accepts a file saved with a byte-order mark', () => {
    expect(decode(`\uFEFF${envelope(filled, { schemaVersion: 2 })}`)).toMatchObject({ ok: true, data: filled });
  });

  it('drops __proto__, constructor and prototype keys without polluting objects', () => {
    const text = envelope(filled)
      .replace(
        '"agencies":',
        '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "agencies":',
      )
      .replace('"scores":{', '"scores":{"__proto__":{"score":5,"note":"","evidence":""},');
    const result = decode(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    if (result.ok) {
      expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
      expect(Object.keys(result.data.agencies[0]?.scores ?? {})).toEqual(['v-same-category-cases']);
    }
  });

  it('refuses an own __proto__ key that reaches the validator directly', () => {
    const data = JSON.parse('{"agencies": [], "weights": {"__proto__": 3}}') as unknown;
    const result = vettingStateSchema.safeParse(data);
    expect(result).toMatchObject({
      success: false,
      error: { issues: [{ path: ['weights', '__proto__'], message: 'expected a kebab-case id' }] },
    });
  });

  it('refuses deep nesting before parsing it', () => {
    const deep = envelope({ agencies: [], weights: {} }).replace(
      '"weights":',
      `"extra":${'['.repeat(5000)}${']'.repeat(5000)},"weights":`,
    );
    const result = decode(deep);
    expect(result).toEqual({ ok: false, error: { code: 'too-deep', limit: 12 } });
    expect(describeDecodeError({ code: 'too-deep', limit: 12 }, zhText)).toContain('12');
  });

  it('refuses huge arrays and more than eight agencies', () => {
    expect(decode(envelope({ agencies: Array.from({ length: 5000 }, () => 0), weights: {} }))).toMatchObject({
      ok: false,
      error: { code: 'array-too-long', path: 'data.agencies' },
    });
    const nine = Array.from({ length: 9 }, (_, index) => agency({ id: `a${index}` }));
    expect(decode(envelope({ agencies: nine, weights: {} }))).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'data.agencies' },
    });
  });

  it('refuses a 10 MB string without parsing it', () => {
    const huge = envelope({ agencies: [agency({ notes: 'x'.repeat(10 * 1024 * 1024) })], weights: {} });
    const result = decode(huge);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large', limit: 1_000_000 } });
    if (!result.ok) expect(describeDecodeError(result.error, enText)).toMatch(/too large/);
  });

  it('refuses text longer than its field allows, naming the field', () => {
    const long = envelope({
      agencies: [agency({ scores: { 'v-x': { score: 3, note: 'x'.repeat(MAX_NOTE_LENGTH + 1), evidence: '' } } })],
      weights: {},
    });
    expect(decode(long)).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        path: 'data.agencies.0.scores.v-x.note',
        detail: `expected text of at most ${MAX_NOTE_LENGTH} characters`,
      },
    });
  });

  it.each([
    [
      'a score as text',
      { agencies: [agency({ scores: { 'v-x': { score: '5', note: '', evidence: '' } } as never })], weights: {} },
      'data.agencies.0.scores.v-x.score',
    ],
    [
      'a score of 6',
      { agencies: [agency({ scores: scores({ 'v-x': 6 }) })], weights: {} },
      'data.agencies.0.scores.v-x.score',
    ],
    ['a fractional weight', { agencies: [], weights: { 'v-x': 2.5 } }, 'data.weights.v-x'],
    ['a weight of 9', { agencies: [], weights: { 'v-x': 9 } }, 'data.weights.v-x'],
    ['agencies as an object', { agencies: { a: 1 }, weights: {} }, 'data.agencies'],
    [
      'a missing name',
      { agencies: [{ id: 'a1', notes: '', knockouts: {}, scores: {}, redFlags: {} }], weights: {} },
      'data.agencies.0.name',
    ],
    [
      'an unknown knockout answer',
      { agencies: [agency({ knockouts: { 'v-x': { answer: 'maybe', note: '' } } as never })], weights: {} },
      'data.agencies.0.knockouts.v-x.answer',
    ],
    [
      'observed as text',
      { agencies: [agency({ redFlags: { 'rf-x': { observed: 'yes', note: '' } } as never })], weights: {} },
      'data.agencies.0.redFlags.rf-x.observed',
    ],
    [
      'an id with spaces',
      { agencies: [agency({ scores: { 'V X': { score: 1, note: '', evidence: '' } } })], weights: {} },
      'data.agencies.0.scores.V X',
    ],
    ['two agencies with one id', { agencies: [agency(), agency()], weights: {} }, 'data.agencies'],
    ['no weights', { agencies: [] }, 'data.weights'],
  ])('refuses %s and names the field', (_, data, path) => {
    const result = decode(envelope(data));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', path } });
    if (!result.ok) expect(describeDecodeError(result.error, enText)).toContain(path);
  });

  it('refuses files that are not JSON, not ours, or from another tool', () => {
    expect(decode('not json')).toMatchObject({ ok: false, error: { code: 'not-json' } });
    expect(decode('{"agencies": []}')).toMatchObject({ ok: false, error: { code: 'not-envelope' } });
    expect(decode(envelope(filled, { tool: 'fees' }))).toMatchObject({
      ok: false,
      error: { code: 'wrong-tool', found: 'fees' },
    });
    expect(decode(envelope(filled, { schemaVersion: '1' }))).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'schemaVersion' },
    });
  });

  it('refuses a file from a future version', () => {
    expect(decode(envelope(filled, { schemaVersion: 3 }))).toEqual({
      ok: false,
      error: { code: 'future-version', found: 3, supported: 2 },
    });
  });

  it('keeps script in text fields as plain text (the page inserts it with textContent)', () => {
    const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const result = decode(envelope({ agencies: [agency({ name: script.slice(0, 80), notes: script })], weights: {} }));
    expect(result).toMatchObject({ ok: true, data: { agencies: [{ name: script.slice(0, 80), notes: script }] } });
  });

  it('drops fields it does not know', () => {
    const result = decode(envelope({ agencies: [{ ...agency(), colour: 'red' }], weights: {}, theme: 'dark' }));
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.data).toEqual({ agencies: [agency()], weights: {}, notApplicable: [] });
  });
});

describe('migrations', () => {
  it('is at version 2, with one migration from version 1', () => {
    expect(vettingDefinition.version).toBe(2);
    expect(Object.keys(vettingDefinition.migrations ?? {})).toEqual(['1']);
  });

  it('reads a version 1 file with nothing marked not applicable, changing nothing else', () => {
    const { notApplicable, ...v1 } = filled;
    expect(notApplicable).not.toEqual([]);
    expect(decode(envelope(v1))).toMatchObject({ ok: true, data: { ...v1, notApplicable: [] } });
  });

  it('refuses a version 2 file whose not-applicable list is not a list of ids, naming the field', () => {
    expect(decode(envelope({ ...filled, notApplicable: 'v-tp-rating' }, { schemaVersion: 2 }))).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'data.notApplicable' },
    });
    expect(decode(envelope({ ...filled, notApplicable: ['Not An Id'] }, { schemaVersion: 2 }))).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'data.notApplicable.0' },
    });
  });
});
