/**
 * The fee calculator's saved state (schema version 1) and its store definition. The data is
 * specified by the zod schema in `state.schema.ts`; the browser checks it with the form's rules
 * instead, because the page's script budget (12 KB gzipped) cannot carry zod (~26 KB).
 * `tests/unit/fees/state.test.ts` runs both over random data and requires them to agree.
 */
import type { StateSchema, ToolStateDefinition } from '../state';
import { parseInputs, rawFromState } from './fields';
import type { FeeState } from './state.schema';

export type { FeeState } from './state.schema';

/**
 * The first visit's figures: 陈女士's two offers from the personas (agency A ¥15,000 a month + 6 %,
 * agency B 18 % with no base fee) at ¥200,000 a month of sales, with a fixed-fee and a tiered
 * offer to compare. Platform figures follow content/facts.yaml where it has one (¥30,000 yearly
 * fee, ¥50,000 deposit for an ® flagship store, about 1 % payment fee); the rest are examples.
 */
export function defaultFeeState(): FeeState {
  return {
    gmvFen: 20_000_000,
    refundPct: 0,
    commissionOn: 'gmv',
    marginPct: 40,
    adSpendFen: 2_000_000,
    adPayer: 'merchant',
    models: {
      'base-commission': { enabled: true, label: '', baseFen: 1_500_000, ratePct: 6 },
      fixed: { enabled: true, label: '', feeFen: 3_000_000 },
      commission: { enabled: true, label: '', ratePct: 18 },
      tiered: {
        enabled: true,
        label: '',
        brackets: [
          { upToFen: 30_000_000, ratePct: 5 },
          { upToFen: null, ratePct: 8 },
        ],
        minimumFen: null,
        capFen: null,
      },
    },
    platform: {
      commissionPct: 5,
      paymentPct: 1,
      annualFeeFen: 3_000_000,
      annualRefundThresholdFen: null,
      depositFen: 5_000_000,
      capitalCostPct: 4,
    },
    plan: { startMonth: 1, growthPct: 0, peak618: 1, peakDouble11: 1, peakNewYear: 1 },
  };
}

/** Whether `actual` holds `expected`, value for value (extra keys allowed: zod strips them too). */
function holds(expected: unknown, actual: unknown): boolean {
  if (typeof expected !== 'object' || expected === null) return expected === actual;
  if (typeof actual !== 'object' || actual === null || Array.isArray(expected) !== Array.isArray(actual)) return false;
  if (Array.isArray(expected) && expected.length !== (actual as unknown[]).length) return false;
  return Object.entries(expected).every(([key, value]) => holds(value, (actual as Record<string, unknown>)[key]));
}

/**
 * Validates saved or imported data by the form's own rules, without zod: the data is written out
 * as the form's text and read back, and must come back unchanged. Anything of the wrong type
 * throws on the way out or comes back different; anything out of range is refused by the form.
 * One deliberate difference from the zod schema: a percentage carrying float noise (6.4999999999)
 * passes zod's "two decimals" tolerance but not this exact round trip, so it is refused.
 */
export const feeStateValidator: StateSchema<FeeState> = {
  safeParse(data) {
    let result: ReturnType<typeof parseInputs> | null = null;
    try {
      result = parseInputs(rawFromState(data as FeeState));
    } catch {
      // Not even the right shape.
    }
    if (result?.ok && holds(result.state, data)) return { success: true, data: result.state };
    const field = result && !result.ok ? result.errors[0]?.field : undefined;
    return {
      success: false,
      error: { issues: [{ path: field ? [field] : [], message: field ? 'out of range' : 'wrong type or shape' }] },
    };
  },
};

export const feeStateDefinition: ToolStateDefinition<FeeState> = {
  tool: 'fees',
  version: 1,
  schema: feeStateValidator,
  defaults: defaultFeeState,
};
