import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS property names as in a stylesheet (`grid-template-columns`, `--my-token`) and their values. */
export type StyleProperties = Readonly<Record<string, string | number | null | undefined>>;

/**
 * Sets CSS properties on the element it is bound to, through CSSOM (`style.setProperty`),
 * from the first render on: `<div ${styleProperties({ height: '40px' })}>`.
 *
 * This is what keeps dynamic styles within a strict Content Security Policy (`style-src`
 * without `'unsafe-inline'`): browsers refuse a `style` attribute written in markup or with
 * `setAttribute`, but not properties set through `element.style`. Lit's `styleMap` writes
 * the attribute on its first render (lit/lit#4719), so it is blocked there once. A property
 * whose value becomes `null` or `undefined`, or that is left out, is removed.
 */
class StylePropertiesDirective extends Directive {
  /** What this directive set, so it removes only its own properties and skips unchanged ones. */
  private readonly applied = new Map<string, string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('styleProperties() binds to an element, as in <div ${styleProperties({...})}>.');
    }
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.applied.keys()) {
      if (properties[name] === null || properties[name] === undefined) {
        style.removeProperty(name);
        this.applied.delete(name);
      }
    }
    for (const [name, raw] of Object.entries(properties)) {
      if (raw === null || raw === undefined) continue;
      const value = String(raw);
      if (this.applied.get(name) === value) continue;
      style.setProperty(name, value);
      this.applied.set(name, value);
    }
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
