/**
 * The inputs of the offer priced by module (半托管) as typed, by form name and link parameter: how
 * they become its state, and back. Loaded only when the offer is used (opened, saved or linked):
 * the page's first script passes the figures it holds instead (fields.ts `parseInputs`).
 */
import { MAX_COUNT, MAX_DEPOSIT_MONTHS, MAX_FEE_FEN } from './limits';
import { fenToPlainYuan, parseDecimal, scaledToPlain } from '../money';
import {
  parseField,
  parseInputs,
  rawFromState,
  type FieldError,
  type ModuleFieldName,
  type ParseResult,
  type RawInputs,
  type Spec,
} from './fields';
import { moduleOff, type FeeState } from './state';

export type ModuleState = FeeState['models']['module'];

type ModuleSpec = Spec | { type: 'count'; min: number; max: number; path: string };

const money = (path: string, optional = false): Spec =>
  optional ? { type: 'money', max: MAX_FEE_FEN, path, optional: true } : { type: 'money', max: MAX_FEE_FEN, path };
const count = (path: string, min = 0, max = MAX_COUNT): ModuleSpec => ({ type: 'count', min, max, path });

/** Every input of the offer, by its form name and link parameter, and its key in the offer's state. */
export const MODULE_FIELDS = {
  adpct: { type: 'percent', path: 'adPct' },
  admin: money('adMinFen', true),
  seats: count('seats'),
  seatfee: money('seatFeeFen'),
  peakseats: count('peakSeats'),
  shifts: count('shifts'),
  shiftfee: money('shiftFeeFen'),
  design: count('designItems'),
  designfee: money('designFeeFen'),
  setup: money('setupFen'),
  deposit: money('depositFen'),
  depmonths: count('depositMonths', 1, MAX_DEPOSIT_MONTHS),
  modname: { type: 'label', path: 'label' },
} as const satisfies Record<ModuleFieldName, ModuleSpec>;

export type { ModuleFieldName };

export const MODULE_FIELD_NAMES = Object.keys(MODULE_FIELDS) as ModuleFieldName[];

/** A whole number within [min, max], or why not. */
function parseCount(text: string, min: number, max: number): number | { code: FieldError['code']; limit?: string } {
  const parsed = parseDecimal(text.trim(), 0);
  if (!parsed.ok) return parsed.error === 'too-precise' ? { code: 'count' } : { code: parsed.error };
  if (parsed.value > BigInt(max)) return { code: 'too-large', limit: String(max) };
  if (parsed.value < BigInt(min)) return { code: 'too-small', limit: String(min) };
  return Number(parsed.value);
}

/** The offer's state from the form's text (its `enabled` is set by the `show` checkboxes), or null with `errors` added. */
export function parseModule(raw: RawInputs, errors: FieldError[]): ModuleState | null {
  const text = raw as unknown as Partial<Record<ModuleFieldName, string>>;
  const state: Record<string, unknown> = { enabled: false };
  const before = errors.length;
  for (const name of MODULE_FIELD_NAMES) {
    const spec: ModuleSpec = MODULE_FIELDS[name];
    const value = text[name] ?? '';
    const result = spec.type === 'count' ? parseCount(value, spec.min, spec.max) : parseField(spec, value);
    if (result !== null && typeof result === 'object') errors.push({ field: name, ...result });
    else state[spec.path] = result;
  }
  return errors.length === before ? (state as unknown as ModuleState) : null;
}

/** The text each of the offer's inputs shows for its state (the inverse of `parseModule`). */
export function rawFromModule(module: ModuleState): Record<ModuleFieldName, string> {
  const raw = {} as Record<ModuleFieldName, string>;
  for (const name of MODULE_FIELD_NAMES) {
    const spec: ModuleSpec = MODULE_FIELDS[name];
    const value = (module as unknown as Record<string, unknown>)[spec.path];
    raw[name] =
      spec.type === 'money'
        ? value === null
          ? ''
          : fenToPlainYuan(value as number)
        : spec.type === 'percent'
          ? scaledToPlain(Math.round((value as number) * 100), 2)
          : String(value);
  }
  return raw;
}

/** Every input of the calculator, the offer priced by module's included. */
export const parseAll = (raw: RawInputs): ParseResult => parseInputs(raw, parseModule);

/** The text of every input for a state, the offer priced by module's included. */
export const rawAll = (state: FeeState): RawInputs => ({
  ...rawFromState(state),
  ...rawFromModule(state.models.module),
});

/**
 * Example figures for a merchant who opens the offer without any (王总's: paid traffic and
 * customer service bought, design kept in-house), labelled as examples on the page. Percentages and
 * prices are assumptions, not market rates (the half-custody guide: none are published). No deposit.
 */
export const moduleExample = (): ModuleState => ({
  ...moduleOff(),
  enabled: true,
  adPct: 8,
  seats: 2,
  seatFeeFen: 450_000,
  peakSeats: 2,
});

/** Whether the offer holds anything (compared, or any figure other than a first visit's). */
export const moduleUsed = (module: ModuleState): boolean =>
  module.enabled || MODULE_FIELD_NAMES.some((name) => rawFromModule(module)[name] !== rawFromModule(moduleOff())[name]);
