import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  knockoutResult,
  rankAgencies,
  redFlagResult,
  scoreAgency,
  type AgencyResult,
} from '../../../src/lib/vetting/scoring';
import { countedWeights, effectiveWeights } from '../../../src/lib/vetting/weights';
import { agency, catalogue, scores } from './fixture';

const defaults = effectiveWeights(catalogue, {});
const all = (value: number) =>
  scores({ 'v-tp-rating': value, 'v-same-category-cases': value, 'v-named-team': value, 'v-itemised-costs': value });

describe('knockouts', () => {
  it('is pending until every knockout is answered', () => {
    expect(knockoutResult(agency(), catalogue)).toEqual({
      status: 'pending',
      failed: [],
      unchecked: ['v-tp-certification', 'v-licence-scope'],
    });
  });

  it('passes when every knockout is yes', () => {
    const knockouts = {
      'v-tp-certification': { answer: 'yes', note: '' },
      'v-licence-scope': { answer: 'yes', note: '' },
    } as const;
    expect(knockoutResult(agency({ knockouts }), catalogue).status).toBe('passed');
  });

  it('excludes on a single no, whatever the score, and names the reason', () => {
    const excluded = agency({
      knockouts: { 'v-licence-scope': { answer: 'no', note: '执照只有贸易' } },
      scores: all(5),
    });
    const result = scoreAgency(excluded, catalogue, defaults);
    expect(result.knockouts).toEqual({
      status: 'excluded',
      failed: ['v-licence-scope'],
      unchecked: ['v-tp-certification'],
    });
    expect(result.total).toBe(100);
    expect(rankAgencies([result])[0]).toEqual({ result, rank: null });
  });

  it('ignores answers to criteria the data no longer has', () => {
    const stale = agency({ knockouts: { 'v-retired': { answer: 'no', note: '' } } });
    expect(knockoutResult(stale, catalogue).failed).toEqual([]);
  });
});

describe('red flags', () => {
  it('lowers trust by severity and explains which flags', () => {
    const flagged = agency({
      redFlags: { 'rf-vague-report': { observed: true, note: '' }, 'rf-no-access': { observed: false, note: 'asked' } },
    });
    expect(redFlagResult(flagged, catalogue)).toEqual({
      observed: [{ id: 'rf-vague-report', severity: 1, penalty: 5 }],
      penalty: 5,
      trust: 'lowered',
    });
  });

  it('counts trust as low after a walk-away flag or 20 points of penalties', () => {
    expect(
      redFlagResult(agency({ redFlags: { 'rf-guaranteed-sales': { observed: true, note: '' } } }), catalogue).trust,
    ).toBe('low');
    const two = agency({
      redFlags: { 'rf-no-access': { observed: true, note: '' }, 'rf-vague-report': { observed: true, note: '' } },
    });
    expect(redFlagResult(two, catalogue)).toMatchObject({ penalty: 15, trust: 'lowered' });
    expect(redFlagResult(agency(), catalogue)).toEqual({ observed: [], penalty: 0, trust: 'ok' });
  });

  it('takes the penalty off the total, never below zero', () => {
    const flagged = agency({
      scores: all(2),
      redFlags: { 'rf-guaranteed-sales': { observed: true, note: '' }, 'rf-no-access': { observed: true, note: '' } },
    });
    const result = scoreAgency(flagged, catalogue, defaults);
    expect(result.score).toBe(25);
    expect(result.total).toBe(0);
  });
});

describe('scores', () => {
  it('maps ratings 1, 3 and 5 to 0, 50 and 100', () => {
    expect(scoreAgency(agency({ scores: all(1) }), catalogue, defaults).score).toBe(0);
    expect(scoreAgency(agency({ scores: all(3) }), catalogue, defaults).score).toBe(50);
    expect(scoreAgency(agency({ scores: all(5) }), catalogue, defaults).score).toBe(100);
  });

  it('weights each rating by its normalised weight', () => {
    // (2·5 + 5·1 + 3·3 + 4·3) / 14 = 36 / 14 ≈ 2.571 → 25 · 1.571 ≈ 39.3 → 39
    const mixed = scores({ 'v-tp-rating': 5, 'v-same-category-cases': 1, 'v-named-team': 3, 'v-itemised-costs': 3 });
    expect(scoreAgency(agency({ scores: mixed }), catalogue, defaults).score).toBe(39);
  });

  it('leaves out criteria weighted 0 and counts only scored ones, reporting the coverage', () => {
    const partial = agency({ scores: scores({ 'v-same-category-cases': 4, 'v-named-team': null }) });
    const result = scoreAgency(partial, catalogue, effectiveWeights(catalogue, { 'v-tp-rating': 0 }));
    expect(result).toMatchObject({
      score: 75,
      scoredCount: 1,
      unscored: ['v-named-team', 'v-itemised-costs'],
      coverage: 41,
      provisional: true,
    });
  });

  it('leaves a criterion marked not applicable out of the score, the coverage and what is left to score', () => {
    const mixed = scores({ 'v-tp-rating': 5, 'v-same-category-cases': 1, 'v-named-team': 3, 'v-itemised-costs': null });
    const counted = countedWeights(defaults, ['v-same-category-cases']);
    // (2·5 + 3·3) / 5 = 3.8 → 25 · 2.8 = 70; 5 of the 9 counted weight is scored.
    expect(scoreAgency(agency({ scores: mixed }), catalogue, counted)).toMatchObject({
      score: 70,
      scoredCount: 2,
      unscored: ['v-itemised-costs'],
      coverage: 55,
      provisional: false,
    });
    // Counted again, the 1 pulls it down: (10 + 5 + 9) / 10 = 2.4 → 35.
    expect(scoreAgency(agency({ scores: mixed }), catalogue, defaults)).toMatchObject({ score: 35, coverage: 71 });
  });

  it('has no score before anything is scored, and none when every weight is 0', () => {
    expect(scoreAgency(agency(), catalogue, defaults)).toMatchObject({
      score: null,
      total: null,
      coverage: 0,
      provisional: false,
    });
    const zero = effectiveWeights(catalogue, {
      'v-tp-rating': 0,
      'v-same-category-cases': 0,
      'v-named-team': 0,
      'v-itemised-costs': 0,
    });
    expect(scoreAgency(agency({ scores: all(4) }), catalogue, zero)).toMatchObject({
      score: null,
      coverage: 0,
      unscored: [],
    });
  });

  it('stays within 0–100 and never falls when a rating rises', () => {
    const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
    fc.assert(
      fc.property(
        fc.tuple(rating, rating, rating, rating),
        fc.integer({ min: 0, max: 3 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }),
        (values, raised, weightValues) => {
          const ids = ['v-tp-rating', 'v-same-category-cases', 'v-named-team', 'v-itemised-costs'];
          const weights = new Map(ids.map((id, index) => [id, weightValues[index] ?? 1]));
          const before = scoreAgency(
            agency({ scores: scores(Object.fromEntries(ids.map((id, index) => [id, values[index] ?? null]))) }),
            catalogue,
            weights,
          );
          const current = values[raised] ?? null;
          if (current === null || current === 5) return;
          const higher = [...values];
          higher[raised] = current + 1;
          const after = scoreAgency(
            agency({ scores: scores(Object.fromEntries(ids.map((id, index) => [id, higher[index] ?? null]))) }),
            catalogue,
            weights,
          );
          if (before.score !== null) {
            expect(before.score).toBeGreaterThanOrEqual(0);
            expect(before.score).toBeLessThanOrEqual(100);
            expect(after.score ?? 0).toBeGreaterThanOrEqual(before.score);
          }
        },
      ),
    );
  });
});

describe('ranking', () => {
  const result = (
    id: string,
    total: number | null,
    status: AgencyResult['knockouts']['status'] = 'passed',
  ): AgencyResult => ({
    agencyId: id,
    knockouts: { status, failed: status === 'excluded' ? ['v-tp-certification'] : [], unchecked: [] },
    redFlags: { observed: [], penalty: 0, trust: 'ok' },
    unscored: [],
    scoredCount: total === null ? 0 : 1,
    score: total,
    coverage: 100,
    total,
    provisional: false,
  });

  it('ranks by total, shares ranks on ties, then lists unscored and excluded agencies', () => {
    const ranked = rankAgencies([
      result('a', 60),
      result('b', null),
      result('c', 90, 'excluded'),
      result('d', 75, 'pending'),
      result('e', 60),
    ]);
    expect(ranked.map((entry) => [entry.result.agencyId, entry.rank])).toEqual([
      ['d', 1],
      ['a', 2],
      ['e', 2],
      ['b', null],
      ['c', null],
    ]);
  });

  it('ranks nothing for an empty scorecard', () => {
    expect(rankAgencies([])).toEqual([]);
  });
});
