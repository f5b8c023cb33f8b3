/**
 * The figures the merchant entered in other tools, to hold a draft's figures against. Loaded by the
 * page only when one of those tools saved something. The fee calculator's offers today; another
 * source (the target check, say) adds its own function returning `Reference`s and a line in
 * `savedReferences`.
 */
import { feeStateDefinition, type FeeState } from '../fees/state';
import { readSaved } from '../state/read';
import type { Figure, Reference } from './numbers';

/**
 * The calculator's offer whose shape the draft has (a fee and a rate: base plus commission; a rate
 * only: commission; a fee only: fixed; a minimum or cap: tiered), as references, if it is switched on.
 */
export function referencesFromFees(fees: FeeState, figures: readonly Figure[]): Reference[] {
  const has = (kind: Figure['kind']) => figures.some((figure) => figure.kind === kind);
  const { models } = fees;
  const ref = (kind: Reference['kind'], value: number, unit: Reference['unit'], label: string): Reference => ({
    kind,
    value,
    unit,
    source: 'fees',
    label,
  });
  if (has('minimum') || has('cap')) {
    const tiered = models.tiered;
    if (!tiered.enabled) return [];
    return [
      ...(tiered.minimumFen === null ? [] : [ref('minimum', tiered.minimumFen, 'fen', tiered.label)]),
      ...(tiered.capFen === null ? [] : [ref('cap', tiered.capFen, 'fen', tiered.label)]),
      ...tiered.brackets.map((bracket) => ref('rate', bracket.ratePct, 'pct', tiered.label)),
    ];
  }
  if (has('fee') && has('rate')) {
    const offer = models['base-commission'];
    return offer.enabled
      ? [ref('fee', offer.baseFen, 'fen', offer.label), ref('rate', offer.ratePct, 'pct', offer.label)]
      : [];
  }
  if (has('rate'))
    return models.commission.enabled ? [ref('rate', models.commission.ratePct, 'pct', models.commission.label)] : [];
  if (has('fee')) return models.fixed.enabled ? [ref('fee', models.fixed.feeFen, 'fen', models.fixed.label)] : [];
  return [];
}

/** Every saved reference for a draft's figures, from a function giving each tool's stored text. */
export function savedReferences(stored: (tool: string) => string | null, figures: readonly Figure[]): Reference[] {
  const fees = readSaved(feeStateDefinition, stored('fees'));
  return fees ? referencesFromFees(fees, figures) : [];
}
