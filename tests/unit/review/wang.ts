/** 王总's year (personas.md): ROI target 3, the agency misses it October to December while he pays the 50,000 yuan ad budget every month. */
import { emptyMonth, defaultReviewState, type ReviewState } from '../../../src/lib/review/state';

export const WANG_ROI = [3.4, 3.2, 3.1, 3.3, 3.0, 3.2, 3.5, 3.1, 3.2, 2.6, 2.4, 2.5];

export function wangYear(): ReviewState {
  const state = defaultReviewState();
  state.start = '2026-01';
  state.term = 12;
  state.targets = { sales: 60_000_000, visitors: null, conversion: null, roi: 3 };
  state.deliverables[0] = { kind: 'report', label: '运营周报', due: '每周一' };
  state.deliverables[1] = { kind: 'meeting', label: '月度复盘会', due: '每月5日前' };
  state.obligations[0] = { label: '每月推广预算', amount: 50000, unit: '元' };
  state.obligations[1] = { label: '回复书面请求', amount: 2, unit: '个工作日内' };
  state.consequences[0] = { metric: 'roi', months: 3, action: 'warning', note: '第 7.2 条' };
  state.consequences[1] = { metric: 'roi', months: 6, action: 'termination', note: '第 9.1 条' };
  state.months = WANG_ROI.map((roi, index) => {
    const month = `2026-${String(index + 1).padStart(2, '0')}`;
    return {
      ...emptyMonth(month),
      sales: 62_000_000,
      adSpend: 5_000_000,
      roi,
      delivered: ['on-time', index === 10 ? 'late' : 'on-time', '', '', '', ''],
      met: ['met', 'met', '', ''],
      notes: index >= 9 ? 'ROI 下滑，代运营方说是竞品降价' : '',
      evidence: `推广充值发票 INV-2026-${String(index + 1).padStart(2, '0')}`,
    };
  });
  return state;
}
