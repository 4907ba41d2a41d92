import { html, type TemplateResult } from 'lit';

/**
 * Up to two initials for an app without a logo, upper-cased by the rules of `locale`, the
 * element's language (Turkish `i` becomes `İ`, not `I`), not by the browser's.
 */
export function initials(name: string, locale?: string): string {
  const words = name.split(/[\s\-_.]+/u).filter((word) => /\p{L}|\p{N}/u.test(word));
  return words
    .slice(0, 2)
    .map((word) => upperCase([...word][0] ?? '', locale))
    .join('');
}

function upperCase(text: string, locale: string | undefined): string {
  try {
    return text.toLocaleUpperCase(locale);
  } catch {
    // A tag Intl rejects: the language-neutral rules are better than nothing.
    return text.toUpperCase();
  }
}

/**
 * An app's logo, or its initials when it has none or the image fails to load (the
 * host's backend may point at a server that is down). The name is beside it, so both
 * are decorative to assistive technology. `locale` is the element's, for the initials.
 */
export function appLogo(
  app: { name: string; logoUrl?: string | undefined },
  options: { className: string; part: string; broken: boolean; onError: () => void; locale?: string },
): TemplateResult {
  return app.logoUrl && !options.broken
    ? html`<img class=${options.className} part=${options.part} src=${app.logoUrl} alt="" loading="lazy" @error=${options.onError} />`
    : html`<span class="${options.className} monogram" part=${options.part} aria-hidden="true">${initials(app.name, options.locale)}</span>`;
}
