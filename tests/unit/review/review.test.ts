import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/review/analysis';
import { decodeBytes, guessMapping, importFigures, mergeFigures, readNumber } from '../../../src/lib/review/csv';
import {
  monthFormValues,
  parseMonth,
  readMonthForm,
  readSetupForm,
  setupFormValues,
  withMonth,
} from '../../../src/lib/review/form';
import { addMonths, contractMonths } from '../../../src/lib/review/model';
import { buildPack, packCsv } from '../../../src/lib/review/pack';
import { applySetup, setupFromContract } from '../../../src/lib/review/sources';
import { defaultReviewState, emptyMonth, reviewDefinition } from '../../../src/lib/review/state';
import { reviewStrings } from '../../../src/lib/review/strings';
import { monthAgainstTargets, reviewReport } from '../../../src/lib/review/view';
import { contractStateDefinition } from '../../../src/lib/contract/state';
import { translator } from '../../../src/lib/kit/strings';
import { decodeEnvelope, encodeEnvelope } from '../../../src/lib/state';
import { wangYear } from './wang';

const zh = translator(reviewStrings.zh);
const en = translator(reviewStrings.en);
const mapping = defaultReviewState().mapping;

describe('months', () => {
  it('reads months as people write them and refuses ones that do not exist', () => {
    expect(parseMonth('2026-3')).toBe('2026-03');
    expect(parseMonth('２０２６年１１月')).toBe('2026-11');
    expect(parseMonth('2026/12')).toBe('2026-12');
    expect(parseMonth('')).toBe('');
    expect(parseMonth('2026-13')).toBeNull();
    expect(parseMonth('March')).toBeNull();
  });
  it('counts months across a year end', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(contractMonths('2026-01', 12)).toHaveLength(12);
    expect(contractMonths('2026-01', 12)[11]).toBe('2026-12');
  });
});

describe('forms', () => {
  it('round-trips the set-up and a month', () => {
    const state = wangYear();
    const back = readSetupForm(setupFormValues(state), { ...state, targets: defaultReviewState().targets });
    expect(back.errors).toEqual({});
    expect(back.state.targets).toEqual(state.targets);
    expect(back.state.obligations).toEqual(state.obligations);
    const month = state.months[10] ?? emptyMonth('2026-11');
    const read = readMonthForm(monthFormValues(month), month.month);
    expect(read.errors).toEqual({});
    expect(read.record).toEqual(month);
  });
  it('refuses a start month that does not exist and a conversion over 100 %, keeping the rest', () => {
    const previous = wangYear();
    const values = { ...setupFormValues(previous), start: '2026-13', 'target.conversion': '250' };
    const { state, errors } = readSetupForm(values, previous);
    expect(errors['start']).toEqual({ code: 'month-format' });
    expect(errors['target.conversion']?.code).toBe('decimal-range');
    expect(state.start).toBe('2026-01');
    expect(state.targets.roi).toBe(3);
  });
  it('keeps months in order, once each, and drops a month emptied again', () => {
    let state = defaultReviewState();
    state = withMonth(state, { ...emptyMonth('2026-03'), sales: 100 });
    state = withMonth(state, { ...emptyMonth('2026-01'), sales: 100 });
    state = withMonth(state, { ...emptyMonth('2026-03'), sales: 200 });
    expect(state.months.map((m) => [m.month, m.sales])).toEqual([
      ['2026-01', 100],
      ['2026-03', 200],
    ]);
    expect(withMonth(state, emptyMonth('2026-01')).months).toHaveLength(1);
  });
});

describe('saved state', () => {
  it('saves and loads 王总’s year', () => {
    const text = encodeEnvelope(reviewDefinition, wangYear(), 'r1', new Date('2026-12-31T00:00:00Z'));
    const decoded = decodeEnvelope(reviewDefinition, text);
    expect(decoded.ok && decoded.data).toEqual(wangYear());
  });
  it('refuses a file with a month twice', () => {
    const state = wangYear();
    state.months[1] = { ...(state.months[1] ?? emptyMonth('2026-02')), month: '2026-01' };
    expect(reviewDefinition.schema.safeParse(state).success).toBe(false);
  });
  it('loads the v1 fixture', () => {
    const text = readFileSync(new URL('../../fixtures/saved/review-v1.json', import.meta.url), 'utf8');
    const decoded = decodeEnvelope(reviewDefinition, text);
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && decoded.data.months).toHaveLength(12);
  });
});

describe('what the record says', () => {
  it('王总: ROI missed three months running, the warning clause applies, his record holds', () => {
    const analysis = analyse(wangYear());
    const roi = analysis.kpis.find((kpi) => kpi.metric === 'roi');
    expect(roi).toMatchObject({ streak: 3, missed: 3, streakFrom: '2026-10', streakTo: '2026-12' });
    expect(analysis.kpis.find((kpi) => kpi.metric === 'sales')?.streak).toBe(0);
    expect(analysis.triggered.map((item) => item.action)).toEqual(['warning']);
    expect(analysis.merchant).toBe('sound');
    expect(analysis.deliverables[1]).toMatchObject({ onTime: 11, late: 1, missing: 0 });
    const report = reviewReport(wangYear(), zh);
    expect(report.kpis.map((line) => line.text)).toContain(
      '推广投产比（ROI）已连续 3 个月未达到目标 3（2026-10 至 2026-12）。',
    );
    expect(report.kpis[0]?.text).toBe('销售额：记录的 12 个月都达到了目标 ¥600,000。');
    expect(report.consequences[0]?.text).toBe('合同约定：推广投产比（ROI）连续 3 个月未达标，书面警告。第 7.2 条');
    expect(report.merchant.text).toMatch(/^你自己的记录站得住：12 个月里/);
    const december = wangYear().months[11] ?? emptyMonth('2026-12');
    expect(monthAgainstTargets(december, wangYear().targets, zh)).toBe(
      '销售额：¥620,000，达到目标 ¥600,000；推广投产比（ROI）：2.5，低于目标 3',
    );
    expect(reviewReport(wangYear(), en).merchant.text).toMatch(/^Your own record holds: in 12 months/);
  });
  it('a budget not paid makes the merchant’s record the weak point; an unrecorded month is a gap', () => {
    const weak = wangYear();
    weak.months[10] = { ...(weak.months[10] ?? emptyMonth('2026-11')), met: ['not-met', 'met', '', ''] };
    expect(analyse(weak).merchant).toBe('weak');
    expect(reviewReport(weak, zh).merchant.text).toContain('每月推广预算有 1 个月未履行');
    const gaps = wangYear();
    gaps.months[4] = { ...(gaps.months[4] ?? emptyMonth('2026-05')), met: ['', 'met', '', ''] };
    expect(analyse(gaps).merchant).toBe('gaps');
  });
  it('a run is counted up to the latest month with a figure', () => {
    const state = wangYear();
    state.months = state.months.slice(0, 11);
    state.months[10] = { ...(state.months[10] ?? emptyMonth('2026-11')), roi: 3.2 };
    expect(analyse(state).kpis.find((kpi) => kpi.metric === 'roi')?.streak).toBe(0);
    expect(analyse(state).triggered).toEqual([]);
  });
});

describe('CSV import', () => {
  const header = ['统计日期', '支付金额', '访客数', '支付转化率', '推广花费'];
  const guessed = guessMapping(header, mapping);
  it('guesses 生意参谋’s columns and keeps a remembered choice', () => {
    expect(guessed).toMatchObject({
      date: '统计日期',
      sales: '支付金额',
      visitors: '访客数',
      conversion: '支付转化率',
      adSpend: '推广花费',
      roi: '',
    });
    expect(guessMapping(['月份', '金额'], { ...mapping, sales: '金额' }).sales).toBe('金额');
    // The same file again: a column the merchant left out stays out.
    const chosen = { ...guessed, visitors: '' };
    expect(guessMapping(header, chosen)).toEqual(chosen);
  });
  it('sums days into months, weights conversion by visitors, skips a total row', () => {
    const rows = [
      header,
      ['2026-01-01', '10,000.50', '1000', '2.00%', '1500'],
      ['2026-01-02', '20000', '3000', '4.00%', '1500'],
      ['2026-02-01', '1.5万', '100', '1%', ''],
      ['合计', '45000', '4100', '', '3000'],
      ['', '', '', '', ''],
    ];
    const result = importFigures(rows, guessed);
    expect(result.problems).toEqual([]);
    expect(result.months).toEqual([
      { month: '2026-01', figures: { sales: 3_000_050, visitors: 4000, conversion: 3.5, adSpend: 300_000 } },
      { month: '2026-02', figures: { sales: 1_500_000, visitors: 100, conversion: 1 } },
    ]);
    expect(result.warnings).toEqual([{ code: 'skipped', line: 5, value: '合计' }]);
  });
  it('names each bad row by its line and imports nothing', () => {
    const rows = [
      header,
      ['2026-02-30', '1', '1', '1', '1'],
      ['2026-03-01', 'abc', '1', '250%', '1'],
      ['2026-03-01', '1', '1', '1', '1'],
    ];
    const result = importFigures(rows, guessed);
    expect(result.months).toEqual([]);
    expect(result.problems).toEqual([
      { code: 'bad-date', line: 2, value: '2026-02-30' },
      { code: 'bad-number', line: 3, header: '支付金额', value: 'abc' },
      { code: 'conversion-range', line: 3, value: '250%' },
      { code: 'day-twice', line: 4, first: 3, value: '2026-03-01' },
    ]);
  });
  it('refuses a month twice, missing columns and 10,000 rows', () => {
    const monthly = [
      ['月份', '销售额'],
      ['2026-01', '1'],
      ['2026年1月', '2'],
    ];
    expect(importFigures(monthly, guessMapping(monthly[0] ?? [], mapping)).problems).toEqual([
      { code: 'month-twice', line: 3, first: 2, value: '2026年1月' },
    ]);
    expect(
      importFigures(
        [
          ['日期', '备注'],
          ['2026-01-01', 'x'],
        ],
        guessMapping(['日期', '备注'], mapping),
      ).problems,
    ).toEqual([{ code: 'no-figure-column' }]);
    expect(importFigures(monthly, { ...mapping, date: '月份', sales: '支付金额' }).problems).toEqual([
      { code: 'missing-column', header: '支付金额' },
    ]);
    const many = [header, ...Array.from({ length: 10_000 }, () => ['2026-01-01', '1', '1', '1', '1'])];
    expect(importFigures(many, guessed).problems).toEqual([{ code: 'too-many-rows', rows: 10_000, limit: 3700 }]);
  });
  it('reads 万 in a header and warns when sales look a thousand times too small', () => {
    const rows = [
      ['月份', '支付金额（万元）'],
      ['2026-01', '62'],
    ];
    expect(importFigures(rows, guessMapping(rows[0] ?? [], mapping)).months[0]?.figures.sales).toBe(62_000_000);
    const plain = [
      ['月份', '支付金额'],
      ['2026-01', '62'],
    ];
    expect(importFigures(plain, guessMapping(plain[0] ?? [], mapping), 60_000_000).warnings).toEqual([
      { code: 'sales-unit', month: '2026-01' },
    ]);
    const fractions = [
      ['月份', '转化率'],
      ['2026-01', '0.025'],
    ];
    expect(importFigures(fractions, guessMapping(fractions[0] ?? [], mapping)).warnings).toEqual([
      { code: 'conversion-fraction' },
    ]);
  });
  it('decodes UTF-8 with a byte-order mark and GBK', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('日期,支付金额')]);
    expect(decodeBytes(utf8)).toEqual({ text: '日期,支付金额', encoding: 'utf-8' });
    // 日期 in GBK.
    const gbk = new Uint8Array([0xc8, 0xd5, 0xc6, 0xda]);
    expect(decodeBytes(gbk)).toEqual({ text: '日期', encoding: 'gb18030' });
  });
  it('reads numbers as spreadsheets write them', () => {
    expect(readNumber('¥1,234.5')).toBe(1234.5);
    expect(readNumber('1.2万')).toBe(12000);
    expect(readNumber('-5')).toBeNull();
    expect(readNumber('n/a')).toBeNull();
  });
  it('merges figures into saved months, keeping notes, and names months whose figures change', () => {
    const state = wangYear();
    const merged = mergeFigures(state, [
      { month: '2026-12', figures: { roi: 2.5 } },
      { month: '2026-11', figures: { roi: 2.8 } },
      { month: '2027-01', figures: { sales: 1 } },
    ]);
    expect(merged.changed).toEqual(['2026-11']);
    expect(merged.state.months).toHaveLength(13);
    expect(merged.state.months[10]?.notes).toBe(state.months[10]?.notes);
  });
});

describe('set-up from the contract checklist', () => {
  it('takes targets, deliverables and obligations into empty places only', () => {
    const contract = {
      ...contractStateDefinition.defaults(),
      kpiMetric: 'roas' as const,
      kpiTarget: 3,
      gmvTargetFen: 60_000_000,
      reportCadence: 'weekly' as const,
      adBudgetFen: 5_000_000,
      adPayer: 'merchant' as const,
      responseDays: 2,
      termMonths: 12,
    };
    const found = setupFromContract(contract, zh);
    expect(found.targets).toEqual({ sales: 60_000_000, roi: 3 });
    const typed = defaultReviewState();
    typed.targets.roi = 2.5;
    const { state, filled } = applySetup(typed, found);
    expect(state.targets).toMatchObject({ roi: 2.5, sales: 60_000_000 });
    expect(state.deliverables[0]).toEqual({ kind: 'report', label: '运营报告', due: '每周' });
    expect(state.obligations.slice(0, 2)).toEqual([
      { label: '每月推广预算', amount: 50000, unit: '元' },
      { label: '回复书面请求', amount: 2, unit: '个工作日内' },
    ]);
    expect(filled).toBe(4);
    expect(applySetup(state, found).filled).toBe(0);
    const renamed = {
      ...state,
      deliverables: state.deliverables.map((slot, i) => (i === 0 ? { ...slot, label: '周报' } : slot)),
    };
    expect(applySetup(renamed, found).filled).toBe(0);
  });
});

describe('evidence pack', () => {
  it('holds both sides month by month, with notes, as rows and as CSV', () => {
    const pack = buildPack(wangYear(), zh, '2027-01-05');
    expect(pack.period).toBe('期间：2026-01 至 2026-12');
    expect(pack.made).toBe('制作日期：2027-01-05');
    expect(pack.months).toHaveLength(12);
    const december = pack.months[11];
    expect(december?.rows.find((row) => row.item === '推广投产比（ROI）')).toMatchObject({
      actual: '2.5 (未达标)',
      failed: true,
    });
    expect(december?.rows.find((row) => row.item === '每月推广预算')).toMatchObject({
      party: 'merchant',
      actual: '已履行',
      agreed: '50000 元',
    });
    expect(pack.months[10]?.rows.find((row) => row.item === '月度复盘会')).toMatchObject({
      actual: '迟交',
      failed: true,
    });
    const csv = packCsv(pack, zh);
    expect(csv.startsWith('\uFEFF代运营月度记录与证据')).toBe(true);
    expect(csv).toContain('2026-12,商家,每月推广预算,50000 元,已履行');
    expect(csv).toContain('2026-12,,证据,,推广充值发票 INV-2026-12');
  });
  it('neutralises a cell that a spreadsheet would run as a formula', () => {
    const state = wangYear();
    state.months[0] = { ...(state.months[0] ?? emptyMonth('2026-01')), notes: '=HYPERLINK("x")' };
    expect(packCsv(buildPack(state, en, '2027-01-05'), en)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
