/**
 * Platform figures by store type, from content/facts.yaml (each with its source, confidence and
 * last-verified date, shown beside the choice). Rendered into the store-type options as data
 * attributes: the page fills the fields from there when the merchant picks a type, so none of this
 * ships in the page's script.
 */
import type { FeeState } from './state';

type StoreType = FeeState['storeType'];

export interface StorePreset {
  /** Platform deposit (保证金, fen). */
  depositFen: number;
  /** Platform commission (技术服务费) and payment fee, percent; only where a source gives them. */
  commissionPct?: number;
  paymentPct?: number;
  /** Which note (and facts) back the figures. */
  group: 'tmall' | 'global';
}

/** Tmall Global's commission is reported as 2–5 % by category: the top of the range, so profit is not overstated. */
const GLOBAL = { commissionPct: 5, paymentPct: 1, group: 'global' } as const;

export const STORE_PRESETS: Record<StoreType, StorePreset | null> = {
  'flagship-r': { depositFen: 5_000_000, group: 'tmall' },
  'flagship-tm': { depositFen: 10_000_000, group: 'tmall' },
  'specialty-r': { depositFen: 10_000_000, group: 'tmall' },
  'specialty-tm': { depositFen: 15_000_000, group: 'tmall' },
  global: { depositFen: 15_000_000, ...GLOBAL },
  'global-special': { depositFen: 30_000_000, ...GLOBAL },
  custom: null,
};

/** The facts (content/facts.yaml) behind each group of figures. */
export const PRESET_FACTS = {
  tmall: ['tmall-deposit'],
  global: ['tmallglobal-deposit', 'tmallglobal-commission'],
} as const;
