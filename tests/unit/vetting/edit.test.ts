import { describe, expect, it } from 'vitest';
import {
  addAgency,
  compactState,
  editAgencyField,
  newAgencyId,
  removeAgency,
  renameAgency,
  resetWeights,
  setKnockout,
  setNotApplicable,
  setRedFlag,
  setScore,
  setWeight,
} from '../../../src/lib/vetting/edit';
import { defaultVettingState, vettingStateSchema, type VettingState } from '../../../src/lib/vetting/state';
import { agency, catalogue } from './fixture';

/** A deep copy, frozen all the way down: an update that writes into its input throws. */
function frozen(state: VettingState): VettingState {
  const freeze = <T>(value: T): T => {
    if (typeof value === 'object' && value !== null) {
      for (const inner of Object.values(value)) freeze(inner);
      Object.freeze(value);
    }
    return value;
  };
  return freeze(structuredClone(state));
}

const two = frozen({
  agencies: [agency({ id: 'a1' }), agency({ id: 'a2', name: 'B' })],
  weights: { 'v-tp-rating': 0 },
  notApplicable: [],
});

describe('editing the scorecard', () => {
  it('marks a criterion not applicable for every agency, once, and unmarks it', () => {
    const marked = setNotApplicable(two, 'v-tmall-global-fit', true);
    expect(marked.notApplicable).toEqual(['v-tmall-global-fit']);
    expect(marked.agencies).toBe(two.agencies);
    expect(setNotApplicable(marked, 'v-tmall-global-fit', true).notApplicable).toEqual(['v-tmall-global-fit']);
    expect(setNotApplicable(marked, 'v-tmall-global-fit', false)).toEqual(two);
    expect(vettingStateSchema.safeParse(marked).success).toBe(true);
  });

  it('adds up to eight agencies with unique ids, then refuses', () => {
    let state = frozen(defaultVettingState());
    for (let index = 0; index < 8; index += 1) {
      const added = addAgency(state);
      if (!added) throw new Error('refused too early');
      expect(added.state.agencies.at(-1)).toEqual({
        id: added.id,
        name: '',
        notes: '',
        knockouts: {},
        scores: {},
        redFlags: {},
      });
      state = frozen(added.state);
    }
    expect(addAgency(state)).toBeNull();
    expect(new Set(state.agencies.map((entry) => entry.id)).size).toBe(8);
    expect(vettingStateSchema.safeParse(state).success).toBe(true);
  });

  it('never reuses an id, even when the random source repeats', () => {
    const values = [0.5, 0.5, 0.25];
    const random = () => values.shift() ?? 0.75;
    const first = addAgency(defaultVettingState(), random);
    const second = first && addAgency(first.state, random);
    expect(first?.id).not.toBe(second?.id);
    expect(newAgencyId(defaultVettingState(), () => 0.1)).toMatch(/^a[0-9a-z]+$/);
  });

  it('removes an agency and names the one to show next', () => {
    expect(removeAgency(two, 'a1')).toEqual({ state: { ...two, agencies: [two.agencies[1]] }, nextId: 'a2' });
    expect(removeAgency(two, 'a2').nextId).toBe('a1');
    expect(removeAgency(frozen({ agencies: [agency()], weights: {}, notApplicable: [] }), 'a1')).toEqual({
      state: { agencies: [], weights: {}, notApplicable: [] },
      nextId: null,
    });
    expect(removeAgency(two, 'missing').state).toEqual(two);
  });

  it('changes one agency and leaves the others and the input as they were', () => {
    const renamed = renameAgency(two, 'a2', '杭州某某');
    expect(renamed.agencies[1]?.name).toBe('杭州某某');
    expect(renamed.agencies[0]).toBe(two.agencies[0]);
    expect(two.agencies[1]?.name).toBe('B');
  });

  it('creates entries on first use, then patches them', () => {
    let state = setScore(two, 'a1', 'v-named-team', { score: 4 });
    state = setScore(frozen(state), 'a1', 'v-named-team', { evidence: '名单' });
    state = setKnockout(frozen(state), 'a1', 'v-licence-scope', { note: 'seen' });
    state = setRedFlag(frozen(state), 'a1', 'rf-no-access', { observed: true });
    expect(state.agencies[0]).toMatchObject({
      scores: { 'v-named-team': { score: 4, note: '', evidence: '名单' } },
      knockouts: { 'v-licence-scope': { answer: 'unchecked', note: 'seen' } },
      redFlags: { 'rf-no-access': { observed: true, note: '' } },
    });
  });

  it('maps each field of the editor to its update', () => {
    const edit = (field: string, value: string | boolean, item = 'v-x') =>
      editAgencyField(two, 'a1', field, item, value)?.agencies[0];
    expect(edit('name', 'A')?.name).toBe('A');
    expect(edit('notes', 'n')?.notes).toBe('n');
    expect(edit('ko', 'no')?.knockouts['v-x']).toEqual({ answer: 'no', note: '' });
    expect(edit('ko-note', 'k')?.knockouts['v-x']).toEqual({ answer: 'unchecked', note: 'k' });
    expect(edit('score', '3')?.scores['v-x']).toEqual({ score: 3, note: '', evidence: '' });
    expect(edit('score', '')?.scores['v-x']).toEqual({ score: null, note: '', evidence: '' });
    expect(edit('note', 'x')?.scores['v-x']?.note).toBe('x');
    expect(edit('evidence', 'e')?.scores['v-x']?.evidence).toBe('e');
    expect(edit('flag', true, 'rf-x')?.redFlags['rf-x']).toEqual({ observed: true, note: '' });
    expect(edit('flag-note', 'f', 'rf-x')?.redFlags['rf-x']).toEqual({ observed: false, note: 'f' });
    expect(editAgencyField(two, 'a1', 'unknown', '', '')).toBeNull();
  });

  it('keeps only weights that differ from the default, and resets them all', () => {
    expect(setWeight(two, catalogue, 'v-named-team', 5).weights).toEqual({ 'v-tp-rating': 0, 'v-named-team': 5 });
    expect(setWeight(two, catalogue, 'v-tp-rating', 2).weights).toEqual({});
    expect(resetWeights(two)).toEqual({ ...two, weights: {} });
  });

  it('drops entries that hold only defaults when compacting', () => {
    let state: VettingState = two;
    state = setScore(state, 'a1', 'v-a', { score: 4 });
    state = setScore(state, 'a1', 'v-b', {});
    state = setKnockout(state, 'a1', 'v-k', { note: 'seen' });
    state = setKnockout(state, 'a1', 'v-l', {});
    state = setRedFlag(state, 'a1', 'rf-a', { observed: true });
    state = setRedFlag(state, 'a1', 'rf-b', {});
    const compact = compactState(frozen(state));
    expect(compact.agencies[0]).toMatchObject({
      scores: { 'v-a': { score: 4, note: '', evidence: '' } },
      knockouts: { 'v-k': { answer: 'unchecked', note: 'seen' } },
      redFlags: { 'rf-a': { observed: true, note: '' } },
    });
    expect(Object.keys(compact.agencies[0]?.scores ?? {})).toEqual(['v-a']);
  });
});
