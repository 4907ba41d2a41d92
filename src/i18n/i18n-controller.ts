import { createInstance, type i18n as I18next, type TOptions } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StringKey } from './keys.js';
import {
  DEFAULT_LANGUAGE,
  hasLanguage,
  isLanguageLoaded,
  loadLanguage,
  onStringsChanged,
  stringsFor,
} from './strings.js';
import {
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  formatRelativeTime,
  isJustNow,
  type DateInput,
} from './format.js';

export interface ResolvedLocale {
  /** The language whose strings are shown: built in, or added by the host. */
  language: string;
  /** The tag `Intl` formats with, e.g. `en-GB`; its language is always `language`. */
  tag: string;
}

/** The nearest `lang` from the element up through its ancestors and shadow hosts. */
export function findLangAttribute(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/**
 * Maps a BCP 47 tag to a language that has strings, else English: `tr-TR` shows Turkish
 * strings and formats with `tr-TR`. A POSIX-style `tr_TR` is read as `tr-TR`.
 */
export function resolveLocale(tag: string | null): ResolvedLocale {
  const key = tag ?? '';
  let resolved = resolvedTags.get(key);
  if (!resolved) {
    resolved = resolveTag(tag);
    // Bounded: a page that keeps inventing tags must not grow it forever.
    if (resolvedTags.size < 100) resolvedTags.set(key, resolved);
  }
  return resolved;
}

/** Tags already resolved: elements ask on every update, and `Intl.Locale` is not free. */
const resolvedTags = new Map<string, ResolvedLocale>();
// A host's strings may add a language, which changes what a tag resolves to.
onStringsChanged(() => resolvedTags.clear());

function resolveTag(tag: string | null): ResolvedLocale {
  if (tag) {
    try {
      const locale = new Intl.Locale(tag.trim().replace(/_/g, '-'));
      const language = locale.language.toLowerCase();
      if (hasLanguage(language)) return { language, tag: locale.toString() };
    } catch {
      // Not a well-formed tag: fall through to the default.
    }
  }
  return { language: DEFAULT_LANGUAGE, tag: DEFAULT_LANGUAGE };
}

/** The `Intl.NumberFormat` options a `{{value, number(...)}}` format may set. */
const NUMBER_FORMAT_OPTIONS = [
  'style',
  'currency',
  'currencyDisplay',
  'currencySign',
  'unit',
  'unitDisplay',
  'notation',
  'compactDisplay',
  'signDisplay',
  'useGrouping',
  'minimumIntegerDigits',
  'minimumFractionDigits',
  'maximumFractionDigits',
  'minimumSignificantDigits',
  'maximumSignificantDigits',
  'roundingMode',
  'roundingPriority',
  'roundingIncrement',
  'trailingZeroDisplay',
] as const;

function numberFormatOptions(options: Record<string, unknown>): Intl.NumberFormatOptions | undefined {
  let picked: Record<string, unknown> | undefined;
  for (const name of NUMBER_FORMAT_OPTIONS) {
    if (options[name] !== undefined) (picked ??= {})[name] = options[name];
  }
  return picked as Intl.NumberFormatOptions | undefined;
}

/** Options of `t()` that are i18next's own, not values put into the string. */
const I18NEXT_OPTIONS = new Set([
  'lng',
  'lngs',
  'fallbackLng',
  'ns',
  'context',
  'defaultValue',
  'postProcess',
  'keySeparator',
  'nsSeparator',
  'joinArrays',
  'locale',
]);

function isValue(name: string, value: unknown): value is string {
  return typeof value === 'string' && !I18NEXT_OPTIONS.has(name) && !name.startsWith('defaultValue_');
}

/**
 * Stands in for the final period of an interpolated value (`1 декабря 2026 г.`) and absorbs
 * a period the string puts right after it, so a sentence never ends in `г..`. A private-use
 * character, which no string or value holds.
 */
const FINAL_PERIOD = '\uE000';
const FINAL_PERIOD_AND_NEXT = /\uE000\.?/g;

/** Unicode's isolate marks: the text between them is laid out on its own, like `<bdi>`. */
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

type HostElement = ReactiveControllerHost & HTMLElement;

/**
 * Gives an element its own i18next instance (two widgets on one page may speak two
 * languages) and keeps it on the locale of the element's `lang`, else the nearest
 * ancestor's, else English. A `lang` change anywhere above re-renders the host at once;
 * a language not yet loaded renders in the previous one until its strings arrive.
 */
export class I18nController implements ReactiveController {
  private readonly host: HostElement;
  private readonly i18next: I18next;
  private observer: MutationObserver | undefined;
  private unsubscribe: (() => void) | undefined;
  private resolved: ResolvedLocale = { language: DEFAULT_LANGUAGE, tag: DEFAULT_LANGUAGE };
  private loadedBundles = new Map<string, object>();
  /** Settles when the strings of the requested language are in use. */
  pending: Promise<void> | undefined;

  constructor(host: HostElement) {
    this.host = host;
    this.i18next = createInstance();
    void this.i18next.init({
      initAsync: false,
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      resources: {},
      // Lit escapes what it renders; escaping here too would show entities to users.
      interpolation: { escapeValue: false },
      returnNull: false,
      // Our own cached number formatter replaces the built-in one below; the other built-in
      // formatters would cache one Intl object per distinct set of values.
      cacheInBuiltFormats: false,
    });
    // `{{count, number}}` in a string formats with the element's whole tag (`tr-TR`, `en-GB`):
    // `t()` passes it as `locale`, which i18next hands to formatters in place of the language.
    this.i18next.services.formatter?.add(
      'number',
      (value: unknown, lng: string | undefined, options: Record<string, unknown>) => {
        const number = typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
        if (typeof number !== 'number' && typeof number !== 'bigint') return String(value);
        return formatNumber(number, lng || this.locale, numberFormatOptions(options));
      },
    );
    this.useBundle(DEFAULT_LANGUAGE);
    host.addController(this);
  }

  /** The language whose strings are shown now. */
  get language(): string {
    return this.i18next.language;
  }

  /** The BCP 47 tag dates and numbers are formatted with now. */
  get locale(): string {
    return this.resolved.language === this.language ? this.resolved.tag : this.language;
  }

  /**
   * The tag the element is to render in, even while its strings are still loading: what
   * the backend is asked for, so a first load is not made in English and then again. Read
   * from the DOM each time, so a `lang` a host sets just after the element was added
   * counts before the observer reports it.
   */
  get requestedLocale(): string {
    return resolveLocale(findLangAttribute(this.host)).tag;
  }

  hostConnected(): void {
    this.observe();
    this.unsubscribe = onStringsChanged(() => {
      this.loadedBundles.clear();
      this.useBundle(DEFAULT_LANGUAGE);
      this.useBundle(this.language);
      this.host.requestUpdate();
    });
    this.update();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /**
   * The string of `key` in the element's language, English where it has none. Numbers in
   * it (`{{count, number}}`) are formatted for the element's locale; a value ending in a
   * period (a date such as `1 декабря 2026 г.`) is not followed by a second one.
   *
   * Every text value is bidi-isolated (FSI … PDI, as Fluent does by default): values are
   * names and words from backends, hosts and users, and a right-to-left one, or one holding
   * a stray override character, must not reorder the sentence around it.
   */
  t(key: StringKey, options?: TOptions): string {
    let marked = false;
    const values: Record<string, unknown> = { ...options, locale: this.locale };
    for (const [name, value] of Object.entries(values)) {
      if (!isValue(name, value)) continue;
      if (value.endsWith('.')) {
        // The period stays outside the isolate, where the string's own period can absorb it.
        values[name] = `${FIRST_STRONG_ISOLATE}${value.slice(0, -1)}${POP_DIRECTIONAL_ISOLATE}${FINAL_PERIOD}`;
        marked = true;
      } else {
        values[name] = `${FIRST_STRONG_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}`;
      }
    }
    const text = this.i18next.t(key, values as TOptions);
    return marked ? text.replace(FINAL_PERIOD_AND_NEXT, '.') : text;
  }

  /** Whether a key built at run time (from a backend's code, say) has a string; plural keys need `count`. */
  has(key: string, options?: TOptions): key is StringKey {
    return this.i18next.exists(key, options);
  }

  /**
   * A field's problem (`{ code: 'too-long', params: { max: 100 } }`) in the element's
   * language, or `undefined` when no `validation.<code>` string exists. A lone `min` or
   * `max` is the number the plural forms follow, so it is passed on as `count`.
   */
  validationMessage(problem: { code: string; params?: Record<string, string | number> | undefined }): string | undefined {
    const params = problem.params ?? {};
    const { min, max } = params;
    const limit = params['count'] ?? (max === undefined ? min : min === undefined ? max : undefined);
    const count = limit === undefined || limit === '' ? Number.NaN : Number(limit);
    const options: TOptions = Number.isFinite(count) ? { ...params, count } : { ...params };
    const key = `validation.${problem.code}`;
    return this.has(key, options) ? this.t(key, options) : undefined;
  }

  formatDate(value: DateInput, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(value, this.locale, options);
  }

  formatDateTime(value: DateInput, options?: Intl.DateTimeFormatOptions): string {
    return formatDateTime(value, this.locale, options);
  }

  /** `in 3 hours`, `5 minutes ago`; "just now" (`common.justNow`) for the last minute. */
  formatRelativeTime(value: DateInput, now?: DateInput): string {
    if (isJustNow(value, now)) return this.t('common.justNow');
    return formatRelativeTime(value, this.locale, now);
  }

  formatNumber(value: number | bigint, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.locale, options);
  }

  formatList(items: string[], type?: Intl.ListFormatType): string {
    return formatList(items, this.locale, type);
  }

  /** Re-reads the locale from the DOM; the observer calls it on every `lang` change. */
  update(): void {
    const next = resolveLocale(findLangAttribute(this.host));
    const changed = next.language !== this.resolved.language || next.tag !== this.resolved.tag;
    this.resolved = next;
    if (next.language === this.language) {
      if (changed) this.host.requestUpdate();
      return;
    }
    if (isLanguageLoaded(next.language)) {
      this.switchTo(next.language);
      return;
    }
    const load = loadLanguage(next.language).then(
      () => {
        if (this.resolved.language === next.language) this.switchTo(next.language);
      },
      () => {
        // The strings could not be fetched: stay on the language already shown.
      },
    );
    const settled = load.finally(() => {
      if (this.pending === settled) this.pending = undefined;
    });
    this.pending = settled;
  }

  private switchTo(language: string): void {
    this.useBundle(language);
    void this.i18next.changeLanguage(language);
    this.host.requestUpdate();
  }

  private useBundle(language: string): void {
    const strings = stringsFor(language);
    if (this.loadedBundles.get(language) === strings) return;
    this.i18next.addResourceBundle(language, 'translation', strings, false, true);
    this.loadedBundles.set(language, strings);
  }

  /** Watches `lang` on every root between the host and the document. */
  private observe(): void {
    this.observer?.disconnect();
    const observer = new MutationObserver(() => this.update());
    let root: Node = this.host.getRootNode();
    for (;;) {
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      if (!(root instanceof ShadowRoot)) break;
      root = root.host.getRootNode();
    }
    this.observer = observer;
  }
}
