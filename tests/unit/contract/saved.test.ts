import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractStateDefinition, defaultContractState } from '../../../src/lib/contract/state';
import { decodeEnvelope, storageKey } from '../../../src/lib/state';

/** Saved by the checklist before the port to the tool kit (same key, same envelope, schema version 1; migrated to 2). */
const saved = readFileSync(new URL('../../fixtures/saved/contract-v1.json', import.meta.url), 'utf8');

describe('contract checklist: data saved before the port', () => {
  it('is read back with the same key and every answer', () => {
    expect(storageKey(contractStateDefinition.tool)).toBe('tmall-agency-guide:v1:contract');
    const decoded = decodeEnvelope(contractStateDefinition, saved);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    // Version 1 had one name per party: a name in Chinese characters becomes the Chinese name.
    expect(decoded.migratedFrom).toBe(1);
    expect(decoded.data).toEqual({
      ...defaultContractState(),
      merchantNameZh: '杭州小林茶业有限公司',
      agencyNameEn: 'Agency B',
      draftDate: '2026-11-30',
      draftVersion: 'v2',
      output: 'both',
      custody: 'half',
      specialCategory: true,
      tmallGlobal: false,
      foreignBrand: false,
      owners: { 'paid-ads': 'shared', 'store-design': 'agency', 'customer-service': 'merchant' },
      feeModel: 'base-commission',
      baseFeeFen: 1_500_000,
      commissionRatePct: 6.5,
      commissionBase: 'net',
      capFeeFen: 5_000_000,
      kpiMetric: 'store-experience',
      kpiTarget: 4.8,
      kpiPeriodMonths: 6,
      gmvTargetFen: 20_000_000,
      guarantee: true,
      refundAmountFen: 300_000,
      refundDays: 30,
      reportCadence: 'weekly',
      meetingCadence: 'monthly',
      backOfficeAccess: true,
      responseDays: 3,
      storeHolder: 'merchant',
      licenceHolder: 'other',
      licenceHolderName: '小林品牌管理有限公司',
      adBudgetFen: 2_000_000,
      adPayer: 'merchant',
      ipOwner: 'merchant',
      agencyDeposit: true,
      depositFen: 1_000_000,
      termMonths: 12,
      noticeDays: 30,
      handoverDays: 15,
      // Version 2's warning signs start unticked, and its customer-service answers open.
      offer: { ...defaultContractState().offer, yearUpfront: true, vagueCooperation: true },
      ticks: { 'c-term': true, 'c-handover': true },
    });
  });
});

describe('contract checklist: version 1 → 2', () => {
  it('keeps an open commission base open (the new default applies to first visits only)', () => {
    const v1 = JSON.parse(saved) as { data: Record<string, unknown> };
    const open = JSON.stringify({ ...v1, data: { ...v1.data, commissionBase: null } });
    const decoded = decodeEnvelope(contractStateDefinition, open);
    expect(decoded.ok && decoded.data.commissionBase).toBe(null);
    expect(decoded.ok && decoded.data.csCoverage).toBe(null);
    expect(decoded.ok && decoded.data.offer.autoRenewal).toBe(false);
  });
});
