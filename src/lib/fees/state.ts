/**
 * The fee calculator's saved state (schema version 1) and its store definition. The data is
 * specified by the zod schema in `state.schema.ts`; this file checks it by hand with the same rules,
 * because the page's script budget (12 KB gzipped) cannot carry zod. `tests/unit/fees/state.test.ts`
 * runs both over random data and requires them to agree.
 */
import type { StateSchema, ToolStateDefinition } from '../state';
import { MAX_BRACKETS, MAX_FEE_FEN, MAX_GMV_FEN, MAX_GROWTH_PCT, MAX_LABEL_LENGTH, MAX_MULTIPLIER, MIN_GROWTH_PCT } from './limits';
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

type Issue = { path: PropertyKey[]; message: string };

class Invalid extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message);
  }
}

type Reader = (value: unknown, path: PropertyKey[]) => unknown;

function fail(path: PropertyKey[], message: string): never {
  throw new Invalid({ path, message });
}

const isTwoDecimals = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;

function numberIn(min: number, max: number, whole: boolean, decimals = true): Reader {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'expected a number');
    if (whole && !Number.isInteger(value)) fail(path, 'expected a whole number');
    if (value < min || value > max) fail(path, `expected ${min} to ${max}`);
    if (decimals && !isTwoDecimals(value)) fail(path, 'at most two decimals');
    return value;
  };
}

const fen = (max: number) => numberIn(0, max, true);
const percent = (min = 0, max = 100) => numberIn(min, max, false);
const nullable =
  (inner: Reader): Reader =>
  (value, path) =>
    value === null ? null : inner(value, path);
const oneOf =
  (...options: string[]): Reader =>
  (value, path) =>
    typeof value === 'string' && options.includes(value) ? value : fail(path, `expected one of ${options.join(', ')}`);
const boolean: Reader = (value, path) => (typeof value === 'boolean' ? value : fail(path, 'expected true or false'));
const label: Reader = (value, path) =>
  typeof value === 'string' && value.length <= MAX_LABEL_LENGTH ? value : fail(path, `expected text of at most ${MAX_LABEL_LENGTH} characters`);

/** Reads the listed keys of an object (unknown keys are dropped, as zod does). */
function object(shape: Record<string, Reader>): Reader {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'expected an object');
    const record = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const [key, read] of Object.entries(shape)) result[key] = read(record[key], [...path, key]);
    return result;
  };
}

const bracket = object({ upToFen: nullable(fen(MAX_GMV_FEN)), ratePct: percent() });

const brackets: Reader = (value, path) => {
  if (!Array.isArray(value)) fail(path, 'expected a list');
  if (value.length < 1 || value.length > MAX_BRACKETS) fail(path, `expected 1 to ${MAX_BRACKETS} brackets`);
  const list = value.map((item, index) => bracket(item, [...path, index]) as FeeState['models']['tiered']['brackets'][number]);
  list.forEach((item, index) => {
    const last = index === list.length - 1;
    const previous = list[index - 1]?.upToFen ?? 0;
    if (last ? item.upToFen !== null : item.upToFen === null || item.upToFen <= previous) {
      fail(path, 'edges must rise and only the last bracket is open');
    }
  });
  return list;
};

const multiplier = numberIn(0, MAX_MULTIPLIER, false);

const feeState = object({
  gmvFen: fen(MAX_GMV_FEN),
  refundPct: percent(),
  commissionOn: oneOf('gmv', 'net'),
  marginPct: percent(),
  adSpendFen: fen(MAX_GMV_FEN),
  adPayer: oneOf('merchant', 'agency'),
  models: object({
    'base-commission': object({ enabled: boolean, label, baseFen: fen(MAX_FEE_FEN), ratePct: percent() }),
    fixed: object({ enabled: boolean, label, feeFen: fen(MAX_FEE_FEN) }),
    commission: object({ enabled: boolean, label, ratePct: percent() }),
    tiered: object({ enabled: boolean, label, brackets, minimumFen: nullable(fen(MAX_FEE_FEN)), capFen: nullable(fen(MAX_FEE_FEN)) }),
  }),
  platform: object({
    commissionPct: percent(),
    paymentPct: percent(),
    annualFeeFen: fen(MAX_FEE_FEN),
    annualRefundThresholdFen: nullable(fen(MAX_GMV_FEN * 12)),
    depositFen: fen(MAX_FEE_FEN),
    capitalCostPct: percent(),
  }),
  plan: object({
    startMonth: numberIn(1, 12, true),
    growthPct: percent(MIN_GROWTH_PCT, MAX_GROWTH_PCT),
    peak618: multiplier,
    peakDouble11: multiplier,
    peakNewYear: multiplier,
  }),
});

/** Validates saved or imported data with the rules of `feeStateSchema`, without zod. */
export const feeStateValidator: StateSchema<FeeState> = {
  safeParse(data) {
    try {
      const state = feeState(data, []) as FeeState;
      const { minimumFen, capFen } = state.models.tiered;
      if (minimumFen !== null && capFen !== null && minimumFen > capFen) fail([], 'the tiered minimum must not exceed the cap');
      return { success: true, data: state };
    } catch (error) {
      if (error instanceof Invalid) return { success: false, error: { issues: [error.issue] } };
      throw error;
    }
  },
};

export const feeStateDefinition: ToolStateDefinition<FeeState> = {
  tool: 'fees',
  version: 1,
  schema: feeStateValidator,
  defaults: defaultFeeState,
};
