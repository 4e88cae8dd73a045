import { toHankakuCase, toHankakuSpace, toHankanaCase } from 'encoding-japanese';

/**
 * The characters a Zengin (全銀協) record may carry in its name fields: digits, upper-case
 * Latin letters, half-width katakana with the voicing marks, the space and a few symbols.
 * Small kana and the long vowel mark are not among them; banks expect them written large and
 * as a hyphen, so a name is folded into this set before it is checked.
 */
const ZENGIN_CHARACTERS = /^[0-9A-Z\uFF71-\uFF9F ().,\-/]*$/u;

/** Half-width small kana → their full-size forms (ｧ→ｱ, ｯ→ﾂ, ｬ→ﾔ …), as bank names are registered. */
const SMALL_TO_LARGE: Readonly<Record<string, string>> = {
  ｧ: 'ｱ',
  ｨ: 'ｲ',
  ｩ: 'ｳ',
  ｪ: 'ｴ',
  ｫ: 'ｵ',
  ｯ: 'ﾂ',
  ｬ: 'ﾔ',
  ｭ: 'ﾕ',
  ｮ: 'ﾖ',
};

/**
 * A reading in any width (フリガナ as entered, e.g. "ミヤサカ\u3000ヨウ" with an ideographic space) folded into the Zengin set
 * ("ﾐﾔｻｶ ﾖｳ"), or null when a character has no place in it (a kanji, ヰ, an emoji…).
 */
export function toZenginText(text: string): string | null {
  const folded = toHankakuSpace(toHankakuCase(toHankanaCase(text.normalize('NFKC'))))
    .toUpperCase()
    .replace(/[ｧｨｩｪｫｯｬｭｮ]/gu, (small) => SMALL_TO_LARGE[small])
    .replace(/[ｰ\u2010-\u2015\u2212]/gu, '-')
    .replace(/ {2,}/gu, ' ')
    .trim();
  return ZENGIN_CHARACTERS.test(folded) ? folded : null;
}

export function isZenginText(text: unknown): boolean {
  return typeof text === 'string' && toZenginText(text) !== null && toZenginText(text) !== '';
}
