/** The site's two languages. `zh` is served at the root, `en` under `/en/`. */
export type Locale = 'zh' | 'en';

export const locales: readonly Locale[] = ['zh', 'en'];

/** The language of a page, read from its URL path. */
export function localeOfPath(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'zh';
}

/** The URL of a locale-neutral slug (`guide/fees`) in a language, with the trailing slash the site uses. */
export function localeHref(locale: Locale, slug: string, hash?: string): string {
  const clean = slug.replace(/^\/+|\/+$/g, '');
  const path = locale === 'en' ? `/en/${clean}/` : `/${clean}/`;
  return hash ? `${path}#${hash}` : path;
}

/** The slug of a docs entry without its locale prefix (`en/guide/fees` → `guide/fees`). */
export function neutralSlug(entryId: string): string {
  return entryId.replace(/^en\//, '');
}

/** The BCP 47 tag used in `<html lang>` and `Intl` formatting. */
export function langTag(locale: Locale): string {
  return locale === 'en' ? 'en' : 'zh-CN';
}

/** Formats a date as the reader expects it, without the time zone shifting the day. */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(langTag(locale), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
