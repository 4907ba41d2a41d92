/**
 * axe-core in the page, run as the accessibility tests run it: WCAG 2.x A/AA and best practice;
 * and the theme style sheets those tests link to check the light and the dark theme.
 */
import { expect } from '@open-wc/testing';
import type * as Axe from 'axe-core';
import 'axe-core/axe.min.js';
import { lightThemeCss } from '../../src/themes/tokens.js';

/** Every violation under `root`, as `rule: targets`; empty when there is none. */
export async function axeViolations(root: Element): Promise<string[]> {
  const axe = (globalThis as unknown as { axe: typeof Axe }).axe;
  const results = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The levels of the headings under `root`, in document order, through open shadow roots. */
export function headingLevels(root: Element | ShadowRoot): number[] {
  const levels: number[] = [];
  for (const element of root.querySelectorAll('*')) {
    const match = /^h([1-6])$/.exec(element.localName);
    if (match) levels.push(Number(match[1]));
    if (element.shadowRoot) levels.push(...headingLevels(element.shadowRoot));
  }
  return levels;
}

/**
 * Links the theme style sheets for the whole test file, as a host does (light.css's tokens on
 * :root, dark.css on `[data-pb-theme='dark']`), with a `.page` that paints its own background
 * from the tokens; registers the `before` and `after` hooks, so call it at the top level.
 */
export function linkThemeSheets(): void {
  let themeSheet: HTMLStyleElement | undefined;

  before(async () => {
    const dark = await (await fetch('/src/themes/dark.css')).text();
    expect(dark).to.contain("[data-pb-theme='dark']");
    themeSheet = document.createElement('style');
    // The host page paints its own background from the tokens, as a themed settings page does.
    themeSheet.textContent = `${lightThemeCss()}\n${dark}\n.page { background: var(--pb-color-surface); color: var(--pb-color-text); padding: 1rem; }`;
    document.head.append(themeSheet);
  });

  after(() => themeSheet?.remove());
}
