import { describe, expect, it } from 'vitest';
import { redFlagRules } from '../../../src/lib/contract/redflag-rules';
import { detectRedFlags, redFlagReasons } from '../../../src/lib/contract/redflags';
import { defaultContractState, type ContractState } from '../../../src/lib/contract/state';
import { redFlags } from './fixture';

const found = (partial: Partial<ContractState>) =>
  detectRedFlags({ ...defaultContractState(), ...partial }, redFlags).map((flag) => flag.entry.id);

describe('detectRedFlags', () => {
  it('finds none in the defaults', () => {
    expect(found({})).toEqual([]);
  });

  it('commission only with a guarantee and no written refund: two flags, the walk-away one first', () => {
    expect(found({ feeModel: 'commission', guarantee: true })).toEqual(['rf-guaranteed-sales', 'rf-zero-service-fee']);
    expect(found({ feeModel: 'commission', guarantee: true, refundAmountFen: 100, refundDays: null })).toContain(
      'rf-guaranteed-sales',
    );
    expect(found({ feeModel: 'commission', guarantee: true, refundAmountFen: 100, refundDays: 10 })).toEqual([
      'rf-zero-service-fee',
    ]);
  });

  it('early termination forfeiting all fees, and no back-office access', () => {
    expect(found({ offer: { ...defaultContractState().offer, forfeitOnExit: true } })).toEqual(['rf-forfeit-all-fees']);
    expect(found({ backOfficeAccess: false })).toEqual(['rf-agency-controls-account']);
    expect(found({ backOfficeAccess: true })).toEqual([]);
  });

  it('a DSR KPI is an outdated playbook; a store experience score is not', () => {
    expect(found({ kpiMetric: 'other', kpiMetricOther: 'DSR ≥ 4.8' })).toEqual(['rf-outdated-playbook']);
    expect(found({ kpiMetric: 'store-experience' })).toEqual([]);
  });

  it('every rule fires on its own answer, and each says why in both languages', () => {
    const all = detectRedFlags(
      {
        ...defaultContractState(),
        feeModel: 'commission',
        guarantee: true,
        backOfficeAccess: false,
        storeHolder: 'agency',
        adPayer: 'agency',
        ipOwner: 'agency',
        kpiMetric: 'other',
        kpiMetricOther: 'dsr',
        offer: {
          forfeitOnExit: true,
          yearUpfront: true,
          platformFeesViaAgency: true,
          vagueCooperation: true,
          refusesKpi: true,
          screenshotReports: true,
          autoRenewal: true,
          noHandover: true,
        },
        commissionBase: 'gmv',
        noticeDays: 90,
      },
      redFlagRules.map((rule, index) => ({
        id: rule.id,
        severity: (index % 3) + 1,
        title: { zh: rule.id, en: rule.id },
        why: { zh: '', en: '' },
      })),
    );
    expect(all.map((flag) => flag.entry.id).sort()).toEqual([...new Set(redFlagRules.map((rule) => rule.id))].sort());
    const severities = all.map((flag) => flag.entry.severity);
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
    for (const rule of redFlagRules)
      expect(redFlagReasons[rule.reason]?.zh && redFlagReasons[rule.reason]?.en).toBeTruthy();
    // A flag two answers raise says both.
    expect(all.find((flag) => flag.entry.id === 'rf-handover-refusal')?.because).toHaveLength(2);
  });

  it('skips a rule whose entry is missing from the data', () => {
    expect(detectRedFlags({ ...defaultContractState(), feeModel: 'commission' }, [])).toEqual([]);
  });
});
