import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';

/** `h1` … `h6` as static tag names, made once. */
const HEADING_TAGS: readonly StaticValue[] = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/** A level clamped to what HTML has, 1 to 6. */
export function headingLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.trunc(level))) : 2;
}

export interface HeadingOptions {
  id?: string;
  part?: string;
  className?: string;
}

/** An `h1`…`h6` of the given level, so an element's headings fit the outline of the page it is in. */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const tag = HEADING_TAGS[headingLevel(level) - 1];
  return staticHtml`<${tag} id=${ifDefined(options.id)} part=${ifDefined(options.part)} class=${ifDefined(options.className)}>${content}</${tag}>`;
}
