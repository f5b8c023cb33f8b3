/**
 * The calculator's inputs as people type them (strings), and how they become a `FeeState`.
 * Form fields and link parameters share one name per input, so a hand-edited link is checked by
 * exactly the rules the form uses, and its mistakes are shown at the field they belong to.
 */
import {
  MAX_BRACKETS,
  MAX_FEE_FEN,
  MAX_FX_E4,
  MAX_GMV_FEN,
  MAX_GROWTH_PCT,
  MAX_LABEL_LENGTH,
  MAX_MULTIPLIER,
  MIN_GROWTH_PCT,
} from './limits';
import { MODEL_IDS, type ModelId } from './ids';
import { fenToPlainYuan, formatPercent, formatYuan, parseDecimal, scaledToPlain, type DecimalError } from '../money';
import { BASES, CURRENCIES, PERIODS, STORE_TYPES, type FeeState } from './state';

export type Spec = (
  | { type: 'money'; max: number; optional?: true }
  | { type: 'percent'; min?: number; max?: number }
  | { type: 'multiplier' }
  | { type: 'month' }
  | { type: 'label' }
  | { type: 'rate' }
  | { type: 'choice'; options: readonly string[]; optional?: true }
) & {
  /** Where the value lives in `FeeState`, dot-separated. */
  path: string;
};

const money = (path: string, max = MAX_FEE_FEN) => ({ type: 'money', max, path }) as const;
const percent = (path: string) => ({ type: 'percent', path }) as const;
const label = (path: string) => ({ type: 'label', path }) as const;
const multiplier = (path: string) => ({ type: 'multiplier', path }) as const;
/** An offer's own commission base: blank for the shared one. */
const ownBasis = (path: string) => ({ type: 'choice', options: BASES, optional: true, path }) as const;

/** Every single-value input, by its form name and link parameter, and where it goes in the state. */
export const FIELDS = {
  gmv: money('gmvFen', MAX_GMV_FEN),
  refund: percent('refundPct'),
  on: { type: 'choice', options: BASES, path: 'commissionOn' },
  unpaid: percent('unpaidPct'),
  after: percent('afterPct'),
  coupon: percent('couponPct'),
  cur: { type: 'choice', options: CURRENCIES, path: 'fx.currency' },
  fx: { type: 'rate', path: 'fx.cnyPerUnitE4' },
  store: { type: 'choice', options: STORE_TYPES, path: 'storeType' },
  margin: percent('marginPct'),
  ad: money('adSpendFen', MAX_GMV_FEN),
  adpay: { type: 'choice', options: ['merchant', 'agency'], path: 'adPayer' },
  base: money('models.base-commission.baseFen'),
  rate: percent('models.base-commission.ratePct'),
  bcname: label('models.base-commission.label'),
  bcbasis: ownBasis('models.base-commission.on'),
  threshold: money('models.base-commission.thresholdFen', MAX_GMV_FEN),
  guarantee: { ...money('models.base-commission.guaranteeFen', MAX_GMV_FEN), optional: true },
  shortfall: percent('models.base-commission.shortfallPct'),
  period: { type: 'choice', options: PERIODS, path: 'models.base-commission.period' },
  fixed: money('models.fixed.feeFen'),
  fixedname: label('models.fixed.label'),
  pure: percent('models.commission.ratePct'),
  purename: label('models.commission.label'),
  purebasis: ownBasis('models.commission.on'),
  tmin: { ...money('models.tiered.minimumFen'), optional: true },
  tcap: { ...money('models.tiered.capFen'), optional: true },
  tiername: label('models.tiered.label'),
  tiermode: { type: 'choice', options: ['marginal', 'whole'], path: 'models.tiered.mode' },
  tbasis: ownBasis('models.tiered.on'),
  pcr: percent('platform.commissionPct'),
  pay: percent('platform.paymentPct'),
  afee: money('platform.annualFeeFen'),
  athr: { ...money('platform.annualRefundThresholdFen', MAX_GMV_FEN * 12), optional: true },
  dep: money('platform.depositFen'),
  coc: percent('platform.capitalCostPct'),
  start: { type: 'month', path: 'plan.startMonth' },
  growth: { type: 'percent', min: MIN_GROWTH_PCT, max: MAX_GROWTH_PCT, path: 'plan.growthPct' },
  x618: multiplier('plan.peak618'),
  x1111: multiplier('plan.peakDouble11'),
  xny: multiplier('plan.peakNewYear'),
} as const satisfies Record<string, Spec>;

/** The compared models, as a comma-separated list of `MODEL_CODES` (form checkboxes named `show`). */
const SHOW = 'show';

export type FieldName = keyof typeof FIELDS | typeof SHOW;

const SPEC_NAMES = Object.keys(FIELDS) as (keyof typeof FIELDS)[];

/** Every input name except the tiered brackets, in link order. */
export const FIELD_NAMES: FieldName[] = [...SPEC_NAMES, SHOW];

/** One row of the tiered schedule as typed. */
export interface RawBracket {
  upTo: string;
  rate: string;
}

/** Everything the form holds, as text. */
export type RawInputs = Record<FieldName, string> & { tiers: RawBracket[] };

/** Short codes of the models in the `show` parameter. */
export const MODEL_CODES: Record<ModelId, string> = {
  'base-commission': 'bc',
  fixed: 'fixed',
  commission: 'pure',
  tiered: 'tiered',
  module: 'mod',
};

export type FieldErrorCode =
  | DecimalError
  | 'too-small'
  | 'not-positive'
  | 'not-whole'
  | 'choose'
  | 'too-long'
  | 'unknown-model'
  | 'tier-order'
  | 'tier-open'
  | 'tier-count'
  | 'tier-empty'
  | 'min-over-cap'
  | 'after-over-refund'
  | 'shares-over'
  | 'count';

/**
 * The inputs of the offer priced by module (module-fields.ts parses them, loaded only when it is used),
 * named here so that their refusals are field errors like any other.
 */
export type ModuleFieldName =
  | 'adpct'
  | 'admin'
  | 'seats'
  | 'seatfee'
  | 'peakseats'
  | 'shifts'
  | 'shiftfee'
  | 'design'
  | 'designfee'
  | 'setup'
  | 'deposit'
  | 'depmonths'
  | 'modname';

/** Where an error belongs: a field name, a bracket cell (`tiers.2.rate`) or the schedule (`tiers`). */
export type FieldKey = FieldName | ModuleFieldName | 'tiers' | `tiers.${number}.${keyof RawBracket}`;

export interface FieldError {
  field: FieldKey;
  code: FieldErrorCode;
  /** The limit broken, ready to show ("¥100,000,000", "100%", "40"). */
  limit?: string;
}

export type ParseResult = { ok: true; state: FeeState } | { ok: false; errors: FieldError[] };

interface DecimalSpec {
  decimals: number;
  min: number;
  max: number;
  format: (scaled: number) => string;
  negative?: boolean;
  /** Accept 万 and 亿 (money only). */
  units?: boolean;
}

/** A decimal field as a scaled integer within [min, max], or why not. */
function decimalField(text: string, { decimals, min, max, format, negative = false, units = false }: DecimalSpec) {
  const parsed = parseDecimal(text, decimals, { negative, units });
  if (!parsed.ok)
    return parsed.error === 'too-large'
      ? { code: 'too-large' as const, limit: format(max) }
      : parsed.error === 'too-precise'
        ? { code: 'too-precise' as const, limit: String(decimals) }
        : { code: parsed.error };
  if (parsed.value > BigInt(max)) return { code: 'too-large' as const, limit: format(max) };
  if (parsed.value < BigInt(min)) return { code: 'too-small' as const, limit: format(min) };
  return Number(parsed.value);
}

/** Parses one field's text by its spec: a value, or the reason it is refused (also used by module-fields.ts). */
export function parseField(
  spec: Spec,
  text: string,
): number | string | null | { code: FieldErrorCode; limit?: string } {
  const trimmed = text.trim();
  switch (spec.type) {
    case 'money':
      if (spec.optional && trimmed === '') return null;
      return decimalField(trimmed, { decimals: 2, min: 0, max: spec.max, format: formatYuan, units: true });
    case 'percent': {
      const min = (spec.min ?? 0) * 100;
      const value = decimalField(trimmed, {
        decimals: 2,
        min,
        max: (spec.max ?? 100) * 100,
        format: formatPercent,
        negative: min < 0,
      });
      return typeof value === 'number' ? value / 100 : value;
    }
    case 'multiplier': {
      const value = decimalField(trimmed.replace(/[x×倍]$/i, ''), {
        decimals: 2,
        min: 0,
        max: MAX_MULTIPLIER * 100,
        format: (scaled) => scaledToPlain(scaled, 2),
      });
      return typeof value === 'number' ? value / 100 : value;
    }
    case 'month': {
      const value = decimalField(trimmed.replace(/月$/, ''), { decimals: 0, min: 1, max: 12, format: String });
      return typeof value === 'object' && value.code === 'too-precise' ? { code: 'not-whole' } : value;
    }
    case 'rate': {
      // Blank: results in CNY only. Otherwise CNY per unit, up to four decimals, above zero.
      if (trimmed === '') return null;
      const value = decimalField(trimmed, {
        decimals: 4,
        min: 0,
        max: MAX_FX_E4,
        format: (e4) => scaledToPlain(e4, 4),
      });
      return value === 0 ? { code: 'not-positive' } : value;
    }
    case 'label':
      // Kept as typed (not trimmed), so that saved names read back exactly; counted as the schema counts.
      return text.length > MAX_LABEL_LENGTH ? { code: 'too-long', limit: String(MAX_LABEL_LENGTH) } : text;
    case 'choice':
      if (spec.optional && trimmed === '') return null;
      return spec.options.includes(trimmed) ? trimmed : { code: 'choose' };
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let node = target;
  for (const key of keys) node = (node[key] ??= {}) as Record<string, unknown>;
  node[last] = value;
}

function getPath(source: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], source);
}

/**
 * Checks every input; the state is produced only when all of them are valid. `module` gives the offer
 * priced by module: module-fields.ts parses its inputs (loaded when it is used); until then the page
 * passes the figures it holds, which nothing on the page can change.
 */
export function parseInputs(
  raw: RawInputs,
  module: (raw: RawInputs, errors: FieldError[]) => FeeState['models']['module'] | null,
): ParseResult {
  const errors: FieldError[] = [];
  const state: Record<string, unknown> = { models: { module: module(raw, errors) } };
  for (const name of SPEC_NAMES) {
    const result = parseField(FIELDS[name], raw[name]);
    if (result !== null && typeof result === 'object') errors.push({ field: name, ...result });
    else setPath(state, FIELDS[name].path, result);
  }
  const codes = raw.show.trim() === '' ? [] : raw.show.split(',').map((code) => code.trim());
  if (!codes.every((code) => MODEL_IDS.some((id) => MODEL_CODES[id] === code)))
    errors.push({ field: SHOW, code: 'unknown-model' });
  for (const id of MODEL_IDS) setPath(state, `models.${id}.enabled`, codes.includes(MODEL_CODES[id]));
  const brackets = parseBrackets(raw.tiers, errors);
  const minimum = getPath(state, FIELDS.tmin.path);
  const cap = getPath(state, FIELDS.tcap.path);
  if (typeof minimum === 'number' && typeof cap === 'number' && minimum > cap) {
    errors.push({ field: 'tmin', code: 'min-over-cap', limit: formatYuan(cap) });
  }
  // Refunds after receipt are part of all refunds; unpaid, refunded and coupons at most all sales.
  const share = (name: 'refund' | 'after' | 'unpaid' | 'coupon') => getPath(state, FIELDS[name].path) as number;
  if (share('after') > share('refund'))
    errors.push({ field: 'after', code: 'after-over-refund', limit: raw.refund.trim() });
  // (A refused share is undefined: the comparisons above and below are then false.)
  const total = Math.round((share('refund') + share('unpaid') + share('coupon')) * 100);
  if (total > 10_000) errors.push({ field: 'unpaid', code: 'shares-over', limit: formatPercent(total) });
  if (errors.length > 0 || !brackets) return { ok: false, errors };
  setPath(state, 'models.tiered.brackets', brackets);
  return { ok: true, state: state as unknown as FeeState };
}

type Brackets = FeeState['models']['tiered']['brackets'];

/** The tiered schedule: every cell valid, edges rising, only the last row open. */
function parseBrackets(rows: readonly RawBracket[], errors: FieldError[]): Brackets | null {
  const before = errors.length;
  if (rows.length === 0) errors.push({ field: 'tiers', code: 'tier-empty' });
  if (rows.length > MAX_BRACKETS) errors.push({ field: 'tiers', code: 'tier-count', limit: String(MAX_BRACKETS) });
  const brackets: Brackets = [];
  let previous = 0;
  rows.slice(0, MAX_BRACKETS).forEach((row, index) => {
    const last = index === rows.length - 1;
    let upTo: number | null = null;
    if (last) {
      if (row.upTo.trim() !== '') errors.push({ field: `tiers.${index}.upTo`, code: 'tier-open' });
    } else {
      const parsed = parseField(money('', MAX_GMV_FEN), row.upTo);
      if (typeof parsed !== 'number')
        errors.push({ field: `tiers.${index}.upTo`, ...(parsed as { code: FieldErrorCode; limit?: string }) });
      else if (parsed <= previous)
        errors.push({ field: `tiers.${index}.upTo`, code: 'tier-order', limit: formatYuan(previous) });
      else upTo = previous = parsed;
    }
    const rate = parseField(FIELDS.rate, row.rate);
    if (typeof rate === 'number') brackets.push({ upToFen: upTo, ratePct: rate });
    else errors.push({ field: `tiers.${index}.rate`, ...(rate as { code: FieldErrorCode; limit?: string }) });
  });
  return errors.length === before ? brackets : null;
}

const pct = (value: number) => scaledToPlain(Math.round(value * 100), 2);

/** The text each input shows for a state (the inverse of `parseInputs`). Throws on data of the wrong shape. */
export function rawFromState(state: FeeState): RawInputs {
  const raw = {} as Record<FieldName, string>;
  for (const name of SPEC_NAMES) {
    const spec: Spec = FIELDS[name];
    const value = getPath(state, spec.path);
    raw[name] =
      value === null && spec.type === 'choice'
        ? ''
        : spec.type === 'rate'
          ? value === null
            ? ''
            : scaledToPlain(value as number, 4)
          : spec.type === 'money'
            ? spec.optional && value === null
              ? ''
              : fenToPlainYuan(value as number)
            : spec.type === 'percent' || spec.type === 'multiplier'
              ? pct(value as number)
              : String(value);
  }
  raw.show = MODEL_IDS.filter((id) => state.models[id].enabled)
    .map((id) => MODEL_CODES[id])
    .join(',');
  const tiers = state.models.tiered.brackets.map((bracket) => ({
    upTo: bracket.upToFen === null ? '' : fenToPlainYuan(bracket.upToFen),
    rate: pct(bracket.ratePct),
  }));
  return { ...raw, tiers };
}
