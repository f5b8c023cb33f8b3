// Shared n-gram overlap between our text and a source's: the test that no sentence was copied.
// Chinese is compared as runs of 10 Han characters (punctuation, digits and spaces dropped, so a
// copied clause still matches); English as runs of 8 words, lower-cased.

export const HAN_N = 10;
export const WORD_N = 8;

/** @param {string} text @returns {Set<string>} */
export function hanGrams(text, n = HAN_N) {
  const grams = new Set();
  for (const run of text.match(/[\u3400-\u9fff]+(?:[^\S\n]*[\u3400-\u9fff]+)*/g) ?? []) {
    const han = run.replace(/[^\u3400-\u9fff]/g, '');
    for (let i = 0; i + n <= han.length; i += 1) grams.add(han.slice(i, i + n));
  }
  return grams;
}

/** @param {string} text @returns {Set<string>} */
export function wordGrams(text, n = WORD_N) {
  const words = text.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? [];
  const grams = new Set();
  for (let i = 0; i + n <= words.length; i += 1) grams.add(words.slice(i, i + n).join(' '));
  return grams;
}

/**
 * The n-grams `ours` shares with `source`, longest-first is not needed: any shared gram is a finding.
 * @param {string} ours @param {string} source @returns {string[]}
 */
export function sharedGrams(ours, source) {
  const found = [];
  const sourceHan = hanGrams(source);
  const sourceWords = wordGrams(source);
  for (const gram of hanGrams(ours)) if (sourceHan.has(gram)) found.push(gram);
  for (const gram of wordGrams(ours)) if (sourceWords.has(gram)) found.push(gram);
  return found;
}
