import { describe, expect, it } from 'vitest';
import {
  addAgency,
  compactAgency,
  knockoutEntryOf,
  newAgencyId,
  redFlagEntryOf,
  removeAgency,
  scoreEntryOf,
} from '../../../src/lib/vetting/edit';
import { defaultVettingState, vettingStateValidator } from '../../../src/lib/vetting/state';

describe('editing the scorecard', () => {
  it('adds up to eight agencies with unique ids, then refuses', () => {
    const state = defaultVettingState();
    for (let index = 0; index < 8; index += 1) expect(addAgency(state)).not.toBeNull();
    expect(addAgency(state)).toBeNull();
    expect(new Set(state.agencies.map((agency) => agency.id)).size).toBe(8);
    expect(vettingStateValidator.safeParse(state).success).toBe(true);
  });

  it('never reuses an id, even when the random source repeats', () => {
    const state = defaultVettingState();
    const values = [0.5, 0.5, 0.25];
    const random = () => values.shift() ?? 0.75;
    const first = addAgency(state, random);
    const second = addAgency(state, random);
    expect(first?.id).not.toBe(second?.id);
    expect(newAgencyId(state, () => 0.1)).toMatch(/^a[0-9a-z]+$/);
  });

  it('removes an agency by id', () => {
    const state = defaultVettingState();
    const agency = addAgency(state);
    expect(removeAgency(state, agency?.id ?? '')).toBe(0);
    expect(removeAgency(state, 'missing')).toBe(-1);
    expect(state.agencies).toEqual([]);
  });

  it('creates entries on first use and drops them again when they hold only defaults', () => {
    const state = defaultVettingState();
    const agency = addAgency(state);
    if (!agency) throw new Error('no agency');
    scoreEntryOf(agency, 'v-a').score = 4;
    scoreEntryOf(agency, 'v-b');
    knockoutEntryOf(agency, 'v-k').note = 'seen';
    knockoutEntryOf(agency, 'v-l');
    redFlagEntryOf(agency, 'rf-a').observed = true;
    redFlagEntryOf(agency, 'rf-b');
    compactAgency(agency);
    expect(agency.scores).toEqual({ 'v-a': { score: 4, note: '', evidence: '' } });
    expect(agency.knockouts).toEqual({ 'v-k': { answer: 'unchecked', note: 'seen' } });
    expect(agency.redFlags).toEqual({ 'rf-a': { observed: true, note: '' } });
  });
});
