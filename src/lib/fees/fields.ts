/**
 * The calculator's inputs as people type them (strings), and how they become a `FeeState`.
 * Form fields and link parameters share one name per input, so a hand-edited link is checked by
 * exactly the rules the form uses, and its mistakes are shown at the field they belong to.
 */
import {
  MAX_BRACKETS,
  MAX_FEE_FEN,
  MAX_GMV_FEN,
  MAX_GROWTH_PCT,
  MAX_LABEL_LENGTH,
  MAX_MULTIPLIER,
  MIN_GROWTH_PCT,
} from './limits';
import { MODEL_IDS, type ModelId } from './models';
import { fenToPlainYuan, formatPercent, formatYuan, parseDecimal, scaledToPlain, type DecimalError } from './money';
import type { FeeState } from './state';

type Spec =
  | { type: 'money'; max: number; optional?: boolean }
  | { type: 'percent'; min?: number; max?: number }
  | { type: 'multiplier' }
  | { type: 'month' }
  | { type: 'label' }
  | { type: 'choice'; options: readonly string[] }
  | { type: 'models' };

/** Every single-value input, by its form name and link parameter. */
export const FIELDS = {
  gmv: { type: 'money', max: MAX_GMV_FEN },
  refund: { type: 'percent' },
  on: { type: 'choice', options: ['gmv', 'net'] },
  margin: { type: 'percent' },
  ad: { type: 'money', max: MAX_GMV_FEN },
  adpay: { type: 'choice', options: ['merchant', 'agency'] },
  show: { type: 'models' },
  base: { type: 'money', max: MAX_FEE_FEN },
  rate: { type: 'percent' },
  bcname: { type: 'label' },
  fixed: { type: 'money', max: MAX_FEE_FEN },
  fixedname: { type: 'label' },
  pure: { type: 'percent' },
  purename: { type: 'label' },
  tmin: { type: 'money', max: MAX_FEE_FEN, optional: true },
  tcap: { type: 'money', max: MAX_FEE_FEN, optional: true },
  tiername: { type: 'label' },
  pcr: { type: 'percent' },
  pay: { type: 'percent' },
  afee: { type: 'money', max: MAX_FEE_FEN },
  athr: { type: 'money', max: MAX_GMV_FEN * 12, optional: true },
  dep: { type: 'money', max: MAX_FEE_FEN },
  coc: { type: 'percent' },
  start: { type: 'month' },
  growth: { type: 'percent', min: MIN_GROWTH_PCT, max: MAX_GROWTH_PCT },
  x618: { type: 'multiplier' },
  x1111: { type: 'multiplier' },
  xny: { type: 'multiplier' },
} as const satisfies Record<string, Spec>;

export type FieldName = keyof typeof FIELDS;

export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** One row of the tiered schedule as typed. */
export interface RawBracket {
  upTo: string;
  rate: string;
}

/** Everything the form holds, as text. */
export type RawInputs = Record<FieldName, string> & { tiers: RawBracket[] };

/** Short codes of the models in the `show` parameter. */
export const MODEL_CODES: Record<ModelId, string> = { 'base-commission': 'bc', fixed: 'fixed', commission: 'pure', tiered: 'tiered' };

export type FieldErrorCode =
  | DecimalError
  | 'too-small'
  | 'not-whole'
  | 'choose'
  | 'too-long'
  | 'unknown-model'
  | 'tier-order'
  | 'tier-open'
  | 'tier-count'
  | 'tier-empty'
  | 'min-over-cap';

/** Where an error belongs: a field name, a bracket cell (`tiers.2.rate`) or the schedule (`tiers`). */
export type FieldKey = FieldName | 'tiers' | `tiers.${number}.${keyof RawBracket}`;

export interface FieldError {
  field: FieldKey;
  code: FieldErrorCode;
  /** The limit broken, ready to show ("¥100,000,000", "100%", "40"). */
  limit?: string;
}

export type ParseResult = { ok: true; state: FeeState } | { ok: false; errors: FieldError[] };

type Value = number | string | null | ModelId[];

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
  if (!parsed.ok) return parsed.error === 'too-large' ? { code: 'too-large' as const, limit: format(max) } : { code: parsed.error };
  if (parsed.value > BigInt(max)) return { code: 'too-large' as const, limit: format(max) };
  if (parsed.value < BigInt(min)) return { code: 'too-small' as const, limit: format(min) };
  return Number(parsed.value);
}

/** Parses one field's text by its spec: a value, or the reason it is refused. */
function parseField(spec: Spec, text: string): Value | { code: FieldErrorCode; limit?: string } {
  const trimmed = text.trim();
  switch (spec.type) {
    case 'money':
      if (spec.optional && trimmed === '') return null;
      return decimalField(trimmed, { decimals: 2, min: 0, max: spec.max, format: formatYuan, units: true });
    case 'percent': {
      const min = (spec.min ?? 0) * 100;
      const value = decimalField(trimmed, { decimals: 2, min, max: (spec.max ?? 100) * 100, format: formatPercent, negative: min < 0 });
      return typeof value === 'number' ? value / 100 : value;
    }
    case 'multiplier': {
      const value = decimalField(trimmed.replace(/[x×倍]$/i, ''), { decimals: 2, min: 0, max: MAX_MULTIPLIER * 100, format: (scaled) => scaledToPlain(scaled, 2) });
      return typeof value === 'number' ? value / 100 : value;
    }
    case 'month': {
      const value = decimalField(trimmed.replace(/月$/, ''), { decimals: 0, min: 1, max: 12, format: String });
      return typeof value === 'object' && value.code === 'too-precise' ? { code: 'not-whole' } : value;
    }
    case 'label':
      return [...trimmed].length > MAX_LABEL_LENGTH ? { code: 'too-long', limit: String(MAX_LABEL_LENGTH) } : trimmed;
    case 'choice':
      return spec.options.includes(trimmed) ? trimmed : { code: 'choose' };
    case 'models': {
      const codes = trimmed === '' ? [] : trimmed.split(',').map((code) => code.trim());
      const ids = codes.map((code) => MODEL_IDS.find((id) => MODEL_CODES[id] === code));
      return ids.every((id) => id !== undefined) ? ids : { code: 'unknown-model' };
    }
  }
}

/** Checks every input; the state is produced only when all of them are valid. */
export function parseInputs(raw: RawInputs): ParseResult {
  const errors: FieldError[] = [];
  const values = {} as Record<FieldName, Value>;
  for (const name of FIELD_NAMES) {
    const result = parseField(FIELDS[name], raw[name]);
    if (result !== null && typeof result === 'object' && !Array.isArray(result)) errors.push({ field: name, ...result });
    else values[name] = result;
  }
  const brackets = parseBrackets(raw.tiers, errors);
  const minimum = values.tmin as number | null | undefined;
  const cap = values.tcap as number | null | undefined;
  if (typeof minimum === 'number' && typeof cap === 'number' && minimum > cap) {
    errors.push({ field: 'tmin', code: 'min-over-cap', limit: formatYuan(cap) });
  }
  if (errors.length > 0 || !brackets) return { ok: false, errors };
  const number = (name: FieldName) => values[name] as number;
  const text = (name: FieldName) => values[name] as string;
  const shown = new Set(values.show as ModelId[]);
  return {
    ok: true,
    state: {
      gmvFen: number('gmv'),
      refundPct: number('refund'),
      commissionOn: text('on') as FeeState['commissionOn'],
      marginPct: number('margin'),
      adSpendFen: number('ad'),
      adPayer: text('adpay') as FeeState['adPayer'],
      models: {
        'base-commission': { enabled: shown.has('base-commission'), label: text('bcname'), baseFen: number('base'), ratePct: number('rate') },
        fixed: { enabled: shown.has('fixed'), label: text('fixedname'), feeFen: number('fixed') },
        commission: { enabled: shown.has('commission'), label: text('purename'), ratePct: number('pure') },
        tiered: {
          enabled: shown.has('tiered'),
          label: text('tiername'),
          brackets,
          minimumFen: values.tmin as number | null,
          capFen: values.tcap as number | null,
        },
      },
      platform: {
        commissionPct: number('pcr'),
        paymentPct: number('pay'),
        annualFeeFen: number('afee'),
        annualRefundThresholdFen: values.athr as number | null,
        depositFen: number('dep'),
        capitalCostPct: number('coc'),
      },
      plan: { startMonth: number('start'), growthPct: number('growth'), peak618: number('x618'), peakDouble11: number('x1111'), peakNewYear: number('xny') },
    },
  };
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
      const parsed = parseField({ type: 'money', max: MAX_GMV_FEN }, row.upTo);
      if (typeof parsed !== 'number') errors.push({ field: `tiers.${index}.upTo`, ...(parsed as { code: FieldErrorCode; limit?: string }) });
      else if (parsed <= previous) errors.push({ field: `tiers.${index}.upTo`, code: 'tier-order', limit: formatYuan(previous) });
      else upTo = previous = parsed;
    }
    const rate = parseField(FIELDS.rate, row.rate);
    if (typeof rate === 'number') brackets.push({ upToFen: upTo, ratePct: rate });
    else errors.push({ field: `tiers.${index}.rate`, ...(rate as { code: FieldErrorCode; limit?: string }) });
  });
  return errors.length === before ? brackets : null;
}

const pct = (value: number) => scaledToPlain(Math.round(value * 100), 2);
const optionalYuan = (fen: number | null) => (fen === null ? '' : fenToPlainYuan(fen));

/** The text each input shows for a state (the inverse of `parseInputs`). */
export function rawFromState(state: FeeState): RawInputs {
  const { models, platform, plan } = state;
  return {
    gmv: fenToPlainYuan(state.gmvFen),
    refund: pct(state.refundPct),
    on: state.commissionOn,
    margin: pct(state.marginPct),
    ad: fenToPlainYuan(state.adSpendFen),
    adpay: state.adPayer,
    show: MODEL_IDS.filter((id) => models[id].enabled)
      .map((id) => MODEL_CODES[id])
      .join(','),
    base: fenToPlainYuan(models['base-commission'].baseFen),
    rate: pct(models['base-commission'].ratePct),
    bcname: models['base-commission'].label,
    fixed: fenToPlainYuan(models.fixed.feeFen),
    fixedname: models.fixed.label,
    pure: pct(models.commission.ratePct),
    purename: models.commission.label,
    tiers: models.tiered.brackets.map((bracket) => ({ upTo: optionalYuan(bracket.upToFen), rate: pct(bracket.ratePct) })),
    tmin: optionalYuan(models.tiered.minimumFen),
    tcap: optionalYuan(models.tiered.capFen),
    tiername: models.tiered.label,
    pcr: pct(platform.commissionPct),
    pay: pct(platform.paymentPct),
    afee: fenToPlainYuan(platform.annualFeeFen),
    athr: optionalYuan(platform.annualRefundThresholdFen),
    dep: fenToPlainYuan(platform.depositFen),
    coc: pct(platform.capitalCostPct),
    start: String(plan.startMonth),
    growth: pct(plan.growthPct),
    x618: pct(plan.peak618),
    x1111: pct(plan.peakDouble11),
    xny: pct(plan.peakNewYear),
  };
}
