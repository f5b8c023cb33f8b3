/**
 * Word's automatic numbering (`word/numbering.xml`): a paragraph's `w:numPr` (or its style's) names a
 * list and a level; the list's abstract definition gives each level a start, a format (decimal,
 * chineseCounting, upperRoman…) and a text such as "第%1条" or "%1.%2". Counting follows Word: lists
 * that share a definition count on together, a list with a start override begins afresh, and a level
 * restarts after any level above it (or after the level its `w:lvlRestart` names).
 */

interface Level {
  start: number;
  format: string;
  text: string;
  /** Restart after a level above this one (1-based) is used; `0`: never; `null`: after any level above. */
  restart: number | null;
  /** Legal numbering: every level shown in decimal. */
  legal: boolean;
  style: string | null;
}

interface List {
  abstract: string;
  /** Levels the list overrides: a start, or a whole level. */
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

export interface Numbering {
  lists: Map<string, List>;
  abstracts: Map<string, Map<number, Level>>;
  /** Style id → the list and level its paragraphs take. */
  styles: Map<string, { list: string | null; level: number | null; basedOn: string | null }>;
}

const value = (xml: string, tag: string): string | null =>
  new RegExp(`<w:${tag}\\b[^>]*?\\bw:val="([^"]*)"`, 'u').exec(xml)?.[1] ?? null;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

function levelsOf(xml: string): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const [, index = '0', body = ''] of xml.matchAll(/<w:lvl\b[^>]*?\bw:ilvl="(\d)"[^>]*>([\s\S]*?)<\/w:lvl>/gu)) {
    const restart = value(body, 'lvlRestart');
    const legal = /<w:isLgl\b[^>]*?\/>/u.exec(body)?.[0];
    levels.set(Number(index), {
      start: Number(value(body, 'start') ?? 1),
      format: value(body, 'numFmt') ?? 'decimal',
      text: unescapeXml(value(body, 'lvlText') ?? ''),
      restart: restart === null ? null : Number(restart),
      legal: legal !== undefined && !/w:val="(0|false|off)"/u.test(legal),
      style: value(body, 'pStyle'),
    });
  }
  return levels;
}

/** The numbering and the numbered styles of a document (either XML may be empty). */
export function readNumbering(numberingXml: string, stylesXml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const links = new Map<string, string>(); // abstract id → style it takes its levels from
  const linked = new Map<string, string>(); // style → abstract id defining it
  for (const [, id = '', body = ''] of numberingXml.matchAll(
    /<w:abstractNum\b[^>]*?\bw:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/gu,
  )) {
    abstracts.set(id, levelsOf(body));
    const link = value(body, 'numStyleLink');
    if (link) links.set(id, link);
    const defines = value(body, 'styleLink');
    if (defines) linked.set(defines, id);
  }
  for (const [id, style] of links) {
    const source = linked.get(style);
    const levels = source === undefined ? undefined : abstracts.get(source);
    if (levels) abstracts.set(id, levels);
  }
  const lists = new Map<string, List>();
  for (const [, id = '', body = ''] of numberingXml.matchAll(
    /<w:num\b[^>]*?\bw:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/gu,
  )) {
    const starts = new Map<number, number>();
    const levels = new Map<number, Level>();
    for (const [, index = '0', override = ''] of body.matchAll(
      /<w:lvlOverride\b[^>]*?\bw:ilvl="(\d)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/gu,
    )) {
      const start = value(override, 'startOverride');
      if (start !== null) starts.set(Number(index), Number(start));
      const level = levelsOf(override).get(Number(index));
      if (level) levels.set(Number(index), level);
    }
    lists.set(id, { abstract: value(body, 'abstractNumId') ?? '', starts, levels });
  }
  const styles: Numbering['styles'] = new Map();
  for (const [, id = '', body = ''] of stylesXml.matchAll(
    /<w:style\b[^>]*?\bw:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/gu,
  )) {
    const level = value(body, 'ilvl');
    styles.set(id, {
      list: value(body, 'numId'),
      level: level === null ? null : Number(level),
      basedOn: value(body, 'basedOn'),
    });
  }
  return { lists, abstracts, styles };
}

const CHINESE = '零一二三四五六七八九';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';

/** A number below 10,000 in Chinese counting (十一, 一百零一), or in capitals (壹拾壹) for `legal`. */
function counting(n: number, legal: boolean): string {
  if (n < 1 || n > 9999) return String(n);
  const digits = legal ? LEGAL : CHINESE;
  const units = legal ? ['', '拾', '佰', '仟'] : ['', '十', '百', '千'];
  const written = String(n);
  let out = '';
  let zero = false;
  for (let index = 0; index < written.length; index += 1) {
    const digit = Number(written[index]);
    if (digit === 0) {
      zero = true;
      continue;
    }
    if (zero && out) out += digits.charAt(0);
    zero = false;
    out += digits.charAt(digit) + (units[written.length - 1 - index] ?? '');
  }
  return !legal && n >= 10 && n < 20 ? out.slice(1) : out;
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [size, letters] of table) for (; n >= size; n -= size) out += letters;
  return out;
}

/** The n-th of a series of signs (one code point each), or decimal beyond it. */
const series = (signs: string, n: number) => Array.from(signs)[n - 1] ?? String(n);

/** `n` in a Word number format; formats this does not know are written in decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/gu, (digit) => String.fromCharCode(0xff10 + Number(digit)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return series('①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳', n);
    case 'decimalEnclosedParen':
      return series('⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇', n);
    case 'decimalEnclosedFullstop':
      return series('⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛', n);
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.ceil(n / 26));
      return n < 1 ? String(n) : format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return counting(n, false);
    case 'chineseLegalSimplified':
      return counting(n, true);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return String(n).replace(/\d/gu, (digit) => '〇一二三四五六七八九'[Number(digit)] ?? digit);
    case 'ideographTraditional':
      return series('甲乙丙丁戊己庚辛壬癸', n);
    case 'ideographZodiac':
      return series('子丑寅卯辰巳午未申酉戌亥', n);
    case 'ideographEnclosedCircle':
      return series('㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩', n);
    case 'ordinal': {
      const tens = n % 100;
      const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
      return `${n}${suffix}`;
    }
    default:
      return String(n);
  }
}

/** Counts a document's numbered paragraphs in order and writes each one's number. */
export class Counter {
  /** Per abstract definition, the count at each level (`undefined`: not counted since its restart). */
  private counts = new Map<string, (number | undefined)[]>();
  private started = new Set<string>();
  constructor(private readonly numbering: Numbering) {}

  /** The list and level of a paragraph from its own `w:numPr` or its style, or `null`. */
  private place(
    list: string | null,
    level: number | null,
    style: string | null,
  ): { list: string; level: number } | null {
    let styleLevel: number | null = null;
    for (let depth = 0; style && depth < 10 && list === null; depth += 1) {
      const definition = this.numbering.styles.get(style);
      if (!definition) break;
      list = definition.list;
      styleLevel ??= definition.level;
      style = definition.basedOn;
    }
    if (list === null || list === '0') return null;
    return { list, level: level ?? styleLevel ?? 0 };
  }

  /**
   * The number Word shows before the paragraph (`第三条`, `3.2`, `（一）`), `''` for a bullet or no
   * number, or `null` when the list has no definition.
   */
  next(ownList: string | null, ownLevel: number | null, style: string | null): string | null {
    const place = this.place(ownList, ownLevel, style);
    if (!place) return '';
    const list = this.numbering.lists.get(place.list);
    const abstract = list ? this.numbering.abstracts.get(list.abstract) : undefined;
    if (!list || !abstract) return null;
    let level = place.level;
    // A level given by the paragraph's style in the definition itself (headings numbered by style).
    if (ownLevel === null && style)
      for (const [index, definition] of abstract) if (definition.style === style) level = index;
    const levelOf = (index: number) => list.levels.get(index) ?? abstract.get(index);
    const start = (index: number) => list.starts.get(index) ?? levelOf(index)?.start ?? 1;
    const counts = this.counts.get(list.abstract) ?? [];
    this.counts.set(list.abstract, counts);
    if (!this.started.has(place.list)) {
      this.started.add(place.list);
      for (const index of list.starts.keys()) counts[index] = undefined;
    }
    counts[level] = (counts[level] ?? start(level) - 1) + 1;
    for (let deeper = level + 1; deeper < 9; deeper += 1) {
      const restart = levelOf(deeper)?.restart ?? deeper;
      if (restart !== 0 && level < restart) counts[deeper] = undefined;
    }
    const current = levelOf(level);
    if (!current || current.format === 'bullet') return '';
    return current.text.replace(/%([1-9])/gu, (_, digit: string) => {
      const index = Number(digit) - 1;
      if (index > level) return '';
      return formatNumber(
        counts[index] ?? start(index),
        current.legal ? 'decimal' : (levelOf(index)?.format ?? 'decimal'),
      );
    });
  }
}
