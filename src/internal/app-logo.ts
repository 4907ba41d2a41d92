import { html, type TemplateResult } from 'lit';

/** Up to two initials for an app without a logo. */
export function initials(name: string): string {
  const words = name.split(/[\s\-_.]+/u).filter((word) => /\p{L}|\p{N}/u.test(word));
  return words
    .slice(0, 2)
    .map((word) => [...word][0]?.toLocaleUpperCase() ?? '')
    .join('');
}

/**
 * An app's logo, or its initials when it has none or the image fails to load (the
 * host's backend may point at a server that is down). The name is beside it, so both
 * are decorative to assistive technology.
 */
export function appLogo(
  app: { name: string; logoUrl?: string | undefined },
  options: { className: string; part: string; broken: boolean; onError: () => void },
): TemplateResult {
  return app.logoUrl && !options.broken
    ? html`<img class=${options.className} part=${options.part} src=${app.logoUrl} alt="" loading="lazy" @error=${options.onError} />`
    : html`<span class="${options.className} monogram" part=${options.part} aria-hidden="true">${initials(app.name)}</span>`;
}
