/** axe-core in the page, run as the accessibility tests run it: WCAG 2.x A/AA and best practice. */
import type * as Axe from 'axe-core';
import 'axe-core/axe.min.js';

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
