/**
 * What the scorecard needs to know about the criteria and red flags, reduced from
 * `content/checks/` at build time to ids and numbers. Titles and texts stay in the page's HTML, so
 * each is written once (in the YAML) and shipped once (in the server-rendered page).
 */

/** Sections of the scorecard, in display order. */
export const criterionGroups = ['credentials', 'track-record', 'plan', 'team', 'transparency', 'commercial'] as const;
export type CriterionGroup = (typeof criterionGroups)[number];

export interface KnockoutCriterion {
  id: string;
  knockout: true;
  group: CriterionGroup;
}

export interface ScoredCriterion {
  id: string;
  knockout: false;
  /** Default weight 1–5 from the data. */
  weight: number;
  group: CriterionGroup;
}

export type Criterion = KnockoutCriterion | ScoredCriterion;

/** 1 caution, 2 serious, 3 walk away. */
export type Severity = 1 | 2 | 3;

export interface RedFlag {
  id: string;
  severity: Severity;
}

export interface Catalogue {
  criteria: readonly Criterion[];
  redFlags: readonly RedFlag[];
}

/** The fields of a `content/checks` entry the catalogue reads (a subset of the collection's data). */
export type CheckData =
  | { kind: 'vetting'; id: string; knockout: boolean; weight?: number | undefined; group: CriterionGroup }
  | { kind: 'redflag'; id: string; severity: number }
  | { kind: 'clause'; id: string }
  | { kind: 'handover'; id: string };

/** Knockouts first, then scored criteria by group; the YAML's order is kept inside each. */
export function buildCatalogue(checks: readonly CheckData[]): Catalogue {
  const criteria: Criterion[] = [];
  const redFlags: RedFlag[] = [];
  for (const check of checks) {
    if (check.kind === 'vetting') {
      if (check.knockout) criteria.push({ id: check.id, knockout: true, group: check.group });
      else {
        if (check.weight === undefined) throw new Error(`vetting check "${check.id}" is scored but has no weight`);
        criteria.push({ id: check.id, knockout: false, weight: check.weight, group: check.group });
      }
    } else if (check.kind === 'redflag') {
      if (check.severity !== 1 && check.severity !== 2 && check.severity !== 3) {
        throw new Error(`red flag "${check.id}" has severity ${check.severity}; expected 1, 2 or 3`);
      }
      redFlags.push({ id: check.id, severity: check.severity });
    }
  }
  const groupIndex = (criterion: Criterion) => criterionGroups.indexOf(criterion.group);
  const ordered = [
    ...criteria.filter((criterion) => criterion.knockout),
    ...criteria.filter((criterion) => !criterion.knockout).sort((a, b) => groupIndex(a) - groupIndex(b)),
  ];
  return { criteria: ordered, redFlags };
}

export function knockoutCriteria(catalogue: Catalogue): KnockoutCriterion[] {
  return catalogue.criteria.filter((criterion): criterion is KnockoutCriterion => criterion.knockout);
}

export function scoredCriteria(catalogue: Catalogue): ScoredCriterion[] {
  return catalogue.criteria.filter((criterion): criterion is ScoredCriterion => !criterion.knockout);
}
