import { describe, expect, it } from 'vitest';
import { buildCatalogue, knockoutCriteria, scoredCriteria } from '../../../src/lib/vetting/catalogue';
import { catalogue } from './fixture';

describe('buildCatalogue', () => {
  it('puts knockouts first, then scored criteria by group, keeping the data order inside', () => {
    expect(catalogue.criteria.map((criterion) => criterion.id)).toEqual([
      'v-tp-certification',
      'v-licence-scope',
      'v-tp-rating',
      'v-same-category-cases',
      'v-named-team',
      'v-itemised-costs',
    ]);
    expect(knockoutCriteria(catalogue)).toHaveLength(2);
    expect(scoredCriteria(catalogue).map((criterion) => criterion.weight)).toEqual([2, 5, 3, 4]);
  });

  it('keeps red flags with their severity and ignores contract clauses', () => {
    expect(catalogue.redFlags).toEqual([
      { id: 'rf-guaranteed-sales', severity: 3 },
      { id: 'rf-no-access', severity: 2 },
      { id: 'rf-vague-report', severity: 1 },
    ]);
  });

  it('refuses a scored criterion without a weight and a red flag with an unknown severity', () => {
    expect(() => buildCatalogue([{ kind: 'vetting', id: 'v-x', knockout: false, group: 'plan' }])).toThrow(/no weight/);
    expect(() => buildCatalogue([{ kind: 'redflag', id: 'rf-x', severity: 4 }])).toThrow(/severity 4/);
  });
});
