/** The handover plan, worked out by hand for a notice period that ends on National Day 2026. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/lib/kit/strings';
import { exitFormValues, readExitForm } from '../../../src/lib/exit/form';
import { exitPlan } from '../../../src/lib/exit/plan';
import { defaultExitState, exitStateDefinition, type ExitState } from '../../../src/lib/exit/state';
import { exitStrings } from '../../../src/lib/exit/strings';
import { exitView } from '../../../src/lib/exit/view';
import { decodeEnvelope, encodeEnvelope } from '../../../src/lib/state/envelope';
import { items } from './fixture';

const national: ExitState = { ...defaultExitState(), noticeDate: '2026-09-01', noticeDays: 30 };
const dueOf = (state: ExitState) => {
  const plan = exitPlan(state, items, '2026-09-01');
  return Object.fromEntries((plan?.groups ?? []).flatMap((group) => group.items.map((item) => [item.id, item.due])));
};

describe('exitPlan', () => {
  it('waits for both the notice date and the period', () => {
    expect(exitPlan(defaultExitState(), items, '2026-09-01')).toBeNull();
    expect(exitPlan({ ...national, noticeDays: null }, items, '2026-09-01')).toBeNull();
  });

  it('moves a handover day on National Day to 8 October and says why', () => {
    const plan = exitPlan(national, items, '2026-09-01');
    expect(plan?.nominalHandover).toBe('2026-10-01');
    expect(plan?.handover).toBe('2026-10-08');
    expect(plan?.handoverMoved).toEqual({ from: '2026-10-01', reason: 'national-day' });
    expect(plan?.workingDays).toBe(22);
    expect(plan?.provisionalYears).toEqual([]);
  });

  it('dates every item in working days from the notice or the handover day', () => {
    expect(dueOf(national)).toEqual({
      'h-written-notice': '2026-09-01',
      'h-analytics-export': '2026-09-01',
      'h-operating-rights': '2026-09-08',
      'h-new-team-access': '2026-09-10',
      'h-design-files': '2026-09-17',
      'h-content-accounts': '2026-09-17',
      'h-ad-accounts': '2026-09-23',
      'h-stock-orders': '2026-09-28',
      'h-service-cases': '2026-09-29',
      'h-sub-accounts': '2026-10-08',
      'h-main-account': '2026-10-08',
      'h-handover-record': '2026-10-08',
      'h-customer-data': '2026-10-14',
      'h-final-settlement': '2026-10-21',
      'h-deposit-refund': '2026-10-21',
    });
  });

  it('groups the items by week from the notice day, then after handover', () => {
    const plan = exitPlan(national, items, '2026-09-01');
    expect(plan?.groups.map((group) => group.key)).toEqual([
      { kind: 'week', week: 1, from: '2026-09-01', to: '2026-09-07' },
      { kind: 'week', week: 2, from: '2026-09-08', to: '2026-09-14' },
      { kind: 'week', week: 3, from: '2026-09-15', to: '2026-09-21' },
      { kind: 'week', week: 4, from: '2026-09-22', to: '2026-09-28' },
      { kind: 'week', week: 5, from: '2026-09-29', to: '2026-10-05' },
      { kind: 'week', week: 6, from: '2026-10-06', to: '2026-10-08' },
      { kind: 'after' },
    ]);
  });

  it('moves a date the merchant sets on a holiday, and keeps an adjusted Saturday', () => {
    const state: ExitState = {
      ...national,
      items: {
        'h-design-files': { owner: 'both', due: '2026-09-26', done: false, note: '' },
        'h-ad-accounts': { owner: null, due: '2026-09-20', done: true, note: 'balance ¥12,000' },
      },
    };
    const plan = exitPlan(state, items, '2026-09-25');
    const all = plan?.groups.flatMap((group) => group.items) ?? [];
    expect(all.find((item) => item.id === 'h-design-files')).toMatchObject({
      due: '2026-09-28',
      moved: { from: '2026-09-26', reason: 'mid-autumn' },
      owner: 'both',
      ownerChanged: true,
      dueSet: true,
      late: false,
    });
    expect(all.find((item) => item.id === 'h-ad-accounts')).toMatchObject({ due: '2026-09-20', moved: null });
    expect(all.find((item) => item.id === 'h-operating-rights')?.late).toBe(true);
    expect(plan?.doneCount).toBe(1);
  });

  it('marks a plan crossing into 2027 as provisional, in words', () => {
    const state: ExitState = { ...national, noticeDate: '2027-01-06', noticeDays: 30 };
    const plan = exitPlan(state, items, '2027-01-06');
    expect(plan?.handover).toBe('2027-02-09');
    expect(plan?.handoverMoved?.reason).toBe('spring-festival');
    expect(plan?.provisionalYears).toEqual([2027]);
    const view = exitView(state, items, translator(exitStrings.zh), 'zh', '2027-01-06');
    expect(view.warnings[0]).toContain('2027 年的放假调休安排国务院办公厅还没有公布');
    expect(view.summary?.[1]).toContain('春节假期');
  });
});

describe('the form', () => {
  const values = exitFormValues(national, items);

  it('round-trips a state', () => {
    const state: ExitState = {
      ...national,
      items: { 'h-main-account': { owner: 'new-agency', due: '2026-10-09', done: true, note: '已改绑 138****' } },
    };
    expect(readExitForm(exitFormValues(state, items), items, defaultExitState())).toEqual({ state, errors: {} });
  });

  it('refuses a date that does not exist, and keeps the last good one', () => {
    const result = readExitForm({ ...values, noticeDate: '2026-02-30' }, items, national);
    expect(result.errors['noticeDate']?.code).toBe('date');
    expect(result.state.noticeDate).toBe('2026-09-01');
  });

  it('refuses a negative or absurd notice period', () => {
    expect(readExitForm({ ...values, noticeDays: '-5' }, items, national).errors['noticeDays']?.code).toBe(
      'whole-range',
    );
    expect(readExitForm({ ...values, noticeDays: '9999' }, items, national).errors['noticeDays']?.code).toBe(
      'whole-range',
    );
  });

  it('keeps the contract as the source only while the period is unchanged', () => {
    const fromContract: ExitState = { ...national, noticeFrom: 'contract' };
    expect(readExitForm(values, items, fromContract).state.noticeFrom).toBe('contract');
    expect(readExitForm({ ...values, noticeDays: '45' }, items, fromContract).state.noticeFrom).toBe('typed');
  });
});

describe('saved state', () => {
  it('round-trips through the store and refuses an impossible date', () => {
    const text = encodeEnvelope(exitStateDefinition, national, 'r1', new Date('2026-09-01T00:00:00Z'));
    const decoded = decodeEnvelope(exitStateDefinition, text);
    expect(decoded.ok && decoded.data).toEqual(national);
    const broken = text.replace('"noticeDate": "2026-09-01"', '"noticeDate": "2026-02-30"');
    expect(broken).not.toBe(text);
    expect(decodeEnvelope(exitStateDefinition, broken).ok).toBe(false);
  });
});

describe('a file saved by version 1', () => {
  it('still loads, and its plan moves the date set on the Mid-Autumn Saturday', () => {
    const text = readFileSync(new URL('../../fixtures/saved/exit-v1.json', import.meta.url), 'utf8');
    const decoded = decodeEnvelope(exitStateDefinition, text);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.data.noticeFrom).toBe('contract');
    expect(dueOf(decoded.data)['h-design-files']).toBe('2026-09-28');
  });
});
