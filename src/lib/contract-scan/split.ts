/**
 * A draft as paragraphs and sentences, each with where it is: the clause number in force (第五条, 5.2,
 * Article 7, （三）) or else the paragraph's position.
 */

/** Where a sentence is in the draft. */
export interface Location {
  /** The clause number as the draft writes it (`第五条`, `5.2`, `Article 7`), or `null` before any. */
  clause: string | null;
  /** 1-based number of the paragraph (non-empty lines). */
  paragraph: number;
}

export interface Sentence {
  /** The sentence as written in the draft. */
  text: string;
  location: Location;
}

export interface Paragraph {
  sentences: Sentence[];
  location: Location;
}

/** 第五条, 第1条, 第二章, or a heading numbered 五、 (the number is kept with its 、). */
const ARTICLE = /^\s*(第\s*[零〇一二两三四五六七八九十百\d]+\s*[条章]|[一二三四五六七八九十]{1,3}、)/u;
const DOTTED = /^\s*(\d{1,3}(?:\s*\.\s*\d{1,3})+|\d{1,3}(?=[、.]\s*\S))/u;
const WORDED = /^\s*((?:article|clause|section|schedule|annex|appendix)\s+[\dIVXivx]+(?:\.\d+)*)/iu;
const ITEM = /^\s*([（(][一二三四五六七八九十\da-z]{1,3}[）)])/u;
/** Sentence ends: Chinese and Western stops, a semicolon, and a full stop before a capital or number. */
const ENDS = /(?<=[。！？；;!?])\s*|(?<=[.．])\s+(?=[A-Z\d("“'‘])/u;

/** The paragraphs of `text` with their sentences and locations. */
export function splitDraft(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let article: string | null = null;
  let current: string | null = null;
  let count = 0;
  for (const line of text.split(/\r\n|\r|\n/u)) {
    if (line.trim() === '') continue;
    count += 1;
    const plain = line.normalize('NFKC');
    const articleMatch = ARTICLE.exec(plain);
    const numbered = articleMatch ? null : (DOTTED.exec(plain) ?? WORDED.exec(plain));
    const item = articleMatch || numbered ? null : ITEM.exec(line);
    if (articleMatch) {
      article = (articleMatch[1] ?? '').replace(/\s+/gu, '');
      current = article;
    } else if (numbered) {
      current = (numbered[1] ?? '').replace(/\s+/gu, ' ').replace(/\s*[.．]\s*/gu, '.');
    } else if (item && (article ?? current)) {
      current = `${article ?? current ?? ''}${item[1] ?? ''}`;
    }
    const location: Location = { clause: current, paragraph: count };
    const sentences = line
      .split(ENDS)
      .map((part) => part.trim())
      .filter((part) => /[\p{L}\p{N}]/u.test(part))
      .map((part) => ({ text: part, location }));
    paragraphs.push({ sentences, location });
  }
  return paragraphs;
}
