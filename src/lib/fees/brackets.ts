/**
 * How the tiered schedule's rows move when the merchant adds or removes a bracket (loaded with the
 * results code, which handles those buttons; not with the page's first script).
 */
import type { RawBracket } from './fields';

/** A new bracket goes in below the open top bracket, which moves up one row. */
export function addBracket(rows: readonly RawBracket[]): RawBracket[] {
  return [...rows.slice(0, -1), { upTo: '', rate: '' }, ...rows.slice(-1)];
}

export function removeBracket(rows: readonly RawBracket[], index: number): RawBracket[] {
  return rows.filter((_, row) => row !== index);
}
