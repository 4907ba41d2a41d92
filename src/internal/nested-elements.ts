import { unsafeStatic, type StaticValue } from 'lit/static-html.js';

/** An element class that may nest others, named by their own tag names. */
export interface ElementDefinition extends CustomElementConstructor {
  /** The elements it renders, by the tag name each registers under by default. */
  dependencies?: Record<string, ElementDefinition>;
}

/**
 * Registers an element and, first, the elements it nests. A class the host already
 * registered (under any name) is left as it is; a tag name another class holds is not
 * taken over: the class gets a free name of its own.
 */
export function defineElement(tag: string, element: ElementDefinition): void {
  for (const [dependencyTag, dependency] of Object.entries(element.dependencies ?? {})) {
    defineElement(dependencyTag, dependency);
  }
  if (customElements.getName(element)) return;
  let name = tag;
  for (let suffix = 2; customElements.get(name); suffix += 1) name = `${tag}-${suffix}`;
  customElements.define(name, element);
}

const staticTags = new Map<string, StaticValue>();

/**
 * The tag to render a nested element with: the name its class is registered under, so a
 * host that registered the classes under other names gets them, else its own (registered now).
 */
export function nestedTag(tag: string, element: ElementDefinition): StaticValue {
  if (!customElements.getName(element)) defineElement(tag, element);
  const name = customElements.getName(element) ?? tag;
  let value = staticTags.get(name);
  if (!value) {
    value = unsafeStatic(name);
    staticTags.set(name, value);
  }
  return value;
}
