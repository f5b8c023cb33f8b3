/** The words of the contract checklist: choices the form offers and the entries it renders. */
import type { Bilingual } from '../fields';
import type { Locale } from '../i18n';

/** How the agency is paid (the fee calculator's four models). */
export type FeeModel = 'base-commission' | 'fixed' | 'commission' | 'tiered';
export const FEE_MODELS: readonly FeeModel[] = ['base-commission', 'fixed', 'commission', 'tiered'];

/**
 * The KPI's metric. The store rating is a choice among the platform's current scores
 * (店铺综合体验分, 商品体验分), never a fixed "DSR" (see the KPI guide); `other` is named by the user.
 */
export type KpiMetric = 'gmv' | 'store-experience' | 'product-experience' | 'conversion' | 'roas' | 'repeat' | 'other';
export const KPI_METRICS: readonly KpiMetric[] = [
  'gmv',
  'store-experience',
  'product-experience',
  'conversion',
  'roas',
  'repeat',
  'other',
];

/** How a KPI target is entered and shown. */
export type KpiUnit = 'yuan' | 'percent' | 'points' | 'ratio' | 'number';
export const kpiUnits: Record<KpiMetric, KpiUnit> = {
  gmv: 'yuan',
  'store-experience': 'points',
  'product-experience': 'points',
  conversion: 'percent',
  roas: 'ratio',
  repeat: 'percent',
  other: 'number',
};

export type Cadence = 'weekly' | 'fortnightly' | 'monthly';
export const CADENCES: readonly Cadence[] = ['weekly', 'fortnightly', 'monthly'];

/** Who holds the store or the brand licence. */
export type Holder = 'merchant' | 'agency' | 'other';
export const HOLDERS: readonly Holder[] = ['merchant', 'agency', 'other'];

export type Party = 'merchant' | 'agency';
export const PARTIES: readonly Party[] = ['merchant', 'agency'];

/** What the checklist is printed in. */
export type OutputLanguage = 'zh' | 'en' | 'both';
export const OUTPUT_LANGUAGES: readonly OutputLanguage[] = ['zh', 'en', 'both'];

/** The conditions of `appliesWhen` in content/checks/clauses.yaml (src/content.config.ts). */
export type ClauseCondition =
  | 'always'
  | 'full-custody'
  | 'half-custody'
  | 'single-service'
  | 'fee-commission'
  | 'fee-fixed'
  | 'fee-base-commission'
  | 'fee-tiered'
  | 'guarantee'
  | 'tmall-global'
  | 'special-category'
  | 'foreign-brand'
  | 'cs-peak-only';

/** A clause entry, as the checklist needs it. */
export interface ClauseEntry {
  id: string;
  topic: string;
  required: boolean;
  appliesWhen: ClauseCondition;
  /** The service module the clause is about: left out when the merchant keeps all of it. */
  module?: string | undefined;
  title: Bilingual;
  text: Bilingual;
  why: Bilingual;
}

/** A red flag entry, as the checklist needs it. */
export interface RedFlagEntry {
  id: string;
  severity: number;
  title: Bilingual;
  why: Bilingual;
}

/** Section order of the checklist; also the allowed `topic` values of a clause (src/content.config.ts). */
export const TOPICS = [
  'scope',
  'fees',
  'kpi',
  'remedy',
  'reporting',
  'access',
  'cooperation',
  'entity',
  'ads',
  'ip',
  'deposit',
  'term',
  'termination',
  'handover',
  'confidentiality',
  'compliance',
] as const;

/** The languages an output language prints, in order. */
export function outputLocales(output: OutputLanguage | null, pageLocale: Locale): Locale[] {
  if (output === 'both') return ['zh', 'en'];
  return [output ?? pageLocale];
}
