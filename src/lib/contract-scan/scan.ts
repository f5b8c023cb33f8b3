/**
 * Scanning a draft: every sentence against the rules (findings), every paragraph for the clauses the
 * draft has (covered) and the must-haves it lacks (missing), and the figures it states. Pure: text and
 * compiled rules in, result out.
 */
import { figuresIn, type Figure } from './numbers';
import { isChinese, normalise } from './normalise';
import { compile, type CompiledRules, type Lang, type RuleSet } from './rules';
import { splitDraft, type Location } from './split';

export interface Finding {
  /** The check id of the rule (a red flag or clause in content/checks). */
  id: string;
  severity: 1 | 2 | 3;
  /** The sentence as written in the draft. */
  quote: string;
  location: Location;
  /** The sentence's language: the replacement is given in it. */
  lang: Lang;
}

export interface ScanResult {
  /** The draft's main language. */
  lang: Lang;
  paragraphs: number;
  sentences: number;
  /** Most serious first, then in the draft's order. */
  findings: Finding[];
  /** Clause ids the draft has. */
  covered: string[];
  /** Must-have clause ids it lacks. */
  missing: string[];
  figures: Figure[];
  /** The draft calls the agency 甲方. */
  swapped: boolean;
}

/** The draft names the agency 甲方 (受托方, 服务方…) and the merchant 乙方. */
export function agencyIsPartyA(normalised: string): boolean {
  const head = normalised.slice(0, 3000);
  return (
    /甲方\s?[(:]?\s?[(]?(受托方|服务方|代运营方|服务商)/u.test(head) || /乙方\s?[(:]?\s?[(]?(委托方|商家)/u.test(head)
  );
}

const test = (list: readonly RegExp[], text: string) => list.some((regex) => regex.test(text));

/** Scans `text` with `rules` (compiled once per rule set and party order). */
export function scanDraft(text: string, rules: RuleSet, cache?: Map<boolean, CompiledRules>): ScanResult {
  const paragraphs = splitDraft(text);
  const swapped = agencyIsPartyA(normalise(text.slice(0, 3000)));
  let compiled = cache?.get(swapped);
  if (!compiled) {
    compiled = compile(rules, swapped);
    cache?.set(swapped, compiled);
  }
  const findings: Finding[] = [];
  const covered = new Set<string>();
  const mentioned = new Set<string>();
  const figures: Figure[] = [];
  let chinese = 0;
  let sentences = 0;
  for (const paragraph of paragraphs) {
    /** Per language, the paragraph's normalised sentences and the clauses each stands against. */
    const parts: { lang: Lang; text: string; against: Set<string> }[] = [];
    for (const sentence of paragraph.sentences) {
      sentences += 1;
      const norm = normalise(sentence.text);
      const lang: Lang = isChinese(norm) ? 'zh' : 'en';
      if (lang === 'zh') chinese += 1;
      const against = new Set<string>();
      for (const { rule, patterns, unless } of compiled.traps) {
        if (!test(patterns[lang], norm) || test(unless[lang], norm)) continue;
        against.add(rule.against).add(rule.id);
        findings.push({
          id: rule.id,
          severity: rule.severity,
          quote: sentence.text,
          location: sentence.location,
          lang,
        });
      }
      for (const { rule, when } of compiled.covers) if (when && test(when[lang], norm)) mentioned.add(rule.id);
      figures.push(...figuresIn(norm, sentence.text, sentence.location));
      parts.push({ lang, text: norm, against });
    }
    const joined = (lang: Lang, without: string) =>
      parts
        .filter((part) => part.lang === lang && !part.against.has(without))
        .map((part) => part.text)
        .join(' ');
    const whole = { zh: joined('zh', ''), en: joined('en', '') };
    const traps = parts.some((part) => part.against.size > 0);
    for (const { rule, patterns } of compiled.covers) {
      if (covered.has(rule.id)) continue;
      for (const lang of ['zh', 'en'] as const) {
        const text = traps ? joined(lang, rule.id) : whole[lang];
        if (text && test(patterns[lang], text)) covered.add(rule.id);
      }
    }
  }
  const missing = compiled.covers
    .filter(({ rule }) => rule.mustHave && !covered.has(rule.id) && (rule.when === null || mentioned.has(rule.id)))
    .map(({ rule }) => rule.id);
  const order = new Map(findings.map((finding, index) => [finding, index]));
  findings.sort((a, b) => b.severity - a.severity || (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return {
    lang: chinese * 2 >= sentences ? 'zh' : 'en',
    paragraphs: paragraphs.length,
    sentences,
    findings,
    covered: [...covered],
    missing,
    figures,
    swapped,
  };
}
