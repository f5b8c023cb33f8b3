import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ToolStore } from '../../../src/lib/state';
import { defaultFeeState, feeStateDefinition, feeStateValidator, type FeeState } from '../../../src/lib/fees/state';
import { feeStateSchema } from '../../../src/lib/fees/state.schema';
import { MemoryStorage } from '../memory-storage';
import { feeStateArb } from './arbitraries';

/** Valid states with one value somewhere replaced by something else. */
const mutatedArb = fc
  .tuple(feeStateArb, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.anything({ withNullPrototype: false }))
  .map(([state, choices, replacement]) => {
    const copy = structuredClone(state) as unknown as Record<string, unknown>;
    let node: Record<string, unknown> = copy;
    for (const choice of choices) {
      const keys = Object.keys(node);
      const key = keys[choice % keys.length];
      if (key === undefined) break;
      const child = node[key];
      if (typeof child === 'object' && child !== null && choice % 3 !== 0) node = child as Record<string, unknown>;
      else {
        node[key] = replacement;
        break;
      }
    }
    return copy;
  });

const tweakedNumbersArb = feeStateArb.chain((state) =>
  fc
    .constantFrom<(s: typeof state) => unknown>(
      (s) => ({ ...s, gmvFen: s.gmvFen + 0.5 }),
      (s) => ({ ...s, refundPct: 100.01 }),
      (s) => ({ ...s, marginPct: 33.333 }),
      (s) => ({ ...s, plan: { ...s.plan, growthPct: -50.01 } }),
      (s) => ({ ...s, plan: { ...s.plan, startMonth: 0 } }),
      (s) => ({ ...s, models: { ...s.models, fixed: { ...s.models.fixed, label: 'x'.repeat(41) } } }),
      (s) => ({ ...s, models: { ...s.models, tiered: { ...s.models.tiered, brackets: [] } } }),
      (s) => ({ ...s, models: { ...s.models, tiered: { ...s.models.tiered, minimumFen: 5, capFen: 4 } } }),
      (s) => ({ ...s, extra: 'dropped' }),
    )
    .map((tweak) => tweak(state)),
);

/** Whether some number in `data` is not exactly a value with two decimals (e.g. 6.4999999999). */
function hasFloatNoise(data: unknown): boolean {
  if (typeof data === 'number') return Math.round(data * 100) / 100 !== data;
  if (typeof data !== 'object' || data === null) return false;
  return Object.values(data).some(hasFloatNoise);
}

/** Valid states with float noise added to one percentage. */
const noisyArb = feeStateArb.map((state): FeeState => ({ ...state, marginPct: state.marginPct - 1e-10 }));

describe('feeStateValidator', () => {
  it('accepts the defaults', () => {
    expect(feeStateValidator.safeParse(defaultFeeState())).toEqual({ success: true, data: defaultFeeState() });
  });

  it('agrees with the zod schema on valid, mutated and arbitrary data', () => {
    fc.assert(
      fc.property(fc.oneof(feeStateArb, mutatedArb, tweakedNumbersArb, noisyArb, fc.anything()), (data) => {
        const zod = feeStateSchema.safeParse(data);
        const hand = feeStateValidator.safeParse(data);
        if (hand.success) {
          // Never accepts what zod refuses, and returns the same data.
          expect(zod.success).toBe(true);
          // (compared as JSON: zod keeps a -0 that the form reads back as 0)
          if (zod.success) expect(JSON.parse(JSON.stringify(hand.data))).toEqual(JSON.parse(JSON.stringify(zod.data)));
        } else if (zod.success) {
          // The one documented difference: zod tolerates float noise in a percentage, the round trip does not.
          expect(hasFloatNoise(data)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('names the path of what is wrong', () => {
    const broken = { ...defaultFeeState(), platform: { ...defaultFeeState().platform, paymentPct: 300 } };
    const result = feeStateValidator.safeParse(broken);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(['pay']);
  });

  it('works with the shared store: save, load, refuse a damaged file', () => {
    const storage = new MemoryStorage();
    const store = new ToolStore(feeStateDefinition, { storage });
    expect(store.save(defaultFeeState())).toEqual({ ok: true });
    expect(new ToolStore(feeStateDefinition, { storage }).load()).toEqual({
      status: 'loaded',
      data: defaultFeeState(),
    });
    storage.setItem(
      store.key,
      JSON.stringify({
        app: 'tmall-agency-guide',
        tool: 'fees',
        schemaVersion: 1,
        revision: 'x',
        data: { gmvFen: -1 },
      }),
    );
    expect(new ToolStore(feeStateDefinition, { storage }).load()).toMatchObject({
      status: 'problem',
      problem: { code: 'corrupt' },
    });
  });
});
