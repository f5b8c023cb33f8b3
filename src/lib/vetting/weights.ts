/**
 * Weights of the scored criteria: defaults from the data, the merchant's changes on top, and the
 * normalised share of each (the shares always add up to exactly 100 %).
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
 * Each weight's share of the total in tenths of a percent (1000 = 100 %), rounded by the largest
 * remainder so the shares shown always add up to 100.0 %. All zero when every weight is zero.
 */
export function normalisedShares(weights: ReadonlyMap<string, number>): Map<string, number> {
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  const shares = new Map<string, number>();
  if (total === 0) {
    for (const key of weights.keys()) shares.set(key, 0);
    return shares;
  }
  const exact = [...weights].map(([key, weight]) => ({
    key,
    floor: Math.floor((weight * 1000) / total),
    rest: (weight * 1000) % total,
  }));
  let left = 1000 - exact.reduce((sum, entry) => sum + entry.floor, 0);
  // Largest remainders first; ties keep the catalogue order so the result is stable.
  const byRemainder = [...exact].sort((a, b) => b.rest - a.rest);
  for (const entry of byRemainder) {
    if (left === 0) break;
    if (entry.rest === 0) continue;
    entry.floor += 1;
    left -= 1;
  }
  for (const entry of exact) shares.set(entry.key, entry.floor);
  return shares;
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
