/** The target check's saved work of version 1 loads (migrated to version 2), and the contract checklist reads it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractValuesFromTarget, readTarget, targetClause } from '../../../src/lib/contract/from-target';
import { decodeEnvelope } from '../../../src/lib/state/envelope';
import { analyse } from '../../../src/lib/target/model';
import { migrateTargetV1, targetStateDefinition } from '../../../src/lib/target/state';

const text = readFileSync(resolve(import.meta.dirname, '../../fixtures/saved/target-v1.json'), 'utf8');

describe('target check saved state (schema 1)', () => {
  it('loads as version 2: no returning buyers counted apart, no cost per click, the same results', () => {
    const decoded = decodeEnvelope(targetStateDefinition, text);
    expect(decoded.ok && decoded.data).toEqual({
      ...(JSON.parse(text) as { data: object }).data,
      repeatBp: 0,
      cpcFen: null,
    });
    if (!decoded.ok) return;
    // Version 1's arithmetic: 1,000,000 / 6 = 166,666.67 a month × 50 % paid ÷ ROI 2.5 = 33,333.33.
    const a = analyse(decoded.data);
    expect(a.adSpendFen).toBe(3_333_333);
    expect(a.roiH).toBe(250);
    expect(a.reasons.map((r) => r.check)).not.toContain('roi');
  });

  it('the migration is pure and leaves version 2 data alone', () => {
    const v1 = (JSON.parse(text) as { data: object }).data;
    const copy = structuredClone(v1);
    migrateTargetV1(v1);
    expect(v1).toEqual(copy);
    expect(migrateTargetV1({ ...v1, repeatBp: 2_500, cpcFen: 80 })).toMatchObject({ repeatBp: 2_500, cpcFen: 80 });
  });

  it('refuses saved data with neither an ROI nor a cost per click', () => {
    const data = { ...(JSON.parse(text) as { data: object }).data, repeatBp: 0, roiH: null, cpcFen: null };
    expect(targetStateDefinition.schema.safeParse(data).success).toBe(false);
    expect(targetStateDefinition.schema.safeParse({ ...data, cpcFen: 100 }).success).toBe(true);
  });

  it('gives the contract checklist its KPI values and the clause in both languages', () => {
    const state = readTarget(text);
    expect(state).not.toBeNull();
    if (!state) return;
    expect(contractValuesFromTarget(state)).toEqual({
      kpiMetric: 'gmv',
      kpiTarget: '1000000',
      kpiPeriodMonths: '6',
      adBudgetFen: '20000',
      responseDays: '3',
    });
    // March to August with June at 1.5×: weights 100 × 5 + 150 = 650; month 1 = 1,000,000 / 6.5 = 153,846.15.
    expect(targetClause(state, 'zh')[1]).toContain('第 1 个月末 153,846.15 元');
    expect(targetClause(state, 'en')[2]).toContain('keeps at least 1,500 units in stock each month');
  });

  it('reads nothing from damaged or missing data', () => {
    expect(readTarget(null)).toBeNull();
    expect(readTarget('{"app":')).toBeNull();
    expect(readTarget(text.replace('"crBp": 250', '"crBp": 0'))).toBeNull();
  });

  it('a period longer than the contract’s 24 months is left for the merchant to type', () => {
    const state = readTarget(text);
    if (state) expect(contractValuesFromTarget({ ...state, months: 36 })).not.toHaveProperty('kpiPeriodMonths');
  });
});

describe('the whole-case backup', () => {
  it('carries the target check', async () => {
    const { ALL_DEFINITIONS } = await import('../../../src/lib/case/definitions');
    expect(ALL_DEFINITIONS.map((definition) => definition.tool)).toContain('target');
  });
});
