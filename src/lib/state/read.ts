/**
 * Reading another tool's saved state without ever writing to it: the stored text decoded (and migrated
 * in memory) by that tool's own definition; what cannot be read counts as nothing saved, and that
 * tool's own page tells the merchant what is wrong with it.
 */
import { decodeEnvelope, type ToolStateDefinition } from './envelope';

/** A tool's state from its stored text, or `null` when there is none or it cannot be read. */
export function readSaved<T>(definition: ToolStateDefinition<T>, stored: string | null): T | null {
  if (stored === null) return null;
  const decoded = decodeEnvelope(definition, stored);
  return decoded.ok ? decoded.data : null;
}
