/**
 * Scanning a draft: every sentence against the rules (findings), every paragraph for the clauses the
 * draft has (covered) and the must-haves it lacks (missing), and the figures it states. Pure: text and
 * compiled rules in, result out.
 */
import { figuresIn, type Figure } from './numbers';
import { isChinese, normalise } from './normalise';
import { compile, type CompiledRules, type Lang, type PartyNames, type RuleSet } from './rules';
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
    /甲方\s?[(:]?\s?[(]?(受托方|服务方|代运营方|服务商|运营方)/u.test(head) ||
    /乙方\s?[(:]?\s?[(]?(委托方|商家|品牌方)/u.test(head)
  );
}

const AGENCY_WORD = /agency|provider|operator|contractor|consultant|受托方|服务方|服务商|运营方|运营商|代运营/u;
const MERCHANT_WORD = /merchant|brand|client|customer|委托方|商家|品牌方|品牌商/u;
/** Defined names that are not a party. */
const NOT_A_PARTY =
  /^(the )?(store|shop|agreement|contract|services?|term|platform|schedule|brand owner|parties|party)$|^(we|us|our|you|your|it)$|^(本?公司|我方|双方|各方)$|店铺|合同|协议|平台|服务|期限/u;

interface Definition {
  /** The names in one definition, lower case (`operator`, `tp`). */
  names: string[];
  /** 甲方 or 乙方 when the definition stands beside or names one (Party A, Party B in English). */
  party: '甲方' | '乙方' | null;
  /** The side its names' usual words show, or `null` when they show neither (or both). */
  side: 'agency' | 'merchant' | null;
}

/** The definitions of names in the draft's opening lines: `(the "Operator" or "TP")`, `（以下简称“星驰”）`. */
function definitions(text: string): Definition[] {
  const found: Definition[] = [];
  for (const line of text.slice(0, 4000).split(/\n/u).slice(0, 60)) {
    const plain = normalise(line);
    for (const [whole, inside = ''] of plain.matchAll(/\(([^()]{0,80})\)/gu)) {
      const names = [...inside.matchAll(/"([^"]{1,24})"/gu)].map((match) => match[1] ?? '');
      if (names.length === 0) continue;
      const beside = /^\W{0,4}(甲方|乙方|party a|party b)(?![a-z])/u.exec(plain.slice(0, plain.indexOf(whole)))?.[1];
      const named = beside ?? names.find((name) => /^(甲方|乙方|party a|party b)$/u.test(name));
      const party = named === undefined ? null : named === '甲方' || named === 'party a' ? '甲方' : '乙方';
      const word = names.join(' ');
      const agency = AGENCY_WORD.test(word);
      const merchant = MERCHANT_WORD.test(word);
      found.push({ names, party, side: agency === merchant ? null : agency ? 'agency' : 'merchant' });
    }
  }
  return found;
}

/** The draft's own definitions make the agency 甲方 / Party A (or the merchant 乙方 / Party B). */
export function definesAgencyFirst(text: string): boolean {
  return definitions(text).some(
    ({ party, side }) => (party === '甲方' && side === 'agency') || (party === '乙方' && side === 'merchant'),
  );
}

/**
 * The names the draft defines for its parties in its opening lines. A definition counts for the agency
 * or the merchant when one of its names is a usual name of that side, or else by the party (甲方, 乙方)
 * it stands beside.
 */
export function partyNames(text: string, swapped: boolean): PartyNames {
  const agency = new Set<string>();
  const merchant = new Set<string>();
  for (const definition of definitions(text)) {
    const side =
      definition.side ??
      (definition.party ? ((definition.party === '甲方') === swapped ? 'agency' : 'merchant') : null);
    if (!side) continue;
    for (const name of definition.names)
      if (!NOT_A_PARTY.test(name) && !/^(甲方|乙方)$/u.test(name)) (side === 'agency' ? agency : merchant).add(name);
  }
  return { agency: [...agency], merchant: [...merchant] };
}

const test = (list: readonly RegExp[], text: string) => list.some((regex) => regex.test(text));

/** Scans `text` with `rules` (compiled once per rule set, party order and the parties' defined names). */
export function scanDraft(text: string, rules: RuleSet, cache?: Map<string, CompiledRules>): ScanResult {
  const paragraphs = splitDraft(text);
  const swapped = agencyIsPartyA(normalise(text.slice(0, 3000))) || definesAgencyFirst(text);
  const names = partyNames(text, swapped);
  const key = JSON.stringify([swapped, names]);
  let compiled = cache?.get(key);
  if (!compiled) {
    compiled = compile(rules, swapped, names);
    cache?.set(key, compiled);
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
