/** fast-check generators of valid fee calculator states, shared by the unit tests. */
import fc from 'fast-check';
import { MAX_COUNT, MAX_DEPOSIT_MONTHS, MAX_FEE_FEN, MAX_FX_E4, MAX_GMV_FEN } from '../../../src/lib/fees/limits';
import { BASES, CURRENCIES, PERIODS, STORE_TYPES, type FeeState } from '../../../src/lib/fees/state';

const percent = (min = 0, max = 100) => fc.integer({ min: min * 100, max: max * 100 }).map((bp) => bp / 100);
const fen = (max: number) => fc.integer({ min: 0, max });
const label = fc.string({ maxLength: 40 });
const ownBasis = fc.option(fc.constantFrom(...BASES), { nil: null });

const brackets = fc
  .uniqueArray(fc.integer({ min: 1, max: MAX_GMV_FEN }), { minLength: 0, maxLength: 7 })
  .chain((edges) =>
    fc.array(percent(), { minLength: edges.length + 1, maxLength: edges.length + 1 }).map((rates) => {
      const sorted = [...edges].sort((a, b) => a - b);
      return rates.map((ratePct, index) => ({ upToFen: sorted[index] ?? null, ratePct }));
    }),
  );

const count = fc.integer({ min: 0, max: MAX_COUNT });

/** The offer priced by module, any valid figures. */
export const moduleArb = fc.record({
  enabled: fc.boolean(),
  label,
  adPct: percent(),
  adMinFen: fc.option(fen(MAX_FEE_FEN), { nil: null }),
  seats: count,
  seatFeeFen: fen(MAX_FEE_FEN),
  peakSeats: count,
  shifts: count,
  shiftFeeFen: fen(MAX_FEE_FEN),
  designItems: count,
  designFeeFen: fen(MAX_FEE_FEN),
  setupFen: fen(MAX_FEE_FEN),
  depositFen: fen(MAX_FEE_FEN),
  depositMonths: fc.integer({ min: 1, max: MAX_DEPOSIT_MONTHS }),
});

export const feeStateArb: fc.Arbitrary<FeeState> = fc
  .record({
    gmvFen: fen(MAX_GMV_FEN),
    refundPct: percent(),
    commissionOn: fc.constantFrom(...BASES),
    unpaidPct: percent(0, 30),
    afterPct: percent(0, 100),
    couponPct: percent(0, 30),
    storeType: fc.constantFrom(...STORE_TYPES),
    fx: fc.record({
      currency: fc.constantFrom(...CURRENCIES),
      cnyPerUnitE4: fc.option(fc.integer({ min: 1, max: MAX_FX_E4 }), { nil: null }),
    }),
    marginPct: percent(),
    adSpendFen: fen(MAX_GMV_FEN),
    adPayer: fc.constantFrom('merchant' as const, 'agency' as const),
    models: fc.record({
      'base-commission': fc.record({
        enabled: fc.boolean(),
        label,
        baseFen: fen(MAX_FEE_FEN),
        ratePct: percent(),
        on: ownBasis,
        thresholdFen: fen(MAX_GMV_FEN),
        guaranteeFen: fc.option(fen(MAX_GMV_FEN), { nil: null }),
        shortfallPct: percent(),
        period: fc.constantFrom(...PERIODS),
      }),
      fixed: fc.record({ enabled: fc.boolean(), label, feeFen: fen(MAX_FEE_FEN) }),
      commission: fc.record({ enabled: fc.boolean(), label, ratePct: percent(), on: ownBasis }),
      tiered: fc.record({
        enabled: fc.boolean(),
        label,
        brackets,
        minimumFen: fc.option(fen(MAX_FEE_FEN), { nil: null }),
        capFen: fc.option(fen(MAX_FEE_FEN), { nil: null }),
        mode: fc.constantFrom('marginal' as const, 'whole' as const),
        on: ownBasis,
      }),
      module: moduleArb,
    }),
    platform: fc.record({
      commissionPct: percent(),
      paymentPct: percent(),
      annualFeeFen: fen(MAX_FEE_FEN),
      annualRefundThresholdFen: fc.option(fen(MAX_GMV_FEN * 12), { nil: null }),
      depositFen: fen(MAX_FEE_FEN),
      capitalCostPct: percent(),
    }),
    plan: fc.record({
      startMonth: fc.integer({ min: 1, max: 12 }),
      growthPct: percent(-50, 100),
      peak618: percent(0, 20),
      peakDouble11: percent(0, 20),
      peakNewYear: percent(0, 20),
    }),
  })
  .map((state) => {
    const { minimumFen, capFen } = state.models.tiered;
    if (minimumFen !== null && capFen !== null && minimumFen > capFen) {
      state.models.tiered.minimumFen = capFen;
      state.models.tiered.capFen = minimumFen;
    }
    // Refunds after receipt are part of all refunds; unpaid + refunds + coupons at most all sales.
    if (state.afterPct > state.refundPct) state.afterPct = state.refundPct;
    if (Math.round((state.unpaidPct + state.refundPct + state.couponPct) * 100) > 10_000) {
      state.unpaidPct = 0;
      state.couponPct = 0;
    }
    return state;
  });
