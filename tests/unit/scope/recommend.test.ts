import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { translator } from '../../../src/lib/kit/strings';
import { describeReason } from '../../../src/lib/scope/messages';
import { scopeStrings } from '../../../src/lib/scope/strings';
import { CAPABILITIES, CATEGORIES, EXPERIENCES, GOALS, PLATFORMS } from '../../../src/lib/scope/model';
import {
  chosenCustody,
  effectiveOwners,
  recommendScope,
  suggestOwners,
  type Reason,
} from '../../../src/lib/scope/recommend';
import { answers, moduleIds, modules } from './fixture';

const codes = (reasons: Reason[]) => reasons.map((reason) => reason.code);

describe('recommendScope: each answer pattern', () => {
  it('asks for what is missing before recommending', () => {
    expect(recommendScope({ ...answers({}), experience: null }, modules)).toEqual({
      custody: null,
      missing: ['experience'],
    });
    const partial = answers({});
    expect(recommendScope({ ...partial, inHouse: { traffic: 'yes' } }, modules)).toEqual({
      custody: null,
      missing: ['in-house'],
    });
  });

  it('no experience and nobody in-house → full custody (陈女士)', () => {
    const result = recommendScope(
      answers({ experience: 'none', except: { 'store-setup': 'partly' }, goal: 'launch', budgetFen: 3_000_000 }),
      modules,
    );
    expect(result.custody).toBe('full');
    if (!result.custody) return;
    expect(codes(result.reasons)).toEqual(['no-experience', 'few-in-house', 'goal']);
    expect(result.reasons[1]).toEqual({ code: 'few-in-house', gaps: moduleIds.filter((id) => id !== 'store-setup') });
  });

  it('some experience but a quarter or less covered → full custody', () => {
    const result = recommendScope(answers({ except: { traffic: 'yes', data: 'partly' } }), modules);
    expect(result.custody).toBe('full');
  });

  it('a mixed team → half custody, listing what each side does', () => {
    const result = recommendScope(
      answers({ except: { 'store-setup': 'yes', operations: 'yes', brand: 'partly' } }),
      modules,
    );
    expect(result).toEqual({
      custody: 'half',
      reasons: [
        {
          code: 'mixed',
          agency: ['traffic', 'customer-service', 'data'],
          shared: ['brand'],
          merchant: ['store-setup', 'operations'],
        },
      ],
    });
  });

  it('a team lacking one module → single services for it', () => {
    const result = recommendScope(answers({ experience: 'team', all: 'yes', except: { traffic: 'none' } }), modules);
    expect(result).toEqual({
      custody: 'single',
      reasons: [{ code: 'team-experience' }, { code: 'mostly-in-house', gaps: ['traffic'] }],
    });
  });

  it('everything in-house → single services, saying an agency may not be needed', () => {
    const result = recommendScope(answers({ all: 'yes' }), modules);
    expect(result).toEqual({ custody: 'single', reasons: [{ code: 'all-in-house', module: 'customer-service' }] });
    // The one service it suggests buying is in the matrix too.
    expect(suggestOwners(answers({ all: 'yes' }), modules, 'single')['presale-service']).toBe('shared');
  });

  it('a snack brand short of ads and peak customer service → half custody with a food note (王总)', () => {
    const result = recommendScope(
      answers({
        experience: 'team',
        all: 'yes',
        except: { traffic: 'none', 'customer-service': 'partly' },
        goal: 'peak-season',
        category: 'food',
        budgetFen: 4_000_000,
      }),
      modules,
    );
    expect(result.custody).toBe('half');
    if (!result.custody) return;
    expect(result.reasons).toContainEqual({ code: 'goal', goal: 'peak-season', changed: false });
    // The team does store setup and operations well, so it keeps the qualification work: the reason says so.
    expect(result.reasons).toContainEqual({ code: 'special-category', category: 'food', shared: false });
  });

  it('a foreign skincare brand on Tmall Global with no China team → full custody (Sophie)', () => {
    const result = recommendScope(
      answers({ experience: 'none', category: 'cosmetics', platform: 'tmall-global', foreignBrand: true }),
      modules,
    );
    expect(result.custody).toBe('full');
    if (!result.custody) return;
    expect(codes(result.reasons)).toEqual([
      'no-experience',
      'few-in-house',
      'special-category',
      'tmall-global',
      'foreign-brand',
    ]);
  });

  it('fixing one or two weak spots → single services instead of half custody', () => {
    const base = answers({ all: 'yes', except: { traffic: 'none', 'customer-service': 'partly' } });
    expect(recommendScope(base, modules).custody).toBe('half');
    const result = recommendScope({ ...base, goal: 'fix-weak-spot' }, modules);
    expect(result.custody).toBe('single');
    if (!result.custody) return;
    expect(result.reasons).toContainEqual({ code: 'goal', goal: 'fix-weak-spot', changed: true });
  });

  it('building a team moves full custody to half when there is some experience', () => {
    const result = recommendScope(answers({ goal: 'build-team' }), modules);
    expect(result.custody).toBe('half');
    const none = recommendScope(answers({ experience: 'none', goal: 'build-team' }), modules);
    expect(none.custody).toBe('full');
  });

  it('a tight budget moves full custody to half when the merchant has some experience', () => {
    const some = recommendScope(answers({ budgetFen: 800_000 }), modules);
    expect(some.custody).toBe('half');
    if (!some.custody) return;
    expect(some.reasons).toContainEqual({ code: 'budget-tight', budgetFen: 800_000, changed: true });
    const none = recommendScope(answers({ experience: 'none', budgetFen: 800_000 }), modules);
    expect(none.custody).toBe('full');
    if (!none.custody) return;
    expect(none.reasons).toContainEqual({ code: 'budget-tight', budgetFen: 800_000, changed: false });
    const enough = recommendScope(answers({ budgetFen: 1_000_000 }), modules);
    expect(enough.custody).toBe('full');
  });

  it('a small budget moves half custody to single services', () => {
    const mixed = answers({ except: { 'store-setup': 'yes', operations: 'yes', brand: 'yes' }, budgetFen: 300_000 });
    const result = recommendScope(mixed, modules);
    expect(result.custody).toBe('single');
    if (!result.custody) return;
    expect(result.reasons).toContainEqual({ code: 'budget-small', budgetFen: 300_000, changed: true });
  });

  it('always recommends a model once experience and every module are answered', () => {
    const arbitrary = fc.record({
      experience: fc.constantFrom(...EXPERIENCES),
      inHouse: fc.tuple(...moduleIds.map(() => fc.constantFrom(...CAPABILITIES))),
      budgetFen: fc.option(fc.integer({ min: 0, max: 10_000_000_000 })),
      category: fc.option(fc.constantFrom(...CATEGORIES)),
      goal: fc.option(fc.constantFrom(...GOALS)),
      platform: fc.option(fc.constantFrom(...PLATFORMS)),
      foreignBrand: fc.boolean(),
    });
    fc.assert(
      fc.property(arbitrary, (raw) => {
        const result = recommendScope(
          { ...raw, inHouse: Object.fromEntries(moduleIds.map((id, index) => [id, raw.inHouse[index] ?? 'none'])) },
          modules,
        );
        expect(result.custody).not.toBeNull();
        if (!result.custody) return;
        for (const reason of result.reasons) {
          for (const locale of ['zh', 'en'] as const) {
            const sentence = describeReason(reason, translator(scopeStrings[locale]), (id) => `<${id}>`);
            expect(sentence).not.toMatch(/undefined|null|NaN|\{\w+\}/);
            expect(sentence.length).toBeGreaterThan(5);
          }
        }
      }),
    );
  });
});

describe('suggestOwners and effectiveOwners', () => {
  const ownersOf = (custody: 'full' | 'half' | 'single' | null, partial = answers({})) =>
    suggestOwners(partial, modules, custody);

  it('full custody and an unanswered questionnaire use the typical owners', () => {
    for (const custody of ['full', null] as const) {
      const owners = ownersOf(custody);
      expect(Object.keys(owners)).toHaveLength(18);
      expect(owners['paid-ads']).toBe('agency');
      expect(owners['onboarding']).toBe('shared');
    }
  });

  it('half custody: in-house modules stay with the merchant, partly ones are shared', () => {
    const owners = ownersOf('half', answers({ except: { traffic: 'yes', 'customer-service': 'partly' } }));
    expect([owners['paid-ads'], owners['content-marketing'], owners['campaigns']]).toEqual([
      'merchant',
      'merchant',
      'merchant',
    ]);
    expect(owners['presale-service']).toBe('shared');
    expect(owners['store-design']).toBe('agency');
  });

  it('single services: only the gaps go to the agency', () => {
    const owners = ownersOf('single', answers({ all: 'yes', except: { traffic: 'none' } }));
    expect(owners['paid-ads']).toBe('agency');
    expect(owners['campaigns']).toBe('shared');
    expect(owners['store-design']).toBe('merchant');
  });

  it('special categories keep qualifications and compliance shared', () => {
    const owners = ownersOf('full', answers({ category: 'health' }));
    expect(owners['rule-compliance']).toBe('shared');
    expect(owners['onboarding']).toBe('shared');
    expect(ownersOf('full')['rule-compliance']).toBe('agency');
  });

  it('the user’s changes win; unknown service ids are ignored', () => {
    const state = {
      ...answers({}),
      custodyChoice: null,
      overrides: { 'paid-ads': 'merchant' as const, ghost: 'agency' as const },
    };
    const owners = effectiveOwners(state, modules);
    expect(owners['paid-ads']).toBe('merchant');
    expect(owners).not.toHaveProperty('ghost');
  });

  it('a custody the user chose replaces the recommendation', () => {
    const base = { ...answers({ except: { traffic: 'yes' } }), overrides: {} };
    expect(chosenCustody({ ...base, custodyChoice: null }, modules)).toBe('full');
    expect(chosenCustody({ ...base, custodyChoice: 'half' }, modules)).toBe('half');
    expect(effectiveOwners({ ...base, custodyChoice: 'half' }, modules)['paid-ads']).toBe('merchant');
  });
});
