/**
 * `<sync-settings>` as its behaviour tests reach it, against the MemoryAdapter: the strings
 * it shows in English, Bulgarian and Russian (with their plural forms), a backend on this
 * page's origin with a movable clock and a log of the link's calls, fake consent windows,
 * the completion page's messages (by `postMessage` and by `BroadcastChannel`), the page's
 * focus, and the element's parts, accounts and buttons.
 */
import { fixture, html } from '@open-wc/testing';
import { ACCOUNT_LINK_CHANNEL, ACCOUNT_LINK_MESSAGE_TYPE } from '../../src/components/sync-settings/account-link-flow.js';
import type { SyncSettingsElement } from '../../src/components/sync-settings/sync-settings.js';
import { fixtures } from '../../src/api/memory/fixtures.js';
import { MemoryAdapter } from '../../src/api/memory/memory-adapter.js';
import type { RequestOptions } from '../../src/api/adapter.js';
import type { AccountLink, AccountLinkCompletion, AccountLinkStatus, SyncAccount } from '../../src/api/schemas.js';
import bg from '../../src/i18n/locales/bg.json';
import en from '../../src/i18n/locales/en.json';
import ru from '../../src/i18n/locales/ru.json';
import { textOf, waitFor } from './wait.js';

// ---- strings --------------------------------------------------------------------------------

export type Lang = 'en' | 'bg' | 'ru';
export type Strings = typeof en;
export const STRINGS: Record<Lang, Strings> = { en, bg: bg as Strings, ru: ru as Strings };
export const LANGS: readonly Lang[] = ['en', 'bg', 'ru'];

/** A locale string with its `{{placeholders}}` filled in, as i18next formats small numbers and names. */
export function say(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)(?:\s*,\s*number)?\s*\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`no value for {{${key}}} in "${template}"`);
    return String(values[key]);
  });
}

/** `sync.<key>` in the plural form `lang` uses for `count` (ru: one / few / many), filled in. */
export function plural(lang: Lang, key: string, count: number): string {
  const forms = STRINGS[lang].sync as unknown as Record<string, string>;
  const form = forms[`${key}_${new Intl.PluralRules(lang).select(count)}`] ?? forms[`${key}_other`];
  if (!form) throw new Error(`no plural of sync.${key} in ${lang}`);
  return say(form, { count });
}

/** A pattern matching `template` with every placeholder (a time, a count) left open. */
export function shaped(template: string): RegExp {
  const pieces = template.split(/\{\{[^}]*\}\}/).map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${pieces.join('.+')}$`);
}

// ---- the backend ----------------------------------------------------------------------------

/** The names the backend gives the signed-in admin's (Alex Morgan's) accounts, in linking order. */
export const FIRST_ACCOUNT = 'alex.morgan@example.com';
export const SECOND_ACCOUNT = 'alex.morgan2@example.com';

/**
 * A MemoryAdapter on this page's origin (so the redirect URI's origin is the page's and a
 * message the test posts is one the element trusts) with a clock the test moves: by default
 * the real time plus what `advance` added; with `frozenAt`, stopped there except for
 * `advance`. It logs the account link's calls (`beginAccountLink`, and `… answered` once
 * each answered) and keeps the last link it began.
 */
export class Backend extends MemoryAdapter {
  readonly log: string[] = [];
  lastLink: AccountLink | undefined;
  private readonly clock: { offset: number };

  constructor(options: { latency?: number; onSite?: boolean; frozenAt?: number } = {}) {
    const clock = { offset: 0 };
    const frozenAt = options.frozenAt;
    super({
      fixtures: { ...fixtures, siteUrl: location.origin },
      latency: options.latency ?? 0,
      onSite: options.onSite ?? true,
      now: frozenAt === undefined ? () => Date.now() + clock.offset : () => frozenAt + clock.offset,
    });
    this.clock = clock;
  }

  advance(ms: number): void {
    this.clock.offset += ms;
  }

  /** The calls named `operation` (not their answers) logged so far. */
  calls(operation: string): number {
    return this.log.filter((entry) => entry === operation).length;
  }

  override async beginAccountLink(serviceId: string, options?: RequestOptions): Promise<AccountLink> {
    const link = await this.logged('beginAccountLink', () => super.beginAccountLink(serviceId, options));
    this.lastLink = link;
    return link;
  }

  override completeAccountLink(completion: AccountLinkCompletion, options?: RequestOptions): Promise<SyncAccount> {
    return this.logged('completeAccountLink', () => super.completeAccountLink(completion, options));
  }

  override getAccountLink(state: string, options?: RequestOptions): Promise<AccountLinkStatus> {
    return this.logged('getAccountLink', () => super.getAccountLink(state, options));
  }

  private async logged<T>(operation: string, call: () => Promise<T>): Promise<T> {
    this.log.push(operation);
    const answer = await call();
    this.log.push(`${operation} answered`);
    return answer;
  }
}

/** An account linked before the element loads, as the provider and the backend would have it. */
export async function linkedBefore(backend: MemoryAdapter, serviceId = 'google'): Promise<SyncAccount> {
  const { state } = await MemoryAdapter.prototype.beginAccountLink.call(backend, serviceId);
  return MemoryAdapter.prototype.completeAccountLink.call(backend, { state, code: `code-${state.slice(0, 8)}` });
}

// ---- the consent window ---------------------------------------------------------------------

/** What the element sees of a consent window. */
export interface FakeWindow {
  closed: boolean;
  location: { href: string };
  close(): void;
}

export interface Opener {
  open: (url: string, target: string, features: string) => Window | null;
  /** The windows handed out, in order. */
  windows: FakeWindow[];
  /** Each call's arguments, blocked ones too. */
  opened: { url: string; target: string; features: string }[];
}

/** An `openWindow` that hands out fake windows (or, `blocked`, none, as a popup blocker does). */
export function fakeWindows(blocked = false): Opener {
  const windows: FakeWindow[] = [];
  const opened: Opener['opened'] = [];
  return {
    windows,
    opened,
    open: (url, target, features) => {
      opened.push({ url, target, features });
      if (blocked) return null;
      const window: FakeWindow = {
        closed: false,
        location: { href: '' },
        close() {
          this.closed = true;
        },
      };
      windows.push(window);
      return window as unknown as Window;
    },
  };
}

/** The link's state, read from the address the window was sent to. */
export function stateOf(window: FakeWindow): string {
  return new URL(window.location.href).searchParams.get('state') ?? '';
}

/** What the completion page says. */
export function linkMessage(state: string, extra: { code?: string; error?: string } = {}): Record<string, string> {
  return { type: ACCOUNT_LINK_MESSAGE_TYPE, state, ...extra };
}

/** The completion page's `postMessage` to its opener, from the redirect URI's origin (this page's). */
export function postToPage(data: unknown): void {
  window.postMessage(data, location.origin);
}

/** The completion page's message on the BroadcastChannel, as from a window whose opener was cut. */
export function broadcast(data: unknown): void {
  const channel = new BroadcastChannel(ACCOUNT_LINK_CHANNEL);
  channel.postMessage(data);
  channel.close();
}

/**
 * Makes `document.hasFocus()` answer `focused` until the returned function is called (the
 * runner's page may or may not have the window's focus; the element asks).
 */
export function stubHasFocus(focused: boolean): () => void {
  Object.defineProperty(document, 'hasFocus', { configurable: true, value: () => focused });
  return () => {
    delete (document as unknown as Record<string, unknown>)['hasFocus'];
  };
}

// ---- the page -------------------------------------------------------------------------------

/** The element in a host page in `lang`, given its adapter and window opener; resolves once loaded (unless `wait` is false). */
export async function renderSync(
  adapter: MemoryAdapter,
  options: { lang?: Lang; opener?: Opener; wait?: boolean } = {},
): Promise<SyncSettingsElement> {
  const page = await fixture<HTMLElement>(html`<main lang=${options.lang ?? 'en'}>
    <h1>Settings</h1>
    <sync-settings heading-level="2"></sync-settings>
  </main>`);
  const sync = page.querySelector('sync-settings')!;
  sync.openWindow = (options.opener ?? fakeWindows()).open;
  sync.adapter = adapter;
  if (options.wait !== false) await loaded(sync);
  return sync;
}

/** Waits until the element shows its accounts section (it loaded). */
export async function loaded(sync: SyncSettingsElement): Promise<void> {
  await waitFor(() => part(sync, 'accounts') !== null, 'the element to load');
  await sync.updateComplete;
}

export function part<T extends HTMLElement = HTMLElement>(sync: Element, name: string): T | null {
  return sync.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

export function parts<T extends HTMLElement = HTMLElement>(sync: Element, name: string): T[] {
  return [...sync.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

export const accountNames = (sync: Element): string[] => parts(sync, 'account-name').map((name) => textOf(name));
export const statusLine = (sync: Element): string => textOf(part(sync, 'status'));
export const linkingText = (sync: Element): string => textOf(part(sync, 'linking')?.querySelector('p'));

/** The element's own failure message (not the confirmation's), or '' when none shows. */
export function failureText(sync: Element): string {
  const failure = [...sync.shadowRoot!.querySelectorAll('[part~="error"]')].find((error) => !error.closest('dialog'));
  return textOf(failure);
}

/** The listed account named `name`. */
export function account(sync: Element, name: string): HTMLElement {
  const found = parts(sync, 'account').find((candidate) => textOf(candidate.querySelector('[part~="account-name"]')) === name);
  if (!found) throw new Error(`no account ${name} listed; listed: ${accountNames(sync).join(', ')}`);
  return found;
}

export function inAccount<T extends HTMLElement = HTMLElement>(sync: Element, name: string, selector: string): T | null {
  // A bare name is a part; anything else a CSS selector.
  return account(sync, name).querySelector<T>(/^[a-z-]+$/.test(selector) ? `[part~="${selector}"]` : selector);
}

/** Clicks `button` (which must be there) and waits for the element's update. */
export async function click(sync: SyncSettingsElement, button: HTMLElement | null): Promise<void> {
  if (!button) throw new Error('no such button');
  button.click();
  await sync.updateComplete;
}

export function confirmDialog(sync: Element): HTMLDialogElement {
  return part<HTMLDialogElement>(sync, 'confirm-dialog')!;
}

/** Sets a control's value as a user does (an `input`, or for a select a `change`) and waits for the update. */
export async function enter(sync: SyncSettingsElement, field: HTMLElement | null, value: string): Promise<void> {
  const control = field as HTMLInputElement | HTMLSelectElement | null;
  if (!control) throw new Error('no such control');
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  await sync.updateComplete;
}

/** Every event of `type` the element fires from now on. */
export function collect<T = unknown>(sync: Element, type: string): { detail: T; event: CustomEvent<T> }[] {
  const seen: { detail: T; event: CustomEvent<T> }[] = [];
  sync.addEventListener(type, (event) => seen.push({ detail: (event as CustomEvent<T>).detail, event: event as CustomEvent<T> }));
  return seen;
}

/** Opens the services and picks one (by its name); the consent window opens within that click. */
export async function pickService(sync: SyncSettingsElement, service = 'Google'): Promise<void> {
  await click(sync, part(sync, 'add-account-button'));
  const button = parts(sync, 'service-button').find((candidate) => textOf(candidate).endsWith(service) || textOf(candidate).includes(` ${service}`));
  if (!button) throw new Error(`no service ${service}`);
  button.click();
  await sync.updateComplete;
}

/** Starts linking from the picker and waits until the window was sent to the provider. */
export async function startLink(sync: SyncSettingsElement, opener: Opener, service = 'Google'): Promise<FakeWindow> {
  const before = opener.windows.length;
  await pickService(sync, service);
  const window = opener.windows[before];
  if (!window) throw new Error('no consent window opened');
  await waitFor(() => window.location.href !== '', 'the window sent to the provider');
  await sync.updateComplete;
  return window;
}
