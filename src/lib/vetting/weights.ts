/**
 * Weights of the scored criteria: defaults from the data, the merchant's changes on top, the
 * criteria marked not applicable left out, and the share of each.
 */
import { scoredCriteria, type Catalogue } from './catalogue';
import { MAX_WEIGHT, MIN_WEIGHT } from './limits';

/** The weight in force for every scored criterion: the merchant's value where set, else the default. */
export function effectiveWeights(
  catalogue: Catalogue,
  overrides: Readonly<Record<string, number>>,
): Map<string, number> {
  const weights = new Map<string, number>();
  for (const criterion of scoredCriteria(catalogue)) {
    const override = Object.prototype.hasOwnProperty.call(overrides, criterion.id)
      ? overrides[criterion.id]
      : undefined;
    weights.set(criterion.id, override ?? criterion.weight);
  }
  return weights;
}

/**
 * The weights that count towards the totals: `weights` with every criterion the merchant marked as
 * not applicable set to 0, so it drops out of every agency's score and of the shares.
 */
export function countedWeights(
  weights: ReadonlyMap<string, number>,
  notApplicable: readonly string[],
): Map<string, number> {
  const left = new Set(notApplicable);
  return new Map([...weights].map(([id, weight]) => [id, left.has(id) ? 0 : weight]));
}

/**
 * Each weight's share of the total in tenths of a percent (1000 = 100 %), every share rounded half up
 * on its own, so the same weight always shows the same share. (Rounding so that the shown shares add
 * up to exactly 100.0 %, by the largest remainder, gave two criteria of weight 3 out of 122 the shares
 * 2.5 % and 2.4 %; no rounding to tenths can do both for the default weights.) All zero when every
 * weight is zero.
 */
export function weightShares(weights: ReadonlyMap<string, number>): Map<string, number> {
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  return new Map(
    [...weights].map(([id, weight]) => [id, total === 0 ? 0 : Math.floor((2000 * weight + total) / (2 * total))]),
  );
}

/** The changes to store after the merchant sets `id` to `weight`: none is kept when it equals the default. */
export function withWeight(
  overrides: Readonly<Record<string, number>>,
  catalogue: Catalogue,
  id: string,
  weight: number,
): Record<string, number> {
  const others = Object.fromEntries(Object.entries(overrides).filter(([key]) => key !== id));
  const criterion = scoredCriteria(catalogue).find((entry) => entry.id === id);
  return criterion?.weight === weight ? others : { ...others, [id]: weight };
}

export type WeightInput = { ok: true; weight: number } | { ok: false; reason: 'empty' | 'not-whole' | 'out-of-range' };

/** Reads what the merchant typed into a weight field. */
export function parseWeightInput(raw: string): WeightInput {
  // Chinese input methods often type full-width digits (３); read them as ASCII.
  const trimmed = raw.trim().replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (!/^[+-]?\d+$/.test(trimmed)) return { ok: false, reason: 'not-whole' };
  const weight = Number(trimmed);
  if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) return { ok: false, reason: 'out-of-range' };
  return { ok: true, weight };
}

/** The dictionary key of the message for each way a typed weight can be wrong. */
export const weightMessageKeys = {
  empty: 'weightEmpty',
  'not-whole': 'weightNotWhole',
  'out-of-range': 'weightRange',
} as const satisfies Record<Extract<WeightInput, { ok: false }>['reason'], string>;
