import { kitStrings } from '../../../src/lib/kit/kit-strings';
import { translator } from '../../../src/lib/kit/strings';

const zhText = translator(kitStrings.zh);
const enText = translator(kitStrings.en);
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  decodeEnvelope,
  describeDecodeError,
  describeStoreProblem,
  isQuotaError,
  parseSafeJson,
  ToolStore,
  type ToolStateDefinition,
} from '../../../src/lib/state';
import { MemoryStorage } from '../memory-storage';

const noteSchema = z.object({ title: z.string().max(200), count: z.number().int().min(0) });
type Note = z.infer<typeof noteSchema>;

const definition: ToolStateDefinition<Note> = {
  tool: 'demo',
  version: 2,
  schema: noteSchema,
  // v1 called the field `name`.
  migrations: { 1: (data) => ({ title: (data as { name: string }).name, count: (data as { count: number }).count }) },
  defaults: () => ({ title: '', count: 0 }),
};

let revisionCounter = 0;
const makeStore = (storage: Storage | null) =>
  new ToolStore(definition, {
    storage,
    now: () => new Date('2026-11-24T10:00:00Z'),
    newRevision: () => `r${++revisionCounter}`,
  });

describe('ToolStore', () => {
  it('round-trips saved data', () => {
    const storage = new MemoryStorage();
    expect(makeStore(storage).save({ title: '陈女士', count: 3 })).toEqual({ ok: true });
    expect(makeStore(storage).load()).toEqual({ status: 'loaded', data: { title: '陈女士', count: 3 } });
  });

  it('starts empty when nothing is saved', () => {
    expect(makeStore(new MemoryStorage()).load()).toEqual({ status: 'empty' });
  });

  it('migrates an older version forward', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      'tmall-agency-guide:v1:demo',
      JSON.stringify({
        app: 'tmall-agency-guide',
        tool: 'demo',
        schemaVersion: 1,
        revision: 'a',
        data: { name: 'old', count: 1 },
      }),
    );
    expect(makeStore(storage).load()).toEqual({ status: 'loaded', data: { title: 'old', count: 1 }, migratedFrom: 1 });
  });

  it('refuses a future version and never overwrites it', () => {
    const storage = new MemoryStorage();
    const future = JSON.stringify({
      app: 'tmall-agency-guide',
      tool: 'demo',
      schemaVersion: 9,
      revision: 'z',
      data: { anything: true },
    });
    storage.setItem('tmall-agency-guide:v1:demo', future);
    const store = makeStore(storage);
    const loaded = store.load();
    expect(loaded).toMatchObject({ status: 'problem', problem: { code: 'future-version', found: 9, supported: 2 } });
    expect(store.save({ title: 'x', count: 1 })).toMatchObject({ ok: false, problem: { code: 'future-version' } });
    expect(store.clear()).toMatchObject({ ok: false });
    expect(storage.getItem('tmall-agency-guide:v1:demo')).toBe(future);
  });

  it('keeps a backup of damaged data and reports it', () => {
    const storage = new MemoryStorage();
    storage.setItem('tmall-agency-guide:v1:demo', '{"app": "tmall-agency-guide", broken');
    const result = makeStore(storage).load();
    expect(result).toMatchObject({ status: 'problem', problem: { code: 'corrupt' } });
    const backups = storage.keys().filter((key) => key.includes(':damaged:'));
    expect(backups).toHaveLength(1);
    expect(storage.getItem(backups[0] ?? '')).toContain('broken');
  });

  it('reports a quota error without throwing', () => {
    const storage = new MemoryStorage();
    storage.quota = 10;
    const result = makeStore(storage).save({ title: 'a long title that does not fit', count: 1 });
    expect(result).toMatchObject({ ok: false, problem: { code: 'storage', failure: 'quota' } });
  });

  it('reports disabled storage on load and save', () => {
    const blocked = new MemoryStorage();
    blocked.blocked = true;
    expect(makeStore(blocked).load()).toMatchObject({
      status: 'problem',
      problem: { code: 'storage', failure: 'disabled' },
    });
    expect(makeStore(null).save({ title: 'a', count: 1 })).toMatchObject({
      ok: false,
      problem: { failure: 'disabled' },
    });
  });

  it('does not overwrite what another tab saved in between', () => {
    const storage = new MemoryStorage();
    const tabA = makeStore(storage);
    const tabB = makeStore(storage);
    tabA.load();
    tabB.load();
    expect(tabA.save({ title: 'from A', count: 1 })).toEqual({ ok: true });
    expect(tabB.save({ title: 'from B', count: 2 })).toEqual({ ok: false, problem: { code: 'conflict' } });
    expect(makeStore(storage).load()).toMatchObject({ data: { title: 'from A' } });
    // After B sees A's change, B may save again; or B may choose to overwrite.
    tabB.interpret(storage.getItem(tabB.key));
    expect(tabB.save({ title: 'from B', count: 2 })).toEqual({ ok: true });
    expect(tabA.save({ title: 'A again', count: 3 }, { overwrite: true })).toEqual({ ok: true });
  });
});

describe('decodeEnvelope (imports)', () => {
  const wrap = (data: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ app: 'tmall-agency-guide', tool: 'demo', schemaVersion: 2, data, ...extra });

  it('accepts a valid file, with or without a BOM', () => {
    expect(decodeEnvelope(definition, wrap({ title: 't', count: 1 }))).toMatchObject({
      ok: true,
      data: { title: 't', count: 1 },
    });
    expect(decodeEnvelope(definition, '\uFEFF' + wrap({ title: 't', count: 1 }))).toMatchObject({ ok: true });
  });

  it('names what is wrong', () => {
    const cases: [string, string][] = [
      ['not json at all', 'not-json'],
      [JSON.stringify({ hello: 1 }), 'not-envelope'],
      [wrap({ title: 't', count: 1 }, { tool: 'fees' }), 'wrong-tool'],
      [wrap({ title: 't', count: 1 }, { schemaVersion: 3 }), 'future-version'],
      [wrap({ title: 't', count: 'three' }), 'invalid'],
      [wrap({ title: 'x'.repeat(300), count: 1 }), 'invalid'],
    ];
    for (const [input, code] of cases) {
      const result = decodeEnvelope(definition, input);
      expect(result.ok, input.slice(0, 40)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(describeDecodeError(result.error, zhText).length).toBeGreaterThan(5);
        expect(describeDecodeError(result.error, enText).length).toBeGreaterThan(5);
      }
    }
    const invalid = decodeEnvelope(definition, wrap({ title: 't', count: 'three' }));
    expect(!invalid.ok && invalid.error.code === 'invalid' && invalid.error.path).toBe('data.count');
  });

  it('drops __proto__ and constructor keys instead of polluting prototypes', () => {
    const hostile =
      '{"app":"tmall-agency-guide","tool":"demo","schemaVersion":2,"__proto__":{"polluted":1},"data":{"title":"t","count":1,"constructor":{"prototype":{"bad":1}}}}';
    const result = decodeEnvelope(definition, hostile);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('bad');
  });

  it('refuses deep nesting, huge arrays and huge files before validating', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(parseSafeJson(deep)).toMatchObject({ ok: false, error: { code: 'too-deep' } });
    expect(parseSafeJson(JSON.stringify({ a: new Array(5000).fill(1) }))).toMatchObject({
      ok: false,
      error: { code: 'array-too-long', path: 'a' },
    });
    expect(parseSafeJson('"' + 'x'.repeat(10 * 1024 * 1024) + '"')).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
  });
});

describe('messages', () => {
  it('recognises every browser quota error', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError({ code: 1014 })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('tells the user their work is kept when storage fails', () => {
    expect(describeStoreProblem({ code: 'storage', failure: 'quota', detail: '' }, enText)).toMatch(/still here/);
    expect(describeStoreProblem({ code: 'storage', failure: 'disabled', detail: '' }, zhText)).toMatch(/导出/);
  });
});
