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

/** Maps a BCP 47 tag to a language that has strings, else English. */
export function resolveLocale(tag: string | null): ResolvedLocale {
  if (tag) {
    try {
      const locale = new Intl.Locale(tag);
      const language = locale.language.toLowerCase();
      if (hasLanguage(language)) return { language, tag: locale.toString() };
    } catch {
      // Not a well-formed tag: fall through to the default.
    }
  }
  return { language: DEFAULT_LANGUAGE, tag: DEFAULT_LANGUAGE };
}

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
    });
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

  /** The string of `key` in the element's language, English where it has none. */
  t(key: StringKey, options?: TOptions): string {
    return this.i18next.t(key, options ?? {});
  }

  /** Whether a key built at run time (from a backend's code, say) has a string. */
  has(key: string): key is StringKey {
    return this.i18next.exists(key);
  }

  formatDate(value: DateInput, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(value, this.locale, options);
  }

  formatDateTime(value: DateInput, options?: Intl.DateTimeFormatOptions): string {
    return formatDateTime(value, this.locale, options);
  }

  formatRelativeTime(value: DateInput, now?: DateInput): string {
    return formatRelativeTime(value, this.locale, now);
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
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
