import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/lib/kit/strings';
import type { VettingState } from '../../../src/lib/vetting/state';
import { pick } from '../../../src/lib/kit/strings';
import { scriptKeys, vettingStrings } from '../../../src/lib/vetting/strings';
import { detailTables, vettingView, type ViewContext } from '../../../src/lib/vetting/view';
import { agency, catalogue, scores } from './fixture';

const titles: Record<string, string> = { 'v-licence-scope': '营业执照', 'rf-no-access': '不给后台权限' };
const context = (locale: 'zh' | 'en'): ViewContext => ({
  catalogue,
  t: translator(pick(vettingStrings[locale], scriptKeys)),
  titleOf: (id) => titles[id] ?? id,
});

const state: VettingState = {
  agencies: [
    agency({
      id: 'a1',
      name: '杭州甲',
      knockouts: {
        'v-tp-certification': { answer: 'yes', note: '截图' },
        'v-licence-scope': { answer: 'yes', note: '' },
      },
      scores: scores({ 'v-same-category-cases': 5, 'v-tp-rating': 5, 'v-named-team': 5, 'v-itemised-costs': 5 }),
      redFlags: { 'rf-no-access': { observed: true, note: '要主账号' } },
    }),
    agency({ id: 'a2', name: '  ', knockouts: { 'v-licence-scope': { answer: 'no', note: '' } } }),
  ],
  weights: { 'v-tp-rating': 0 },
  notApplicable: [],
};

describe('the scorecard view', () => {
  const view = vettingView(state, 'a1', context('zh'));

  it('names agencies, with a numbered fallback for an empty name', () => {
    expect(view.agencies).toEqual([
      { id: 'a1', name: '杭州甲', active: true },
      { id: 'a2', name: '代运营 2', active: false },
    ]);
    expect(view.full).toBe(false);
  });

  it('describes the agency being scored and its progress by group', () => {
    expect(view.status).toEqual({ status: 'passed', line: '一票否决项全部通过', score: ' · 90/100' });
    expect(view.progress.find((entry) => entry.group === 'credentials')?.text).toBe('已评 1/1');
    expect(vettingView(state, null, context('zh')).status).toBeNull();
  });

  it('shows weights as shares of 100 % and counts the changed ones', () => {
    expect(view.weights.find((row) => row.id === 'v-tp-rating')).toEqual({
      id: 'v-tp-rating',
      value: '0',
      label: '权重 0 · 不计入',
      share: '—',
      notApplicable: false,
    });
    expect(view.weights.find((row) => row.id === 'v-same-category-cases')?.share).toBe('41.7%');
    expect(view.weightsChanged).toBe('（已修改 1 项）');
    expect(view.allZero).toBe('');
    const zero = { ...state, weights: Object.fromEntries(view.weights.map((row) => [row.id, 0])) };
    expect(vettingView(zero, 'a1', context('en')).allZero).toMatch(/^No scored criterion counts now/);
    expect(view.weightTotal).toEqual({ points: '12', share: '100%' });
  });

  it('leaves a criterion marked not applicable out of every total and share, and says so', () => {
    const [first, second] = state.agencies;
    if (!first || !second) throw new Error('two agencies');
    const rated = {
      ...first,
      notes: '王经理，11 月 3 日',
      scores: scores({ 'v-same-category-cases': 1, 'v-named-team': 5, 'v-itemised-costs': 5 }),
    };
    const counted = { ...state, agencies: [rated, second] };
    // Weights 5, 3, 4 (v-tp-rating is at 0): 25 × (5×1 + 3×5 + 4×5 − 12) / 12 = 58, less 10 for the red flag.
    expect(vettingView(counted, 'a1', context('zh')).ranking[0]?.total).toBe('48/100');
    const marked = { ...counted, notApplicable: ['v-same-category-cases'] };
    const shown = vettingView(marked, 'a1', context('zh'));
    // Without the 1 out of 5: 25 × (15 + 20 − 7) / 7 = 100, less 10.
    expect(shown.ranking[0]?.total).toBe('90/100');
    expect(shown.weights.find((row) => row.id === 'v-same-category-cases')).toEqual({
      id: 'v-same-category-cases',
      value: '5',
      label: '权重 5 · 不适用，不计入',
      share: '不适用',
      notApplicable: true,
    });
    expect(shown.weights.map((row) => row.share)).toEqual(['—', '不适用', '42.9%', '57.1%']);
    expect(shown.weightTotal).toEqual({ points: '7', share: '100%' });
    expect(shown.leftOut).toBe('不计入任何公司总分的评分项（不适用或权重为 0）：v-tp-rating、v-same-category-cases。');
    expect(shown.progress.find((entry) => entry.group === 'track-record')?.text).toBe('已评 0/0');
    expect(shown.summary).toBe('当前排名：第 1 名 杭州甲（90/100）；代运营 2（已排除）');
    const [table] = detailTables(marked, shown, 'a1', context('zh'));
    expect(table?.rows.find((row) => row.id === 'v-same-category-cases')?.notApplicable).toBe(true);
    expect(table?.rows.find((row) => row.id === 'v-named-team')?.notApplicable).toBe(false);
    expect(table?.notes).toEqual([
      { attrs: {}, parts: [{ tag: 'span', className: 'vs-cell-note', text: '王经理，11 月 3 日' }] },
      { attrs: {}, parts: [] },
    ]);
    // Unmarking counts it again.
    expect(vettingView({ ...marked, notApplicable: [] }, 'a1', context('zh')).ranking[0]?.total).toBe('48/100');
  });

  it('ranks scored agencies first and says why one is excluded', () => {
    expect(view.ranking.map((row) => [row.rank, row.name, row.total])).toEqual([
      ['第 1 名', '杭州甲', '90/100'],
      ['—', '代运营 2', '尚未评分'],
    ]);
    expect(view.ranking[0]?.trust).toBe('信任度降低：不给后台权限（扣 10 分）');
    expect(view.ranking[1]?.status).toBe('已排除：未通过一票否决项“营业执照”');
    expect(view.ranking[1]?.attrs).toEqual({ 'data-status': 'excluded', 'data-trust': 'ok' });
  });

  it('puts every agency in a detail column, in the order added, four to a table', () => {
    const [table] = detailTables(state, view, 'a1', context('en'));
    expect(table?.caption).toBe('Scores in detail: 杭州甲, Agency 2');
    expect(table?.columns).toEqual([
      { name: '杭州甲', active: true },
      { name: 'Agency 2', active: false },
    ]);
    const row = (id: string) => table?.rows.find((entry) => entry.id === id);
    expect(row('v-tp-certification')?.cells[0]).toEqual({
      attrs: { 'data-answer': 'yes' },
      parts: [
        { tag: 'span', className: 'vs-cell-value', text: '✓ Yes' },
        { tag: 'span', className: 'vs-cell-note', text: '截图' },
      ],
    });
    expect(row('v-named-team')?.cells[1]?.attrs).toEqual({ 'data-score': '' });
    expect(row('rf-no-access')?.hidden).toBe(false);
    expect(row('rf-vague-report')?.hidden).toBe(true);
    expect(table?.flagsHidden).toBe(false);
    const many = { ...state, agencies: Array.from({ length: 5 }, (_, index) => agency({ id: `a${index}` })) };
    expect(
      detailTables(many, vettingView(many, null, context('en')), null, context('en')).map((t) => t.columns.length),
    ).toEqual([4, 1]);
  });
});
