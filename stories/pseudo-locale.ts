// The pseudo-locale of the Storybook toolbar: every English string of the elements with its
// letters accented, wrapped in brackets and padded about 40 % longer, e.g. "Search apps"
// becomes "[Šéåŕçĥ åþþš ·····]". A string cut short loses its closing bracket, a label that
// grows pushes its neighbours, and text the elements hard-code (not from the locale files)
// stays plain English, so each shows at a glance. Numbers and dates are English (`Intl`
// knows no pseudo-locale); data from the backend (app names, descriptions) is not pseudo.
import { defineStrings, type Strings } from '../src/i18n/index.js';
import en from '../src/i18n/locales/en.json';

/**
 * The language tag of the pseudo-locale: `qps` is in ISO 639's range for local use, and
 * `qps-ploc` is the tag Windows gives its pseudo-locale.
 */
export const PSEUDO_LOCALE = 'qps-ploc';

const ACCENTED: Record<string, string> = {
  a: 'å', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** i18next's placeholders (`{{count, number}}`): kept as they are, or the values would not go in. */
const PLACEHOLDER = /(\{\{[^}]*\}\})/;

/** How much longer a pseudo string is than its English one: translations often run 30–40 % longer. */
const EXPANSION = 0.4;

/**
 * One English string in the pseudo-locale: letters accented outside placeholders, then
 * padded with `·` by 40 % of its length and bracketed. A string that is only placeholders
 * (`{{vendor}}`) shows data, not words, and stays as it is.
 */
export function pseudoString(text: string): string {
  const pieces = text.split(PLACEHOLDER);
  const words = pieces.filter((_, index) => index % 2 === 0).join('');
  if (!/[A-Za-z]/.test(words)) return text;
  const accented = pieces
    .map((piece, index) => (index % 2 === 1 ? piece : piece.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter)))
    .join('');
  const padding = '·'.repeat(Math.max(1, Math.ceil(words.length * EXPANSION)));
  return `[${accented} ${padding}]`;
}

/** A tree of strings (a locale file, or a host's texts) with every string in the pseudo-locale. */
export function pseudoStrings<T extends Strings>(strings: T): T {
  const result: Strings = {};
  for (const [key, value] of Object.entries(strings)) {
    result[key] = typeof value === 'string' ? pseudoString(value) : pseudoStrings(value);
  }
  return result as T;
}

/**
 * Makes the pseudo-locale a language the elements know, with the public `defineStrings`:
 * an element under `lang="qps-ploc"` then shows it, as it would a language a host added.
 */
export function definePseudoLocale(): void {
  defineStrings(PSEUDO_LOCALE, pseudoStrings(en));
}
