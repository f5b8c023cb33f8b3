/**
 * The contract form as plain values (what the page's inputs hold) ⇄ the contract state. Every field
 * that does not parse gets a message and is left blank in the state, so nothing invalid is saved or
 * printed. Field names are the state's keys (`offer.<key>` for the offer boxes).
 */
import {
  parseDecimal,
  parseDate,
  parseText,
  parseWhole,
  parseYuan,
  type FieldError,
  type FieldResult,
} from '../fields';
import { CUSTODIES } from '../scope/model';
import { CADENCES, FEE_MODELS, HOLDERS, KPI_METRICS, OUTPUT_LANGUAGES, PARTIES, kpiUnits } from './model';
import { CS_COVERAGES, LIMITS, OFFER_KEYS, PEAK_WINDOWS, type ContractState } from './state';

/** What a form holds: text of inputs and selects, `true`/`false` of checkboxes. */
export type RawForm = Readonly<Record<string, string | boolean | undefined>>;

export const textFields = {
  merchantNameZh: LIMITS.nameLength,
  merchantNameEn: LIMITS.nameLength,
  agencyNameZh: LIMITS.nameLength,
  agencyNameEn: LIMITS.nameLength,
  draftVersion: LIMITS.versionLength,
  kpiMetricOther: LIMITS.metricLength,
  storeEntityName: LIMITS.nameLength,
  licenceHolderName: LIMITS.nameLength,
} as const;

export const moneyFields = {
  baseFeeFen: LIMITS.moneyFen,
  fixedFeeFen: LIMITS.moneyFen,
  minFeeFen: LIMITS.moneyFen,
  capFeeFen: LIMITS.moneyFen,
  refundAmountFen: LIMITS.moneyFen,
  depositFen: LIMITS.moneyFen,
  adBudgetFen: LIMITS.gmvFen,
  gmvTargetFen: LIMITS.gmvFen,
} as const;

export const wholeFields = {
  kpiPeriodMonths: LIMITS.kpiPeriodMonths,
  termMonths: LIMITS.termMonths,
  noticeDays: LIMITS.noticeDays,
  refundDays: LIMITS.refundDays,
  responseDays: LIMITS.responseDays,
  handoverDays: LIMITS.handoverDays,
  csFirstReplySeconds: LIMITS.csFirstReplySeconds,
} as const;

/** Dates, typed as people write them and kept as YYYY-MM-DD. */
export const dateFields = ['draftDate', ...PEAK_WINDOWS.flat()] as const;

/** Numbers with up to two decimals: name → [min, max]. */
export const decimalFields = { commissionRatePct: [0, 100], csConversionPct: [0, 100] } as const;

export const choiceFields = {
  output: OUTPUT_LANGUAGES,
  custody: CUSTODIES,
  feeModel: FEE_MODELS,
  commissionBase: ['gmv', 'net'],
  kpiMetric: KPI_METRICS,
  reportCadence: CADENCES,
  meetingCadence: CADENCES,
  storeHolder: HOLDERS,
  licenceHolder: HOLDERS,
  adPayer: PARTIES,
  ipOwner: PARTIES,
  csCoverage: CS_COVERAGES,
} as const;

/** Yes / no / not decided, as a select of '', 'yes', 'no'. */
export const triFields = [
  'specialCategory',
  'tmallGlobal',
  'foreignBrand',
  'guarantee',
  'backOfficeAccess',
  'agencyDeposit',
] as const;

type Errors = Record<string, FieldError>;

const str = (raw: RawForm, name: string) => {
  const value = raw[name];
  return typeof value === 'string' ? value : '';
};

/** What the state holds that is not in the form: the annex's owners, ticks, and what the case file brought. */
export type KeptFields = Pick<ContractState, 'owners' | 'ticks' | 'agencyId' | 'feeFrom' | 'tiers' | 'recorded'>;

/** The kept part of a state. */
export function keptFields({ owners, ticks, agencyId, feeFrom, tiers, recorded }: ContractState): KeptFields {
  return { owners, ticks, agencyId, feeFrom, tiers, recorded };
}

/** Reads the form: the state to save and print, and a message for every field that is wrong. */
export function readContractForm(raw: RawForm, kept: KeptFields) {
  const errors: Errors = {};
  function take<T>(name: string, result: FieldResult<T>, fallback: T): T {
    if (result.ok) return result.value;
    errors[name] = result.error;
    return fallback;
  }
  const state = { ...kept } as Record<string, unknown>;
  for (const [name, max] of Object.entries(textFields)) state[name] = take(name, parseText(str(raw, name), max), '');
  for (const [name, max] of Object.entries(moneyFields)) state[name] = take(name, parseYuan(str(raw, name), max), null);
  for (const [name, [min, max]] of Object.entries(wholeFields))
    state[name] = take(name, parseWhole(str(raw, name), min, max), null);
  for (const [name, options] of Object.entries(choiceFields)) {
    const value = str(raw, name);
    state[name] = (options as readonly string[]).includes(value) ? value : null;
  }
  for (const name of triFields) {
    const value = str(raw, name);
    state[name] = value === 'yes' ? true : value === 'no' ? false : null;
  }
  for (const name of dateFields) state[name] = take(name, parseDate(str(raw, name)), '');
  for (const [name, [min, max]] of Object.entries(decimalFields))
    state[name] = take(name, parseDecimal(str(raw, name), min, max), null);
  state['offer'] = Object.fromEntries(OFFER_KEYS.map((key) => [key, raw[`offer.${key}`] === true]));

  const metric = state['kpiMetric'] as ContractState['kpiMetric'];
  const unit = metric === null ? 'number' : kpiUnits[metric];
  const targetText = str(raw, 'kpiTarget');
  state['kpiTarget'] = take(
    'kpiTarget',
    unit === 'yuan' ? parseYuan(targetText, LIMITS.gmvFen) : parseDecimal(targetText, 0, LIMITS.kpiTarget[unit]),
    null,
  );
  const min = state['minFeeFen'] as number | null;
  const cap = state['capFeeFen'] as number | null;
  if (min !== null && cap !== null && min > cap) {
    errors['minFeeFen'] = { code: 'min-above-cap' };
    state['minFeeFen'] = null;
  }
  for (const [from, to] of PEAK_WINDOWS) {
    if (state[from] && state[to] && (state[from] as string) > (state[to] as string)) {
      errors[to] = { code: 'date-order' };
      state[to] = '';
    }
  }
  return { state: state as unknown as ContractState, errors };
}

/** Plain yuan for an input: 1500050 fen → "15000.5". */
function yuanInput(fen: number | null): string {
  return fen === null ? '' : String(fen / 100);
}

/** The form's values for a state (what `readContractForm` reads back to the same state). */
export function contractFormValues(state: ContractState): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  for (const name of Object.keys(textFields)) values[name] = state[name as keyof typeof textFields];
  for (const name of Object.keys(moneyFields)) values[name] = yuanInput(state[name as keyof typeof moneyFields]);
  for (const name of Object.keys(wholeFields)) {
    const value = state[name as keyof typeof wholeFields];
    values[name] = value === null ? '' : String(value);
  }
  for (const name of Object.keys(choiceFields)) values[name] = state[name as keyof typeof choiceFields] ?? '';
  for (const name of triFields) values[name] = state[name] === null ? '' : state[name] ? 'yes' : 'no';
  for (const name of dateFields) values[name] = state[name];
  for (const name of Object.keys(decimalFields)) {
    const value = state[name as keyof typeof decimalFields];
    values[name] = value === null ? '' : String(value);
  }
  values['kpiTarget'] =
    state.kpiTarget === null ? '' : state.kpiMetric === 'gmv' ? yuanInput(state.kpiTarget) : String(state.kpiTarget);
  for (const key of OFFER_KEYS) values[`offer.${key}`] = state.offer[key];
  return values;
}
