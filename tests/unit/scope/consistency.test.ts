/**
 * The suggestion, its reasons and the matrix come from one computation and never disagree: checked
 * over every combination of the answers that decide them (experience × the six modules × budget ×
 × category (general or special) × goal: 104,976 cases).
 */
import { describe, expect, it } from 'vitest';
import { CAPABILITIES, EXPERIENCES, GOALS, type Capability, type ScopeAnswers } from '../../../src/lib/scope/model';
import {
  QUALIFICATION_SERVICES,
  SMALL_BUDGET_FEN,
  TIGHT_BUDGET_FEN,
  modulesBySide,
  recommendScope,
  suggestOwners,
} from '../../../src/lib/scope/recommend';
import { translator } from '../../../src/lib/kit/strings';
import { describeReason } from '../../../src/lib/scope/messages';
import { scopeStrings } from '../../../src/lib/scope/strings';
import { moduleIds, modules } from './fixture';

function* everyCapabilityRow(count: number): Generator<Capability[]> {
  if (count === 0) {
    yield [];
    return;
  }
  for (const rest of everyCapabilityRow(count - 1)) for (const first of CAPABILITIES) yield [first, ...rest];
}

function* everyAnswer(): Generator<ScopeAnswers> {
  const budgets = [null, SMALL_BUDGET_FEN - 100, TIGHT_BUDGET_FEN - 100, TIGHT_BUDGET_FEN * 3];
  for (const experience of EXPERIENCES)
    for (const row of everyCapabilityRow(moduleIds.length))
      for (const budgetFen of budgets)
        for (const category of ['general', 'food'] as const)
          for (const goal of [null, ...GOALS]) {
            const inHouse = Object.fromEntries(moduleIds.map((id, index) => [id, row[index] ?? 'none']));
            yield { experience, inHouse, budgetFen, category, goal, platform: 'tmall', foreignBrand: false };
          }
}

/** Everything in which the reasons and the matrix could disagree, for one set of answers; empty when they agree. */
function disagreements(answers: ScopeAnswers): string[] {
  const result = recommendScope(answers, modules);
  if (result.custody === null) return ['no recommendation'];
  const owners = suggestOwners(answers, modules, result.custody);
  const sides = modulesBySide(modules, owners);
  const outsourced = [...sides.agency, ...sides.shared];
  const problems: string[] = [];
  if (outsourced.length === 0) problems.push(`${result.custody}: the agency has no service`);
  for (const reason of result.reasons) {
    if (reason.code === 'mixed') {
      const said = { agency: reason.agency, shared: reason.shared, merchant: reason.merchant };
      if (JSON.stringify(said) !== JSON.stringify(sides)) problems.push(`mixed ${JSON.stringify(said)}`);
    }
    if (reason.code === 'mostly-in-house' && JSON.stringify(reason.gaps) !== JSON.stringify(outsourced))
      problems.push(`mostly-in-house names ${reason.gaps.join()} but the matrix outsources ${outsourced.join()}`);
    if (reason.code === 'all-in-house' && !outsourced.includes(reason.module))
      problems.push(`all-in-house names ${reason.module}, which the merchant keeps`);
    if (reason.code === 'special-category') {
      const shared = QUALIFICATION_SERVICES.some((id) => owners[id] === 'shared');
      if (reason.shared !== shared) problems.push(`special-category says shared=${reason.shared}`);
      if (QUALIFICATION_SERVICES.some((id) => owners[id] === 'agency')) problems.push('qualifications with the agency');
    }
  }
  return problems;
}

describe('the suggestion, its reasons and the matrix agree', () => {
  it('for the case from the walk-through: a team, ads and customer service in part, fixing a weak spot', () => {
    const answers: ScopeAnswers = {
      experience: 'team',
      inHouse: {
        'store-setup': 'yes',
        traffic: 'partly',
        operations: 'yes',
        'customer-service': 'partly',
        data: 'yes',
        brand: 'yes',
      },
      budgetFen: null,
      category: 'food',
      goal: 'fix-weak-spot',
      platform: 'tmall',
      foreignBrand: false,
    };
    const result = recommendScope(answers, modules);
    expect(result.custody).toBe('single');
    const owners = suggestOwners(answers, modules, 'single');
    expect(owners['paid-ads']).toBe('shared');
    expect(owners['presale-service']).toBe('shared');
    expect(owners['onboarding']).toBe('merchant');
    const t = translator(scopeStrings.zh);
    const sentences = result.custody ? result.reasons.map((reason) => describeReason(reason, t, (id) => id)) : [];
    expect(sentences.join('')).toContain('traffic、customer-service');
    expect(sentences.join('')).not.toContain('共同负责');
    expect(disagreements(answers)).toEqual([]);
  });

  // About 2 s alone; the limit leaves room for a machine busy with other work.
  it('for every combination of answers', { timeout: 60_000 }, () => {
    let cases = 0;
    const failures: string[] = [];
    for (const answers of everyAnswer()) {
      cases += 1;
      const problems = disagreements(answers);
      if (problems.length > 0 && failures.length < 5)
        failures.push(`${JSON.stringify(answers)}: ${problems.join('; ')}`);
    }
    expect(cases).toBe(3 * 729 * 4 * 2 * 6);
    expect(failures).toEqual([]);
  });
});
