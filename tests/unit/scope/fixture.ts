import type { ScopeAnswers, ScopeModule } from '../../../src/lib/scope/model';

/** The six modules and eighteen services of content/modules.yaml, with their default owners. */
export const modules: ScopeModule[] = [
  {
    id: 'store-setup',
    services: [
      { id: 'onboarding', defaultOwner: 'shared' },
      { id: 'store-design', defaultOwner: 'agency' },
      { id: 'product-listing', defaultOwner: 'agency' },
    ],
  },
  {
    id: 'traffic',
    services: [
      { id: 'paid-ads', defaultOwner: 'agency' },
      { id: 'content-marketing', defaultOwner: 'agency' },
      { id: 'campaigns', defaultOwner: 'shared' },
    ],
  },
  {
    id: 'operations',
    services: [
      { id: 'data-monitoring', defaultOwner: 'agency' },
      { id: 'inventory-orders', defaultOwner: 'shared' },
      { id: 'rule-compliance', defaultOwner: 'agency' },
    ],
  },
  {
    id: 'customer-service',
    services: [
      { id: 'presale-service', defaultOwner: 'agency' },
      { id: 'aftersale-service', defaultOwner: 'agency' },
      { id: 'membership', defaultOwner: 'agency' },
    ],
  },
  {
    id: 'data',
    services: [
      { id: 'periodic-review', defaultOwner: 'agency' },
      { id: 'strategy-iteration', defaultOwner: 'shared' },
      { id: 'data-sharing', defaultOwner: 'shared' },
    ],
  },
  {
    id: 'brand',
    services: [
      { id: 'brand-tone', defaultOwner: 'shared' },
      { id: 'review-management', defaultOwner: 'agency' },
      { id: 'sentiment-response', defaultOwner: 'shared' },
    ],
  },
];

export const moduleIds = modules.map((module) => module.id);

/** Answers with every module set to `capability` unless listed in `except`. */
export function answers(
  partial: Partial<ScopeAnswers> & {
    all?: 'none' | 'partly' | 'yes';
    except?: Record<string, 'none' | 'partly' | 'yes'>;
  },
): ScopeAnswers {
  const { all = 'none', except = {}, ...rest } = partial;
  return {
    experience: 'some',
    inHouse: Object.fromEntries(moduleIds.map((id) => [id, except[id] ?? all])),
    budgetFen: null,
    category: null,
    goal: null,
    platform: null,
    foreignBrand: false,
    ...rest,
  };
}
