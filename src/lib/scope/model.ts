/** The words of the scope chooser: answers, custody models and who does a service. */

/** Who does a service. */
export type Owner = 'merchant' | 'agency' | 'shared';
export const OWNERS: readonly Owner[] = ['merchant', 'agency', 'shared'];

/** Full custody (全托管), half custody (半托管) or single services (单项服务). */
export type Custody = 'full' | 'half' | 'single';
export const CUSTODIES: readonly Custody[] = ['full', 'half', 'single'];

/** The merchant's own e-commerce experience. */
export type Experience = 'none' | 'some' | 'team';
export const EXPERIENCES: readonly Experience[] = ['none', 'some', 'team'];

/** Whether someone in-house can do a module's work. */
export type Capability = 'none' | 'partly' | 'yes';
export const CAPABILITIES: readonly Capability[] = ['none', 'partly', 'yes'];

/** The product category; all but `general` need special qualifications. */
export type Category = 'general' | 'food' | 'cosmetics' | 'health' | 'other-regulated';
export const CATEGORIES: readonly Category[] = ['general', 'food', 'cosmetics', 'health', 'other-regulated'];

/** What the merchant wants from the agency first. */
export type Goal = 'launch' | 'grow' | 'fix-weak-spot' | 'peak-season' | 'build-team';
export const GOALS: readonly Goal[] = ['launch', 'grow', 'fix-weak-spot', 'peak-season', 'build-team'];

/** Domestic Tmall or Tmall Global (天猫国际, cross-border). */
export type Platform = 'tmall' | 'tmall-global';
export const PLATFORMS: readonly Platform[] = ['tmall', 'tmall-global'];

/** A module and its services, as the scope logic needs them from `content/modules.yaml`. */
export interface ScopeModule {
  id: string;
  services: readonly { id: string; defaultOwner: Owner }[];
}

/** The questionnaire's answers; `null` and missing keys mean "not answered yet". */
export interface ScopeAnswers {
  experience: Experience | null;
  /** Module id → who in-house can do it. */
  inHouse: Readonly<Record<string, Capability>>;
  /** Monthly budget for operations (agency fees, not ad spend), fen. */
  budgetFen: number | null;
  category: Category | null;
  goal: Goal | null;
  platform: Platform | null;
  /** The brand is owned by a company outside mainland China. */
  foreignBrand: boolean;
}

export function isSpecialCategory(category: Category | null): boolean {
  return category !== null && category !== 'general';
}
