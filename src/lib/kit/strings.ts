/**
 * Interface text: one dictionary per tool and language, and one way to fill its templates.
 *
 * A dictionary is a flat object of sentences with `{name}` placeholders. The Astro view picks the
 * page's language once (`dictionary[locale]`) and hands that one dictionary to the element in
 * `data-strings`, so a page never ships the other language's words in its script.
 */
import type { Locale } from '../i18n';

/** Sentences by key; `{name}` marks a value filled in at run time. */
export type Dictionary = Readonly<Record<string, string>>;

/** Values for a template's placeholders. */
export type TemplateValues = Readonly<Record<string, string | number>>;

/** One dictionary per language with the same keys; the Chinese one defines them. */
export type Dictionaries<D extends Dictionary> = Readonly<Record<Locale, D>>;

/** Makes `en` share `zh`'s keys exactly: a missing or extra key is a type error. */
export function dictionaries<const Z extends Dictionary>(zh: Z, en: { readonly [K in keyof Z]: string }) {
  return { zh, en } as Dictionaries<{ readonly [K in keyof Z]: string }>;
}

/**
 * The part of a dictionary a tool's script needs, for `data-strings`: a page whose view words most of
 * the tool at build time sends only the sentences its script still writes.
 */
export function pick<D extends Dictionary, K extends keyof D>(dictionary: D, keys: readonly K[]): Pick<D, K> {
  return Object.fromEntries(keys.map((key) => [key, dictionary[key]])) as Pick<D, K>;
}

/** Replaces `{name}` placeholders; a placeholder without a value stays as written, so it shows in tests. */
export function fill(template: string, values: TemplateValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole,
  );
}

/** `t(key, values)`: the sentence `key` of one dictionary, filled. */
export type Translate<D extends Dictionary> = (key: keyof D & string, values?: TemplateValues) => string;

export function translator<D extends Dictionary>(dictionary: D): Translate<D> {
  return (key, values) => fill(dictionary[key] ?? key, values);
}
