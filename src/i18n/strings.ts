/**
 * The string catalog shared by every element: the built-in locales (English bundled, the
 * others loaded on first use) and the strings hosts add or override.
 */
import en from './locales/en.json';

/** A tree of strings, as in `locales/en.json`. */
export interface Strings {
  [key: string]: string | Strings;
}

export const BUILT_IN_LANGUAGES = ['en', 'bg', 'ru', 'tr'] as const;
export type BuiltInLanguage = (typeof BUILT_IN_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: BuiltInLanguage = 'en';

const loaders: Record<Exclude<BuiltInLanguage, 'en'>, () => Promise<{ default: Strings }>> = {
  bg: () => import('./locales/bg.json'),
  ru: () => import('./locales/ru.json'),
  tr: () => import('./locales/tr.json'),
};

const loaded = new Map<string, Strings>([[DEFAULT_LANGUAGE, en]]);
const loading = new Map<string, Promise<void>>();
const hostStrings = new Map<string, Strings>();
const merged = new Map<string, Strings>();
const listeners = new Set<() => void>();

/**
 * The language subtag of a BCP 47 tag, lower-cased: `tr-TR`, `tr_TR` and `TR` all give
 * `tr`. Strings are kept per language; the region only matters to `Intl` formatting.
 */
export function languageOf(tag: string): string {
  const cleaned = tag.trim().replace(/_/g, '-');
  try {
    return new Intl.Locale(cleaned).language.toLowerCase();
  } catch {
    return (cleaned.split('-')[0] ?? '').toLowerCase();
  }
}

function isBuiltIn(language: string): language is BuiltInLanguage {
  return (BUILT_IN_LANGUAGES as readonly string[]).includes(language);
}

function mergeStrings(base: Strings, extra: Strings): Strings {
  const result: Strings = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = result[key];
    result[key] =
      typeof value === 'object' && typeof current === 'object' ? mergeStrings(current, value) : value;
  }
  return result;
}

/** Languages that have strings: the built-in ones and any a host added. Takes a tag or a language. */
export function hasLanguage(tag: string): boolean {
  const language = languageOf(tag);
  return isBuiltIn(language) || hostStrings.has(language);
}

/** True once a language's strings are in memory and `stringsFor` can answer at once. */
export function isLanguageLoaded(tag: string): boolean {
  const language = languageOf(tag);
  return loaded.has(language) || (!isBuiltIn(language) && hostStrings.has(language));
}

/** Loads a built-in language's strings; a no-op for loaded or host-only languages. */
export function loadLanguage(tag: string): Promise<void> {
  const language = languageOf(tag);
  if (isLanguageLoaded(language) || !isBuiltIn(language) || language === 'en') return Promise.resolve();
  const existing = loading.get(language);
  if (existing) return existing;
  const pending = loaders[language]().then(
    (module) => {
      loaded.set(language, module.default);
      merged.delete(language);
      loading.delete(language);
    },
    (error: unknown) => {
      loading.delete(language);
      throw error;
    },
  );
  loading.set(language, pending);
  return pending;
}

/** A loaded language's strings with the host's additions applied; never mutated. */
export function stringsFor(tag: string): Strings {
  const language = languageOf(tag);
  let strings = merged.get(language);
  if (!strings) {
    strings = mergeStrings(loaded.get(language) ?? {}, hostStrings.get(language) ?? {});
    merged.set(language, strings);
  }
  return strings;
}

/**
 * Adds or overrides strings for one language, for every element on the page. Keys follow
 * `locales/en.json`; a language that is not built in becomes available, falling back to
 * English for the keys it lacks. A tag with a region (`bg-BG`) defines its language (`bg`).
 * Elements already on the page re-render.
 */
export function defineStrings(language: string, strings: Strings): void {
  const key = languageOf(language);
  hostStrings.set(key, mergeStrings(hostStrings.get(key) ?? {}, strings));
  merged.delete(key);
  for (const listener of listeners) listener();
}

/** Removes every string a host defined; the built-in ones stay. */
export function resetDefinedStrings(): void {
  hostStrings.clear();
  merged.clear();
  for (const listener of listeners) listener();
}

/** Called whenever host strings change; returns the unsubscribe function. */
export function onStringsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
