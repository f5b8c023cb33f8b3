/**
 * The contract checklist's saved state (schema version 2). Every number and choice may be `null`:
 * not decided yet, printed as a blank (______) for the meeting; a first visit starts from the choices
 * that protect the merchant (commission after refunds). Checked with `src/lib/validation.ts`
 * rather than zod to keep the page's script within its budget.
 */
import { OWNERS, CUSTODIES, type Custody, type Owner } from '../scope/model';
import type { ToolStateDefinition } from '../state';
import {
  array,
  boolean,
  decimal,
  fail,
  idRecord,
  kebabId,
  nullable,
  object,
  oneOf,
  stateSchema,
  text,
  whole,
} from '../validation';
import type { Check, Issue } from '../validation';
import {
  CADENCES,
  FEE_MODELS,
  HOLDERS,
  KPI_METRICS,
  OUTPUT_LANGUAGES,
  PARTIES,
  kpiUnits,
  type Cadence,
  type FeeModel,
  type Holder,
  type KpiMetric,
  type OutputLanguage,
  type Party,
} from './model';

/** Limits of every field, shared by the form and the saved data. */
export const LIMITS = {
  nameLength: 80,
  /** Brackets of a tiered commission (as in the fee calculator). */
  tiers: 8,
  /** Red flags recorded for one agency, and the note on each (as in the scorecard). */
  recordedFlags: 60,
  flagNote: 300,
  versionLength: 20,
  metricLength: 40,
  /** Monthly fees, minimum, cap, deposit, refund: ¥100,000,000. */
  moneyFen: 10_000_000_000,
  /** Monthly GMV target and ad budget: ¥1,000,000,000. */
  gmvFen: 100_000_000_000,
  kpiPeriodMonths: [1, 24],
  termMonths: [1, 60],
  noticeDays: [0, 180],
  refundDays: [1, 180],
  responseDays: [1, 30],
  handoverDays: [1, 90],
  /** Seconds to a customer-service agent's first reply. */
  csFirstReplySeconds: [1, 600],
  /** Upper bound of a KPI target by unit (GMV is in fen, bounded by `gmvFen`). */
  kpiTarget: { percent: 100, points: 100, ratio: 1000, number: 1_000_000_000 },
} as const;

/** Things the agency's offer or draft says that are warning signs; each box ticked raises a red flag. */
export interface OfferSays {
  /** Ending early forfeits every fee paid. */
  forfeitOnExit: boolean;
  /** A full year's fees are due up front. */
  yearUpfront: boolean;
  /** The platform deposit or annual fee is paid through the agency. */
  platformFeesViaAgency: boolean;
  /** "The merchant shall cooperate", without saying what that means. */
  vagueCooperation: boolean;
  /** No figure the agency is measured on. */
  refusesKpi: boolean;
  /** Reports as screenshots, without raw exports from the back office. */
  screenshotReports: boolean;
  /** The contract renews by itself at the end of its term. */
  autoRenewal: boolean;
  /** No handover of data, files and accounts at the end is written down. */
  noHandover: boolean;
}

export const OFFER_KEYS: readonly (keyof OfferSays)[] = [
  'forfeitOnExit',
  'yearUpfront',
  'platformFeesViaAgency',
  'vagueCooperation',
  'refusesKpi',
  'screenshotReports',
  'autoRenewal',
  'noHandover',
];

/** When an outsourced customer service works: all year, or only in the peak-season windows. */
export type CsCoverage = 'year-round' | 'peak-only';
export const CS_COVERAGES: readonly CsCoverage[] = ['year-round', 'peak-only'];

/** One bracket of a tiered commission: the rate on the part of monthly sales up to `upToFen` (`null`: no top). */
export interface TierBracket {
  upToFen: number | null;
  ratePct: number;
}

/** A red flag the merchant recorded for the agency in the vetting scorecard, brought in with the agency. */
export interface RecordedFlag {
  id: string;
  note: string;
}

export interface ContractState {
  /**
   * The merchant's legal names, entered once each: the Chinese text uses the Chinese name (else the
   * English one), the English text the English name (else the Chinese one); both empty print the role.
   */
  merchantNameZh: string;
  merchantNameEn: string;
  /** The agency's legal names, typed here or taken from the case file with the agency chosen there. */
  agencyNameZh: string;
  agencyNameEn: string;
  /** The case file's agency (the scorecard's id) the names, offer and red flags came from; `null`: typed here. */
  agencyId: string | null;
  /** The fee calculator's offer the fee terms came from; `null`: typed here. */
  feeFrom: FeeModel | null;
  /** The tiered offer's brackets, lowest first (empty: not known; the printout points to a schedule). */
  tiers: TierBracket[];
  /** Red flags recorded in the scorecard for the agency `agencyId`. */
  recorded: RecordedFlag[];
  /** Date of the draft being checked, YYYY-MM-DD (however it was typed); '' prints today's date. */
  draftDate: string;
  /** Version of the draft, e.g. "v2" or "2026-11 第二稿". */
  draftVersion: string;
  /** Language of the printout; `null` follows the page. */
  output: OutputLanguage | null;
  /** Custody model (from the scope chooser, or chosen here); `null` keeps every model's clauses, marked. */
  custody: Custody | null;
  /** A category that needs special qualifications (food, cosmetics, health products…). */
  specialCategory: boolean | null;
  /** The store is on Tmall Global. */
  tmallGlobal: boolean | null;
  /** The brand owner is outside mainland China. */
  foreignBrand: boolean | null;
  /** Service id → who does it, copied from the scope chooser; empty prints a blank matrix. */
  owners: Record<string, Owner>;
  /** How the agency is paid; `null` keeps every model's clause, marked. */
  feeModel: FeeModel | null;
  /** Monthly base fee (base + commission), fen. */
  baseFeeFen: number | null;
  /** Commission, percent (8 means 8 %). */
  commissionRatePct: number | null;
  /** Fixed monthly fee, fen. */
  fixedFeeFen: number | null;
  /** Commission charged on all GMV (agency-favourable, a red flag) or on GMV after refunds (the default). */
  commissionBase: 'gmv' | 'net' | null;
  /** Monthly minimum fee, 最低服务费 (tiered), fen. */
  minFeeFen: number | null;
  /** Monthly cap on the fee (commission, tiered), fen. */
  capFeeFen: number | null;
  /** What the KPI measures. */
  kpiMetric: KpiMetric | null;
  /** Name of the metric when `kpiMetric` is `other`. */
  kpiMetricOther: string;
  /** KPI target in the metric's unit: fen for GMV, percent for rates, points for scores, a ratio for ROAS. */
  kpiTarget: number | null;
  /** The KPI is measured at the end of this month of the contract. */
  kpiPeriodMonths: number | null;
  /** Monthly GMV floor net of refunds, fen. */
  gmvTargetFen: number | null;
  /** The agency promises a sales result (a guarantee). */
  guarantee: boolean | null;
  /** Refunded when the guaranteed KPI is missed, fen. */
  refundAmountFen: number | null;
  /** Days within which refunds are paid. */
  refundDays: number | null;
  reportCadence: Cadence | null;
  meetingCadence: Cadence | null;
  /** The merchant keeps the master account and gets back-office / sub-account access. */
  backOfficeAccess: boolean | null;
  /** Working days the merchant has to answer a written request: what counts as cooperation. */
  responseDays: number | null;
  /** Who holds the store (and so its ad accounts). */
  storeHolder: Holder | null;
  /** Legal entity holding the store when `storeHolder` is `other`. */
  storeEntityName: string;
  /** Who holds the brand licence. */
  licenceHolder: Holder | null;
  /** Legal entity holding the licence when `licenceHolder` is `other`. */
  licenceHolderName: string;
  /** Monthly ad budget, fen. */
  adBudgetFen: number | null;
  /** Who pays ad spend: the merchant directly, or the agency out of its fee. */
  adPayer: Party | null;
  /** Who owns design files and content. */
  ipOwner: Party | null;
  /** Whether the agency takes a deposit; `null` keeps the deposit clause, marked. */
  agencyDeposit: boolean | null;
  /** The agency's deposit, fen. */
  depositFen: number | null;
  termMonths: number | null;
  noticeDays: number | null;
  handoverDays: number | null;
  /** Target for the agency's customer service: seconds to the first reply. */
  csFirstReplySeconds: number | null;
  /** Target for the agency's customer service: inquiry conversion (询单转化率), percent. */
  csConversionPct: number | null;
  /** When the outsourced customer service works; `null` not decided. */
  csCoverage: CsCoverage | null;
  /** First peak-season window of a peak-only customer service: start, YYYY-MM-DD or ''. */
  csPeak1From: string;
  /** First window's end, YYYY-MM-DD or ''. */
  csPeak1To: string;
  /** Second window's start (e.g. 双11 after 618), YYYY-MM-DD or ''. */
  csPeak2From: string;
  /** Second window's end, YYYY-MM-DD or ''. */
  csPeak2To: string;
  /** Warning signs in the agency's offer or draft. */
  offer: OfferSays;
  /** Clause id → the draft contains it (ticked boxes only). */
  ticks: Record<string, boolean>;
}

const money = nullable(whole(0, LIMITS.moneyFen));
const days = (range: readonly [number, number]) => nullable(whole(range[0], range[1]));
const flag = nullable(boolean);
const isoDate = (value: unknown, path: PropertyKey[]) =>
  typeof value === 'string' && /^(?:\d{4}-\d{2}-\d{2})?$/.test(value) ? value : fail(path, 'expected YYYY-MM-DD');

// The fee calculator's brackets as the contract keeps them (none: not known). A second copy of the
// calculator's check on purpose: importing it would put the fee schema into the contract's first script.
const bracketList: Check<TierBracket[]> = (value, path) => {
  const list = array(
    object({ upToFen: nullable(whole(0, LIMITS.gmvFen)), ratePct: decimal(0, 100) }),
    0,
    LIMITS.tiers,
  )(value, path);
  list.forEach(({ upToFen }, index) => {
    const below = list[index - 1]?.upToFen ?? 0;
    if (index === list.length - 1 ? upToFen !== null : upToFen === null || upToFen <= below)
      fail([...path, index, 'upToFen'], 'edges must rise and only the last bracket is open');
  });
  return list;
};

const check = object({
  merchantNameZh: text(LIMITS.nameLength),
  merchantNameEn: text(LIMITS.nameLength),
  agencyNameZh: text(LIMITS.nameLength),
  agencyNameEn: text(LIMITS.nameLength),
  agencyId: nullable(kebabId),
  feeFrom: nullable(oneOf(FEE_MODELS)),
  tiers: bracketList,
  recorded: array(object({ id: kebabId, note: text(LIMITS.flagNote) }), 0, LIMITS.recordedFlags),
  draftDate: isoDate,
  draftVersion: text(LIMITS.versionLength),
  output: nullable(oneOf(OUTPUT_LANGUAGES)),
  custody: nullable(oneOf(CUSTODIES)),
  specialCategory: flag,
  tmallGlobal: flag,
  foreignBrand: flag,
  owners: idRecord(oneOf(OWNERS), 100),
  feeModel: nullable(oneOf(FEE_MODELS)),
  baseFeeFen: money,
  commissionRatePct: nullable(decimal(0, 100)),
  fixedFeeFen: money,
  commissionBase: nullable(oneOf(['gmv', 'net'] as const)),
  minFeeFen: money,
  capFeeFen: money,
  kpiMetric: nullable(oneOf(KPI_METRICS)),
  kpiMetricOther: text(LIMITS.metricLength),
  kpiTarget: nullable(decimal(0, LIMITS.gmvFen)),
  kpiPeriodMonths: days(LIMITS.kpiPeriodMonths),
  gmvTargetFen: nullable(whole(0, LIMITS.gmvFen)),
  guarantee: flag,
  refundAmountFen: money,
  refundDays: days(LIMITS.refundDays),
  reportCadence: nullable(oneOf(CADENCES)),
  meetingCadence: nullable(oneOf(CADENCES)),
  backOfficeAccess: flag,
  responseDays: days(LIMITS.responseDays),
  storeHolder: nullable(oneOf(HOLDERS)),
  storeEntityName: text(LIMITS.nameLength),
  licenceHolder: nullable(oneOf(HOLDERS)),
  licenceHolderName: text(LIMITS.nameLength),
  adBudgetFen: nullable(whole(0, LIMITS.gmvFen)),
  adPayer: nullable(oneOf(PARTIES)),
  ipOwner: nullable(oneOf(PARTIES)),
  agencyDeposit: flag,
  depositFen: money,
  termMonths: days(LIMITS.termMonths),
  noticeDays: days(LIMITS.noticeDays),
  handoverDays: days(LIMITS.handoverDays),
  csFirstReplySeconds: days(LIMITS.csFirstReplySeconds),
  csConversionPct: nullable(decimal(0, 100)),
  csCoverage: nullable(oneOf(CS_COVERAGES)),
  csPeak1From: isoDate,
  csPeak1To: isoDate,
  csPeak2From: isoDate,
  csPeak2To: isoDate,
  offer: object({
    forfeitOnExit: boolean,
    yearUpfront: boolean,
    platformFeesViaAgency: boolean,
    vagueCooperation: boolean,
    refusesKpi: boolean,
    screenshotReports: boolean,
    autoRenewal: boolean,
    noHandover: boolean,
  }),
  ticks: idRecord(boolean, 200),
});

/** The peak-season windows as pairs of fields: start, end. */
export const PEAK_WINDOWS = [
  ['csPeak1From', 'csPeak1To'],
  ['csPeak2From', 'csPeak2To'],
] as const;

/** Whether a KPI target fits its metric's unit; `null` when it does. */
export function kpiTargetIssue(metric: KpiMetric | null, target: number | null): string | null {
  if (metric === null || target === null) return null;
  const unit = kpiUnits[metric];
  if (unit === 'yuan') return Number.isInteger(target) ? null : 'a GMV target is whole fen';
  return target <= LIMITS.kpiTarget[unit] ? null : `at most ${LIMITS.kpiTarget[unit]}`;
}

function crossFieldIssue(state: ContractState): Issue | null {
  const kpi = kpiTargetIssue(state.kpiMetric, state.kpiTarget);
  if (kpi) return { path: ['kpiTarget'], message: kpi };
  if (state.minFeeFen !== null && state.capFeeFen !== null && state.minFeeFen > state.capFeeFen) {
    return { path: ['minFeeFen'], message: 'the minimum fee must not exceed the cap' };
  }
  for (const [from, to] of PEAK_WINDOWS) {
    if (state[from] && state[to] && state[from] > state[to])
      return { path: [to], message: 'a window ends after it starts' };
  }
  return null;
}

/**
 * A first visit: nothing decided but the choices that protect the merchant (commission after refunds);
 * the printout is the full default checklist with blanks.
 */
export function defaultContractState(): ContractState {
  return {
    merchantNameZh: '',
    merchantNameEn: '',
    agencyNameZh: '',
    agencyNameEn: '',
    agencyId: null,
    feeFrom: null,
    tiers: [],
    recorded: [],
    draftDate: '',
    draftVersion: '',
    output: null,
    custody: null,
    specialCategory: null,
    tmallGlobal: null,
    foreignBrand: null,
    owners: {},
    feeModel: null,
    baseFeeFen: null,
    commissionRatePct: null,
    fixedFeeFen: null,
    commissionBase: 'net',
    minFeeFen: null,
    capFeeFen: null,
    kpiMetric: null,
    kpiMetricOther: '',
    kpiTarget: null,
    kpiPeriodMonths: null,
    gmvTargetFen: null,
    guarantee: null,
    refundAmountFen: null,
    refundDays: null,
    reportCadence: null,
    meetingCadence: null,
    backOfficeAccess: null,
    responseDays: null,
    storeHolder: null,
    storeEntityName: '',
    licenceHolder: null,
    licenceHolderName: '',
    adBudgetFen: null,
    adPayer: null,
    ipOwner: null,
    agencyDeposit: null,
    depositFen: null,
    termMonths: null,
    noticeDays: null,
    handoverDays: null,
    csFirstReplySeconds: null,
    csConversionPct: null,
    csCoverage: null,
    csPeak1From: '',
    csPeak1To: '',
    csPeak2From: '',
    csPeak2To: '',
    offer: {
      forfeitOnExit: false,
      yearUpfront: false,
      platformFeesViaAgency: false,
      vagueCooperation: false,
      refusesKpi: false,
      screenshotReports: false,
      autoRenewal: false,
      noHandover: false,
    },
    ticks: {},
  };
}

export const contractStateSchema = stateSchema<ContractState>(check, crossFieldIssue);

/** Whether a name is written in Chinese characters (then it is the Chinese legal name). */
export const hanzi = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Version 1 → 2. Version 1 had one name per party, in whatever language the merchant typed it: it
 * becomes the Chinese name when it has Chinese characters, the English name otherwise. Version 2 also
 * adds the case file's links (none yet), the customer-service targets and peak-season windows, and
 * two more warning signs (auto-renewal, no handover), all not decided. A saved commission base, even
 * an open one, is kept.
 */
function migrateContractV1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const { merchantName, agencyName, ...rest } = data as Record<string, unknown>;
  const offer = typeof rest['offer'] === 'object' && rest['offer'] !== null ? rest['offer'] : {};
  const split = (name: unknown) => {
    const value = typeof name === 'string' ? name : '';
    return hanzi.test(value) ? { zh: value, en: '' } : { zh: '', en: value };
  };
  const merchant = split(merchantName);
  const agency = split(agencyName);
  // What version 1 did not have starts as on a first visit; everything it had is kept as saved.
  const fresh = defaultContractState();
  return {
    ...fresh,
    ...rest,
    merchantNameZh: merchant.zh,
    merchantNameEn: merchant.en,
    agencyNameZh: agency.zh,
    agencyNameEn: agency.en,
    offer: { ...fresh.offer, ...offer },
  };
}

/** Upgrades of older saved data, `from → from + 1`. */
export const contractMigrations: Readonly<Record<number, (data: unknown) => unknown>> = { 1: migrateContractV1 };

export const contractStateDefinition: ToolStateDefinition<ContractState> = {
  tool: 'contract',
  version: 2,
  schema: contractStateSchema,
  migrations: contractMigrations,
  defaults: defaultContractState,
};
