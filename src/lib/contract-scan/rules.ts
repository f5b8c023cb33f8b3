/**
 * The scanner's rules, from the `scan` fields of content/checks (clauses and red flags): built once at
 * build time into page data (`ruleSet`), compiled into regular expressions in the browser (`compile`).
 */
import type { Bilingual } from '../fields';
import type { Locale } from '../i18n';

export type Lang = 'zh' | 'en';
type Patterns = Readonly<Record<Lang, readonly string[]>>;

/** A check entry as content/checks holds it (the fields the scanner reads). */
export interface CheckEntry {
  id: string;
  kind: string;
  guide: string;
  title: Bilingual;
  text?: Bilingual;
  scan?: {
    trap?: {
      severity: number;
      risk: Bilingual;
      patterns: Patterns;
      unless?: Patterns;
      fix?: string;
      replace?: Bilingual;
    };
    covers?: Patterns;
    mustHave?: boolean;
    mustHaveWhen?: Patterns;
  };
}

/** A trap: wording that is a finding. Words are in the page's language, replacements in both. */
export interface TrapRule {
  /** The check it belongs to (a red flag or a clause). */
  id: string;
  title: string;
  severity: 1 | 2 | 3;
  risk: string;
  /** The guide page (locale-neutral slug) with the check's anchor. */
  guide: string;
  /** Suggested wording, in the contract's language. */
  replacement: Bilingual;
  /** The clause whose bad form this trap is (clauses only, else empty): its sentence never counts as having it. */
  against: string;
  patterns: Patterns;
  unless: Patterns;
}

/** A clause the scanner can find in a draft, and must-haves it reports missing. */
export interface CoverRule {
  id: string;
  title: string;
  guide: string;
  mustHave: boolean;
  /** Must-have only when the draft matches one of these (`null`: always). */
  when: Patterns | null;
  /** The clause to propose, in the contract's language. */
  proposal: Bilingual;
  patterns: Patterns;
}

export interface RuleSet {
  traps: TrapRule[];
  covers: CoverRule[];
}

const PARTY: Readonly<Record<Lang, { agency: string; merchant: string }>> = {
  zh: { agency: '乙方', merchant: '甲方' },
  en: { agency: 'the Agency', merchant: 'the Merchant' },
};
const MERCHANT_SLOTS = new Set(['merchantName', 'storeEntity', 'licenceHolder', 'adPayer']);

/** A clause's wording with its placeholders as the parties' usual names, and blanks for figures. */
export function clauseWording(text: Bilingual): Bilingual {
  const fill = (lang: Lang) =>
    text[lang].replace(/\{(\w+)\}/gu, (_, name: string) =>
      name === 'agencyName' ? PARTY[lang].agency : MERCHANT_SLOTS.has(name) ? PARTY[lang].merchant : '____',
    );
  // "the Agency" opening a sentence is "The Agency".
  return { zh: fill('zh'), en: fill('en').replace(/(^|[.;:!?]\s+)the /gu, '$1The ') };
}

const none: Patterns = { zh: [], en: [] };

/** The rules in `checks`, worded in `locale`. Throws on a fix that names no clause (the build stops). */
export function ruleSet(checks: readonly CheckEntry[], locale: Locale): RuleSet {
  const byId = new Map(checks.map((check) => [check.id, check]));
  const traps: TrapRule[] = [];
  const covers: CoverRule[] = [];
  for (const check of checks) {
    const scan = check.scan;
    if (!scan) continue;
    if (scan.trap) {
      const trap = scan.trap;
      const fixText = trap.fix ? byId.get(trap.fix)?.text : undefined;
      const replacement = trap.replace ?? (fixText ? clauseWording(fixText) : undefined);
      if (!replacement) throw new Error(`content/checks: scan trap of "${check.id}" has no replacement wording`);
      traps.push({
        id: check.id,
        title: check.title[locale],
        severity: Math.min(3, Math.max(1, trap.severity)) as 1 | 2 | 3,
        risk: trap.risk[locale],
        guide: check.guide,
        replacement,
        against: check.kind === 'clause' ? check.id : '',
        patterns: trap.patterns,
        unless: trap.unless ?? none,
      });
    }
    if (scan.covers && check.text) {
      covers.push({
        id: check.id,
        title: check.title[locale],
        guide: check.guide,
        mustHave: scan.mustHave === true,
        when: scan.mustHaveWhen ?? null,
        proposal: clauseWording(check.text),
        patterns: scan.covers,
      });
    }
  }
  return { traps, covers };
}

/** How a draft names each party, per language: the `{agency}` and `{merchant}` of the patterns. */
const NAMES: Readonly<Record<Lang, { agency: string; merchant: string }>> = {
  zh: {
    agency: '乙方|受托方|服务方|代运营方|代运营公司|服务商|运营方|运营商',
    merchant: '甲方|委托方|商家|品牌方',
  },
  en: {
    agency: 'agency|service provider|provider|party b|contractor|operator|consultant',
    merchant: 'merchant|client|brand owner|party a|customer|brand',
  },
};
/** The same when the draft makes 甲方 the agency (some agencies put themselves first). */
const SWAPPED: Readonly<Record<Lang, { agency: string; merchant: string }>> = {
  zh: { agency: '甲方|受托方|服务方|代运营方|代运营公司|服务商|运营方|运营商', merchant: '乙方|委托方|商家|品牌方' },
  en: NAMES.en,
};

/** The names a draft defines for its parties (`(the "TP")`, `（以下简称“星驰”）`), lower case. */
export interface PartyNames {
  agency: readonly string[];
  merchant: readonly string[];
}

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** The usual names of a side without those the draft gives the other side (Party A as the agency), and its own. */
const alternatives = (base: string, own: readonly string[], other: readonly string[]) =>
  [...base.split('|').filter((name) => !other.includes(name)), ...own.map(escape)].join('|');

export type Compiled = Readonly<Record<Lang, readonly RegExp[]>>;

export interface CompiledRules {
  traps: { rule: TrapRule; patterns: Compiled; unless: Compiled }[];
  covers: { rule: CoverRule; patterns: Compiled; when: Compiled | null }[];
}

/**
 * The rules as regular expressions; `swapped` when the draft names the agency 甲方, `names` the
 * parties' names the draft defines besides the usual ones.
 */
export function compile(
  rules: RuleSet,
  swapped = false,
  names: PartyNames = { agency: [], merchant: [] },
): CompiledRules {
  const party = (lang: Lang) => {
    const base = (swapped ? SWAPPED : NAMES)[lang];
    const article = lang === 'en' ? '(?:the )?' : '';
    return {
      agency: `${article}(?:${alternatives(base.agency, names.agency, names.merchant)})`,
      merchant: `${article}(?:${alternatives(base.merchant, names.merchant, names.agency)})`,
    };
  };
  const parties = { zh: party('zh'), en: party('en') };
  const build = (patterns: Patterns): Compiled => {
    const one = (lang: Lang) =>
      // The text is lower-cased already (normalise.ts): no `i` flag, which makes matching slower.
      patterns[lang].map(
        (source) =>
          new RegExp(
            source.replaceAll('{agency}', parties[lang].agency).replaceAll('{merchant}', parties[lang].merchant),
            'u',
          ),
      );
    return { zh: one('zh'), en: one('en') };
  };
  return {
    traps: rules.traps.map((rule) => ({ rule, patterns: build(rule.patterns), unless: build(rule.unless) })),
    covers: rules.covers.map((rule) => ({
      rule,
      patterns: build(rule.patterns),
      when: rule.when ? build(rule.when) : null,
    })),
  };
}
