import { buildCatalogue, type Catalogue } from '../../../src/lib/vetting/catalogue';
import type { AgencyRecord } from '../../../src/lib/vetting/state';

/** A small catalogue in the shape of content/checks (two knockouts, four scored criteria, three red flags). */
export const catalogue: Catalogue = buildCatalogue([
  { kind: 'vetting', id: 'v-tp-certification', knockout: true, group: 'credentials' },
  { kind: 'vetting', id: 'v-same-category-cases', knockout: false, weight: 5, group: 'track-record' },
  { kind: 'vetting', id: 'v-tp-rating', knockout: false, weight: 2, group: 'credentials' },
  { kind: 'vetting', id: 'v-licence-scope', knockout: true, group: 'credentials' },
  { kind: 'vetting', id: 'v-named-team', knockout: false, weight: 3, group: 'team' },
  { kind: 'vetting', id: 'v-itemised-costs', knockout: false, weight: 4, group: 'commercial' },
  { kind: 'clause', id: 'c-kpi' },
  { kind: 'redflag', id: 'rf-guaranteed-sales', severity: 3 },
  { kind: 'redflag', id: 'rf-no-access', severity: 2 },
  { kind: 'redflag', id: 'rf-vague-report', severity: 1 },
]);

export function agency(overrides: Partial<AgencyRecord> = {}): AgencyRecord {
  return { id: 'a1', name: 'A 公司', notes: '', knockouts: {}, scores: {}, redFlags: {}, ...overrides };
}

/** Scores for every scored criterion of the fixture. */
export function scores(values: Record<string, number | null>): AgencyRecord['scores'] {
  return Object.fromEntries(Object.entries(values).map(([id, score]) => [id, { score, note: '', evidence: '' }]));
}
