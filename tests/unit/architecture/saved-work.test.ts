/**
 * Work saved by earlier versions of the site loads unchanged: each file in tests/fixtures/saved/ is
 * a stored envelope as a browser holds it (the same text is an export file), decoded with today's
 * definition of its tool.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scopeStateDefinition } from '../../../src/lib/scope/state';
import { decodeEnvelope, type ToolStateDefinition } from '../../../src/lib/state/envelope';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../../fixtures/saved', name), 'utf8');

/** Decodes a fixture and returns its data, failing with the decoder's reason when it does not load. */
function load<T>(definition: ToolStateDefinition<T>, name: string): T {
  const text = fixture(name);
  const decoded = decodeEnvelope(definition, text);
  if (!decoded.ok) throw new Error(`${name}: ${JSON.stringify(decoded.error)}`);
  expect(decoded.migratedFrom).toBeUndefined();
  // Loaded unchanged: the data is what was saved, key for key.
  expect(decoded.data).toEqual((JSON.parse(text) as { data: unknown }).data);
  return decoded.data;
}

describe('saved work from the version of 2026-12-01', () => {
  it('scope chooser (schema 1)', () => {
    const state = load(scopeStateDefinition, 'scope-v1.json');
    expect(state.budgetFen).toBe(3_000_000);
    expect(state.overrides).toEqual({ 'paid-ads': 'agency' });
  });
});
