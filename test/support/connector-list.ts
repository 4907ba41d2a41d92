/**
 * `<connector-list>` as its tests reach it: the strings it shows in English, Bulgarian and
 * Turkish, waiting until it has loaded, its parts and listed rows, clicks that wait for the
 * update, its dialogs and the `<connector-form>` nested in one, and custom connectors
 * seeded straight through a MemoryAdapter.
 */
import type { MemoryAdapter } from '../../src/api/memory/memory-adapter.js';
import type { ConnectorListElement } from '../../src/components/connector-list/connector-list.js';
import bg from '../../src/i18n/locales/bg.json';
import en from '../../src/i18n/locales/en.json';
import tr from '../../src/i18n/locales/tr.json';
import { customValues, formPart } from './connector-fields.js';
import { textOf, waitFor } from './wait.js';

// ---- strings --------------------------------------------------------------------------------

/** The languages the list is tested in. */
export type Lang = 'en' | 'bg' | 'tr';

type Strings = typeof en;

/** The locale strings of each tested language. */
export const STRINGS: Record<Lang, Strings> = { en, bg: bg as Strings, tr: tr as Strings };

/** A locale string with its `{{placeholders}}` filled in, as i18next formats small numbers and names. */
export function say(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)(?:\s*,\s*number)?\s*\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`no value for {{${key}}} in "${template}"`);
    return String(values[key]);
  });
}

/** The language of the list: the `lang` of its closest ancestor that has one, else English. */
export function langOf(list: ConnectorListElement): Lang {
  return (list.closest('[lang]')?.getAttribute('lang') ?? 'en') as Lang;
}

// ---- loading --------------------------------------------------------------------------------

/**
 * Waits until the list shows its connectors, its empty notice or its failure, in `lang`;
 * with `idle`, also until it no longer shows its loading message.
 */
export async function settled(list: ConnectorListElement, lang: Lang = langOf(list), options: { idle?: boolean } = {}): Promise<void> {
  await waitFor(
    () =>
      textOf(part(list, 'title')) === STRINGS[lang].connectors.title &&
      (!options.idle || part(list, 'loading') === null) &&
      (part(list, 'list') !== null || part(list, 'empty') !== null || part(list, 'retry-button') !== null),
    'the list to load',
  );
  await list.updateComplete;
}

// ---- parts and rows -------------------------------------------------------------------------

/** The first element of the shadow root of `root` with the part `name`, or null. */
export function part<T extends HTMLElement = HTMLElement>(root: Element, name: string): T | null {
  return root.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** Every element of the shadow root of `root` with the part `name`. */
export function parts<T extends HTMLElement = HTMLElement>(root: Element, name: string): T[] {
  return [...root.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

/** The names of the connectors listed, in order. */
export function names(list: ConnectorListElement): string[] {
  return parts(list, 'connector-name').map((name) => textOf(name));
}

/** The listed connector named `name`; throws when it is not listed. */
export function row(list: ConnectorListElement, name: string): HTMLElement {
  const found = parts(list, 'connector').find((candidate) => textOf(candidate.querySelector('[part~="connector-name"]')) === name);
  if (!found) throw new Error(`no connector ${name} listed; listed: ${names(list).join(', ')}`);
  return found;
}

/** The element with the part `partName` in the row of the connector named `name`, or null. */
export function inRow<T extends HTMLElement = HTMLElement>(list: ConnectorListElement, name: string, partName: string): T | null {
  return row(list, name).querySelector<T>(`[part~="${partName}"]`);
}

/** The names of a listed registry connector's groups. */
export function groupNames(list: ConnectorListElement, name: string): string[] {
  return [...row(list, name).querySelectorAll('[part~="group"]')].map((group) => textOf(group.querySelector('span')));
}

// ---- actions and dialogs --------------------------------------------------------------------

/** Clicks `button` (which must be there) and waits for the list's update. */
export async function click(list: ConnectorListElement, button: HTMLElement | null): Promise<void> {
  if (!button) throw new Error('no such button');
  button.click();
  await list.updateComplete;
}

/** The "New connector" button. */
export function addButton(list: ConnectorListElement): HTMLButtonElement {
  return part<HTMLButtonElement>(list, 'add-button')!;
}

/** The dialog holding the nested `<connector-form>`. */
export function formDialog(list: ConnectorListElement): HTMLDialogElement {
  return part<HTMLDialogElement>(list, 'form-dialog')!;
}

/** The list's own confirmation dialog (deactivate, remove from a group, …). */
export function confirmDialog(list: ConnectorListElement): HTMLDialogElement {
  return part<HTMLDialogElement>(list, 'confirm-dialog')!;
}

/** The `<connector-form>` in the dialog, once its form (or its credentials) has loaded. */
export async function nestedForm(list: ConnectorListElement): Promise<HTMLElement> {
  await waitFor(() => formDialog(list).open && !!part(list, 'connector-form'), 'the form in the dialog');
  const form = part(list, 'connector-form')!;
  await waitFor(() => !!formPart(form, 'form') || !!formPart(form, 'credentials'), 'the nested form to load');
  return form;
}

/** Confirms the list's open confirmation and waits until it closed. */
export async function confirmAndWait(list: ConnectorListElement): Promise<void> {
  await click(list, part(list, 'confirm-button'));
  await waitFor(() => !confirmDialog(list).open, 'the confirmation to close');
  await list.updateComplete;
}

// ---- the page around it ---------------------------------------------------------------------

/** Replaces the async clipboard's writeText, recording what was written, until `restore()`. */
export function stubClipboard(outcome: 'resolve' | 'reject' = 'resolve'): { written: string[]; restore: () => void } {
  const written: string[] = [];
  const clipboard = navigator.clipboard as Clipboard & { writeText: Clipboard['writeText'] };
  clipboard.writeText = (text: string) => {
    written.push(text);
    return outcome === 'resolve' ? Promise.resolve() : Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  };
  return {
    written,
    restore: () => {
      delete (clipboard as Partial<Clipboard>).writeText;
    },
  };
}

/** Every place under `root` (through shadow roots) where `value` is in text, an attribute or a control's value. */
export function occurrences(root: Node, value: string): string[] {
  const found: string[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      for (const attribute of node.attributes) if (attribute.value.includes(value)) found.push(`${node.localName}[${attribute.name}]`);
      if ((node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) && node.value.includes(value)) {
        found.push(`${node.localName}.value`);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    } else if (node instanceof Text && node.data.includes(value)) {
      found.push(`text in ${node.parentElement?.localName ?? 'a shadow root'}`);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

// ---- seeds ----------------------------------------------------------------------------------

/** Custom connectors ("Seeded API 1" … "Seeded API `count`") created straight through the backend. */
export async function seedCustom(adapter: MemoryAdapter, count: number): Promise<void> {
  for (let index = 1; index <= count; index += 1) {
    const name = `Seeded API ${index}`;
    await adapter.createConnector({ typeId: 'custom-rest', name, values: customValues(name) });
  }
}
