/**
 * Files the scorecard's import refuses, moved from the browser suite (tests/e2e/vetting-storage.spec.ts):
 * the page hands the file's text to `decodeEnvelope` and shows "导入失败，当前内容没有改变：" followed by
 * `describeDecodeError`. Files over 1 MB are refused by size before they are read (src/scripts/kit/persistence.ts);
 * the browser keeps that case and "not JSON" to prove the wiring (nothing changes, the notice shows).
 */
import { describe, expect, it } from 'vitest';
import { kitStrings } from '../../../src/lib/kit/kit-strings';
import { translator } from '../../../src/lib/kit/strings';
import { decodeEnvelope, describeDecodeError } from '../../../src/lib/state';
import { vettingDefinition } from '../../../src/lib/vetting/state';
import { envelope } from '../../fixtures/envelope';

function agencyData(id: string, name: string, extra: Record<string, unknown> = {}) {
  return { id, name, notes: '', knockouts: {}, scores: {}, redFlags: {}, ...extra };
}

/** The page's size limit on an imported file (MAX_IMPORT_BYTES in src/scripts/kit/persistence.ts). */
const MAX_IMPORT_BYTES = 1_000_000;

const refused: [label: string, body: string, message: RegExp][] = [
  ['not JSON', 'this is not json', /不是有效的 JSON/],
  ['a future version', envelope({ agencies: [], weights: {}, notApplicable: [] }, { schemaVersion: 3 }), /更新版本/],
  ['another tool', envelope({ agencies: [], weights: {} }, { tool: 'fees' }), /费用计算器/],
  ['not ours', JSON.stringify({ agencies: [] }), /不是本站导出的文件/],
  [
    'a wrong type',
    envelope({
      agencies: [agencyData('a1', 'x', { scores: { 'v-x': { score: '5', note: '', evidence: '' } } })],
      weights: {},
    }),
    /data\.agencies\.0\.scores\.v-x\.score/,
  ],
  [
    'a score of 9',
    envelope({
      agencies: [agencyData('a1', 'x', { scores: { 'v-x': { score: 9, note: '', evidence: '' } } })],
      weights: {},
    }),
    /data\.agencies\.0\.scores\.v-x\.score/,
  ],
  [
    'nine agencies',
    envelope({ agencies: Array.from({ length: 9 }, (_, i) => agencyData(`a${i}`, `x${i}`)), weights: {} }),
    /data\.agencies/,
  ],
  [
    'deep nesting',
    envelope({ agencies: [], weights: {} }).replace(
      '"weights"',
      `"deep":${'['.repeat(200)}${']'.repeat(200)},"weights"`,
    ),
    /嵌套层级超过/,
  ],
  ['a huge array', envelope({ agencies: Array.from({ length: 5000 }, () => 1), weights: {} }), /条目超过/],
];

describe('importing a scorecard file', () => {
  it.each(refused)('refuses a file with %s, with a message saying why', (_label, body, message) => {
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    const decoded = decodeEnvelope(vettingDefinition, body);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(describeDecodeError(decoded.error, translator(kitStrings.zh))).toMatch(message);
  });

  it.each<[string, string]>([
    ['over 1 MB', ' '.repeat(1_100_000)],
    ['a 10 MB string', envelope({ agencies: [agencyData('a1', 'x'.repeat(10 * 1024 * 1024))], weights: {} })],
  ])('refuses a file with %s: by size in the page, and by length if it were read', (_label, body) => {
    expect(Buffer.byteLength(body)).toBeGreaterThan(MAX_IMPORT_BYTES);
    const decoded = decodeEnvelope(vettingDefinition, body);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error.code).toBe('too-large');
  });

  it('accepts a well-formed file', () => {
    expect(
      decodeEnvelope(vettingDefinition, envelope({ agencies: [agencyData('a1', '导入的公司')], weights: {} })).ok,
    ).toBe(true);
  });
});
