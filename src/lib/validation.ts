/**
 * A few typed checks for saved and imported tool data, small enough for a page's script budget
 * (zod's runtime alone is ~26 KB gzipped). Each check returns the value it accepts, typed, or throws
 * `Invalid` with the path and a message; `stateSchema` wraps a check in the store's `safeParse`.
 */
import type { StateSchema } from './state';

/** One thing wrong with the data, with where it is. */
export interface Issue {
  path: PropertyKey[];
  message: string;
}

export class Invalid extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message);
  }
}

/** Accepts a value at `path` and returns it typed, or throws `Invalid`. */
export type Check<T> = (value: unknown, path: PropertyKey[]) => T;

/** The type a check accepts. */
export type Checked<C> = C extends Check<infer T> ? T : never;

export function fail(path: PropertyKey[], message: string): never {
  throw new Invalid({ path, message });
}

/** A whole number from `min` to `max`. */
export function whole(min: number, max: number): Check<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) return fail(path, 'expected a whole number');
    if (value < min || value > max) return fail(path, `expected ${min} to ${max}`);
    return value;
  };
}

/** A number from `min` to `max` with at most two decimals (percentages, scores, ratios). */
export function decimal(min: number, max: number): Check<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return fail(path, 'expected a number');
    if (value < min || value > max) return fail(path, `expected ${min} to ${max}`);
    if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) return fail(path, 'at most two decimals');
    return value;
  };
}

/** Text of at most `max` characters. */
export function text(max: number): Check<string> {
  return (value, path) =>
    typeof value === 'string' && value.length <= max ? value : fail(path, `expected text of at most ${max} characters`);
}

/** A kebab-case id (as in content/*.yaml) of at most 60 characters. */
export const kebabId: Check<string> = (value, path) =>
  typeof value === 'string' && value.length <= 60 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
    ? value
    : fail(path, 'expected a kebab-case id');

export const boolean: Check<boolean> = (value, path) =>
  typeof value === 'boolean' ? value : fail(path, 'expected true or false');

/** One of the listed strings. */
export function oneOf<const T extends readonly string[]>(options: T): Check<T[number]> {
  return (value, path) =>
    typeof value === 'string' && options.includes(value) ? value : fail(path, `expected one of ${options.join(', ')}`);
}

/** `null` or what `inner` accepts. */
export function nullable<T>(inner: Check<T>): Check<T | null> {
  return (value, path) => (value === null ? null : inner(value, path));
}

/** An object with exactly the listed keys checked (unknown keys are dropped, as zod does). */
export function object<S extends Record<string, Check<unknown>>>(shape: S): Check<{ [K in keyof S]: Checked<S[K]> }> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(path, 'expected an object');
    const source = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) result[key] = check(source[key], [...path, key]);
    return result as { [K in keyof S]: Checked<S[K]> };
  };
}

/** A list of `min` to `max` items, each checked by `inner`. */
export function array<T>(inner: Check<T>, min: number, max: number): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) return fail(path, 'expected a list');
    if (value.length < min || value.length > max)
      return fail(path, min === 0 ? `expected at most ${max} items` : `expected ${min} to ${max} items`);
    return value.map((item, index) => inner(item, [...path, index]));
  };
}

/** A map from kebab-case ids to checked values, with at most `maxKeys` entries. */
export function idRecord<T>(inner: Check<T>, maxKeys: number): Check<Record<string, T>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(path, 'expected an object');
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length > maxKeys) return fail(path, `expected at most ${maxKeys} entries`);
    return Object.fromEntries(
      entries.map(([key, item]) => [kebabId(key, [...path, key]), inner(item, [...path, key])]),
    );
  };
}

/** The store's `safeParse` over a check, with an optional rule across fields. */
export function stateSchema<T>(check: Check<T>, rule?: (data: T) => Issue | null): StateSchema<T> {
  return {
    safeParse(data) {
      try {
        const parsed = check(data, []);
        const issue = rule?.(parsed) ?? null;
        return issue ? { success: false, error: { issues: [issue] } } : { success: true, data: parsed };
      } catch (error) {
        if (error instanceof Invalid) return { success: false, error: { issues: [error.issue] } };
        throw error;
      }
    },
  };
}

/** Whether `key` is an own property of `record` (saved records come from outside). */
export function has<T>(record: Readonly<Record<string, T>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}
