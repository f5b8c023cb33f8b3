import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope } from '../../../src/lib/state';
import { vettingDefinition } from '../../../src/lib/vetting/state';

/** An envelope written by the scorecard before the kit port (encodeEnvelope + the old definition). */
const saved = readFileSync(new URL('../../fixtures/saved/vetting-v1.json', import.meta.url), 'utf8');

describe('a scorecard saved before the port (schema version 1)', () => {
  it('decodes to the same state, with nothing marked not applicable', () => {
    const result = decodeEnvelope(vettingDefinition, saved);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1, envelope: { schemaVersion: 2, tool: 'vetting' } });
    if (!result.ok) return;
    expect(result.data).toEqual({
      agencies: [
        {
          id: 'a1b2c3',
          name: '杭州某某电商',
          notes: '11 月 3 日见面，联系人王经理，报价 2 万/月',
          knockouts: {
            'v-tp-certification': { answer: 'yes', note: 'TP 后台截图' },
            'v-licence-scope': { answer: 'unchecked', note: '待看营业执照' },
          },
          scores: {
            'v-same-category-cases': { score: 4, note: '两个同类目案例', evidence: '店铺链接' },
            'v-named-team': { score: null, note: '', evidence: '团队名单待发' },
          },
          redFlags: { 'rf-no-access': { observed: true, note: '要主账号' } },
        },
        {
          id: 'azz9',
          name: 'B Agency',
          notes: '',
          knockouts: { 'v-tp-certification': { answer: 'no', note: 'no TP badge' } },
          scores: { 'v-tp-rating': { score: 2, note: '', evidence: '' } },
          redFlags: {},
        },
      ],
      weights: { 'v-tp-rating': 0, 'v-named-team': 5 },
      notApplicable: [],
    });
  });
});
