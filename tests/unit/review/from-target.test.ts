/**
 * The monthly review's set-up from the target check (its month-by-month sales targets with the sales
 * peaks, its ROI, the merchant's commitments) and the month-by-month targets in the review itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/lib/kit/strings';
import { analyse } from '../../../src/lib/review/analysis';
import { buildPack } from '../../../src/lib/review/pack';
import { applySetup, setupFromTarget } from '../../../src/lib/review/sources';
import {
  defaultReviewState,
  emptyMonth,
  migrateReviewV1,
  reviewDefinition,
  targetsFor,
  type ReviewState,
} from '../../../src/lib/review/state';
import { reviewStrings } from '../../../src/lib/review/strings';
import { monthAgainstTargets } from '../../../src/lib/review/view';
import { decodeEnvelope } from '../../../src/lib/state/envelope';
import { readSaved } from '../../../src/lib/state/read';
import { analyse as analyseTarget } from '../../../src/lib/target/model';
import { targetStateDefinition, type TargetState } from '../../../src/lib/target/state';

const zh = translator(reviewStrings.zh);
const en = translator(reviewStrings.en);
const savedTarget = readFileSync(new URL('../../fixtures/saved/target-v1.json', import.meta.url), 'utf8');
const target = readSaved(targetStateDefinition, savedTarget) as TargetState;
const plan = analyseTarget(target).months.map((month) => month.targetFen);

// The fixture: ¥1,000,000 over six months from March, June (618) at 1.5×: weights 100 × 5 + 150 = 650.
// Each month is the difference of rounded running totals: 1e8 × 100/650 = 15,384,615.38 → 15,384,615;
// 1e8 × 200/650 = 30,769,230.77 → 30,769,231 (month 2: 15,384,616); … June 1e8 × 450/650 − 46,153,846.
const PLAN = [15_384_615, 15_384_616, 15_384_615, 23_076_923, 15_384_616, 15_384_615];

describe('the target check as a source', () => {
  it('gives the months, the month-by-month sales targets, the ROI and the merchant’s commitments', () => {
    expect(plan).toEqual(PLAN);
    expect(plan.reduce((a, b) => a + b, 0)).toBe(target.targetFen);
    const found = setupFromTarget(target, plan, zh);
    expect(found).toEqual({
      term: 6,
      targets: { roi: 2.5 },
      salesPlan: PLAN,
      deliverables: [],
      obligations: [
        { label: '每月推广预算', amount: 20_000, unit: '元' },
        { label: '每月可售库存', amount: 1_500, unit: '件' },
        { label: '回复书面请求', amount: 3, unit: '个工作日内' },
      ],
    });
  });

  it('leaves out what the target check does not say: no budget, no stock, ads priced by the click', () => {
    const found = setupFromTarget(
      { ...target, budgetFen: 0, stockUnits: null, approvalDays: null, roiH: null, cpcFen: 120 },
      plan,
      en,
    );
    expect(found.targets).toEqual({});
    expect(found.obligations).toEqual([]);
  });

  it('fills empty places only and says what it took', () => {
    const start = { ...defaultReviewState(), start: '2026-03' };
    const { state, filled, taken } = applySetup(start, setupFromTarget(target, plan, zh));
    expect(filled).toBe(5);
    expect(taken).toEqual({ targets: ['roi'], plan: true, labels: ['每月推广预算', '每月可售库存', '回复书面请求'] });
    expect(state.salesPlan).toEqual(PLAN);
    expect(state.term).toBe(12); // A contract with a start keeps its own term.
    expect(state.targets).toMatchObject({ sales: null, roi: 2.5 });
    // Asking again takes nothing; one sales target typed keeps the plan out.
    expect(applySetup(state, setupFromTarget(target, plan, zh)).filled).toBe(0);
    const typed = { ...start, targets: { ...start.targets, sales: 15_000_000 } };
    expect(applySetup(typed, setupFromTarget(target, plan, zh)).state.salesPlan).toEqual([]);
    // A fresh review takes the target check's six months.
    expect(applySetup(defaultReviewState(), setupFromTarget(target, plan, zh)).state.term).toBe(6);
  });

  it('the contract checklist’s budget and the target check’s are one obligation, not two', () => {
    const contractBudget = { label: '每月推广预算', amount: 30_000, unit: '元' };
    const start = {
      ...defaultReviewState(),
      obligations: [contractBudget, ...defaultReviewState().obligations.slice(1)],
    };
    const { state } = applySetup(start, setupFromTarget(target, plan, zh));
    expect(state.obligations.filter((slot) => slot.label === '每月推广预算')).toEqual([contractBudget]);
  });
});

describe('month-by-month sales targets in the review', () => {
  const planned = (): ReviewState => ({
    ...defaultReviewState(),
    start: '2026-03',
    term: 12,
    salesPlan: PLAN,
    targets: { sales: 10_000_000, visitors: null, conversion: null, roi: null },
  });

  it('each month of the plan has its own target; before and after it, the one sales target', () => {
    const state = planned();
    expect(targetsFor(state, '2026-03').sales).toBe(15_384_615);
    expect(targetsFor(state, '2026-06').sales).toBe(23_076_923);
    expect(targetsFor(state, '2026-09').sales).toBe(10_000_000);
    expect(targetsFor(state, '2026-02').sales).toBe(10_000_000);
    expect(targetsFor({ ...state, start: '' }, '2026-06').sales).toBe(10_000_000);
  });

  it('June (618) is judged against its peak target: ¥200,000 misses ¥230,769 though it beats the average', () => {
    const state = planned();
    state.months = ['2026-03', '2026-04', '2026-05', '2026-06'].map((month) => ({
      ...emptyMonth(month),
      sales: month === '2026-06' ? 20_000_000 : 16_000_000,
    }));
    const sales = analyse(state).kpis.find((kpi) => kpi.metric === 'sales');
    expect(sales).toMatchObject({ recorded: 4, missed: 1, streak: 1, streakFrom: '2026-06', target: 23_076_923 });
    const june = state.months[3] ?? emptyMonth('2026-06');
    expect(monthAgainstTargets(june, targetsFor(state, '2026-06'), zh)).toBe('销售额：¥200,000，低于目标 ¥230,769');
    const pack = buildPack(state, en, '2026-07-01');
    const row = pack.months.find((month) => month.month === '2026-06')?.rows[0];
    expect(row?.agreed).toContain('230,769');
    expect(row?.failed).toBe(true);
  });

  it('a plan alone (no single sales target) is a sales KPI; months beyond it are not judged', () => {
    const state = { ...planned(), targets: defaultReviewState().targets };
    state.months = [{ ...emptyMonth('2026-10'), sales: 1 }];
    const sales = analyse(state).kpis.find((kpi) => kpi.metric === 'sales');
    expect(sales).toMatchObject({ recorded: 0, missed: 0, target: 15_384_615 });
  });

  it('saved reviews of version 1 load with no plan; the migration is pure', () => {
    const text = readFileSync(new URL('../../fixtures/saved/review-v1.json', import.meta.url), 'utf8');
    const decoded = decodeEnvelope(reviewDefinition, text);
    expect(decoded.ok && decoded.data.salesPlan).toEqual([]);
    const data = (JSON.parse(text) as { data: object }).data;
    const copy = structuredClone(data);
    migrateReviewV1(data);
    expect(data).toEqual(copy);
    expect(reviewDefinition.schema.safeParse({ ...defaultReviewState(), salesPlan: [-1] }).success).toBe(false);
  });
});
