/**
 * Text folding for search: case-insensitive with the locale's own rules (Turkish İ/ı) and
 * blind to diacritics, so "istanbul" finds "İstanbul", "sis" finds "Şiş" and "елка" finds "Ёлка".
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Stands in for й while marks are stripped: it is a letter of its own, not an и with a mark. */
const SHORT_I = '\uE000';

export function foldForSearch(text: string, language: string): string {
  // Composed first: a decomposed й (и + breve, as macOS file names and some keyboards give
  // it) must be kept like the precomposed one, not lose its breve with the accents.
  // Then case, with the locale's rules: in Turkish "I" lowers to "ı", elsewhere to "i".
  const lowered = text.normalize('NFC').toLocaleLowerCase(language);
  return (
    lowered
      // A capital ß is "SS", so "STRASSE" must find "Straße"; a Greek sigma is ς only at
      // the end of a word, so "ΟΔΟΣ", typed on the way to "ΟΔΟΣΟΣ", must still find it.
      .replace(/ß/g, 'ss')
      .replace(/ς/g, 'σ')
      .replace(/й/g, SHORT_I)
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .normalize('NFC')
      // Dotless ı is a letter of its own in Turkish but a plain "i" to anyone searching.
      .replace(/ı/g, 'i')
      .replaceAll(SHORT_I, 'й')
  );
}

/** The folded words of a query; an empty list matches everything. */
export function queryWords(query: string, language: string): string[] {
  return foldForSearch(query, language).split(/\s+/).filter(Boolean);
}

/** True when every word occurs in the folded text. */
export function containsWords(foldedText: string, words: readonly string[]): boolean {
  return words.every((word) => foldedText.includes(word));
}

/** True when every word of the query occurs in one of the texts. */
export function matchesQuery(query: string, texts: string[], language: string): boolean {
  return containsWords(foldForSearch(texts.join('\n'), language), queryWords(query, language));
}
