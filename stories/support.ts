// Shared by the stories (not a story file itself): the locales, themes and latencies of the
// toolbar, the manifest-driven args and controls of each element, a fresh MemoryAdapter for
// every story, and ways to pick fixture apps by what they show.
import type { ArgTypes, Args, Loader, StoryContext } from '@storybook/web-components';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import type { TemplateResult } from 'lit';
import {
  MemoryAdapter,
  fixtures,
  type AppFixture,
  type Fixtures,
  type MemoryAdapterOptions,
} from '../src/api/memory/index.js';
import type { AppDetail } from '../src/api/schemas.js';
import bg from '../src/i18n/locales/bg.json';
import en from '../src/i18n/locales/en.json';
import ru from '../src/i18n/locales/ru.json';
import tr from '../src/i18n/locales/tr.json';
import { PSEUDO_LOCALE, pseudoStrings } from './pseudo-locale.js';

/** The languages the elements ship. */
export const LOCALES = ['en', 'bg', 'ru', 'tr'] as const;
export type Locale = (typeof LOCALES)[number];

/** The toolbar's locales: the shipped ones and the pseudo-locale. */
export const STORY_LOCALES = [...LOCALES, PSEUDO_LOCALE] as const;
export type StoryLocale = (typeof STORY_LOCALES)[number];

/** light and dark ship with the package; partner is a partner's skin (stories/partner-skin.css). */
export const THEMES = ['light', 'dark', 'partner'] as const;
export type Theme = (typeof THEMES)[number];

/** The Latency toolbar: how long every adapter call waits, by name (a URL's `globals=latency:none`). */
export const LATENCIES = { normal: 300, none: 0, slow: 3000 } as const;
export type Latency = keyof typeof LATENCIES;

/** Longer than anyone watches a story, shorter than setTimeout's limit (about 24.8 days). */
export const FOREVER_MS = 60 * 60 * 1000;

/** Enough failures that Retry keeps failing while a designer looks at the error state. */
export const ALWAYS = 1_000_000;

/** The few element strings the stories need, for texts a host supplies (the consent dialog's `error`). */
interface HostTexts {
  detail: { activationFailed: string };
  errors: { server: string };
}

/** Those strings in each locale, as the elements have them. */
export const STRINGS: Record<StoryLocale, HostTexts> = { en, bg, ru, tr, [PSEUDO_LOCALE]: pseudoStrings(en) };

function isLocale(value: unknown): value is StoryLocale {
  return typeof value === 'string' && (STORY_LOCALES as readonly string[]).includes(value);
}

function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** The locale chosen in the toolbar. */
export function localeOf(context: Pick<StoryContext, 'globals'>): StoryLocale {
  const value: unknown = context.globals['locale'];
  return isLocale(value) ? value : 'en';
}

/** The theme chosen in the toolbar. */
export function themeOf(context: Pick<StoryContext, 'globals'>): Theme {
  const value: unknown = context.globals['theme'];
  return isTheme(value) ? value : 'light';
}

/** Milliseconds every adapter call waits, as chosen in the toolbar (300 unless told). */
export function latencyOf(context: Pick<StoryContext, 'globals'>): number {
  const value: unknown = context.globals['latency'];
  return typeof value === 'string' && value in LATENCIES ? LATENCIES[value as Latency] : LATENCIES.normal;
}

/** The id of the first bundled app that matches, so stories follow the fixtures as they change. */
export function fixtureAppId(what: string, matches: (app: AppFixture) => boolean): string {
  const app = fixtures.apps.find(matches);
  if (!app) throw new Error(`The bundled fixtures have no ${what}.`);
  return app.id;
}

/**
 * The fixtures without logo URLs. The bundled ones point at a placeholder CDN that is not
 * there, so the elements would show initials anyway, after a failed request per logo;
 * the stories make no request outside Storybook.
 */
function withoutLogos(data: Fixtures): Fixtures {
  return {
    ...data,
    apps: data.apps.map((app) => ({ ...app, logoUrl: undefined })),
    connectorTypes: data.connectorTypes.map((type) => ({ ...type, logoUrl: undefined })),
  };
}

const storyFixtures = withoutLogos(fixtures);

let manyAppsCache: Fixtures | undefined;

/** The story fixtures with `count` apps: copies of the bundled ones under new ids and names. */
export function manyApps(count: number): Fixtures {
  if (manyAppsCache?.apps.length === count) return manyAppsCache;
  const apps: AppFixture[] = [];
  for (let index = 0; index < count; index += 1) {
    const source = storyFixtures.apps[index % storyFixtures.apps.length];
    if (!source) break;
    apps.push({ ...source, id: `${source.id}-${index}`, name: `${source.name} ${index}`, initialStatus: undefined });
  }
  manyAppsCache = { ...storyFixtures, apps };
  return manyAppsCache;
}

export interface StoryAdapterOptions extends Omit<MemoryAdapterOptions, 'fixtures'> {
  /** The data to start from (made when the story first renders, if a function); the bundled fixtures, without logos, when absent. */
  fixtures?: Fixtures | (() => Fixtures);
  /** Seeds the adapter or makes it fail, once, before the story first renders; runs without latency. */
  prepare?: (adapter: MemoryAdapter) => void | Promise<void>;
  /** An app to fetch with `getApp` in the toolbar's locale, again after every locale change. */
  app?: string;
}

/** What `storyAdapter` hands the story through `context.loaded`. */
export class StoryData {
  constructor(
    readonly adapter: MemoryAdapter,
    readonly locale: StoryLocale,
    private readonly fetchedApp: AppDetail | undefined,
  ) {}

  /** The app fetched for the story (`storyAdapter({ app })`). */
  get app(): AppDetail {
    if (!this.fetchedApp) throw new Error('This story fetched no app: pass `app` to storyAdapter().');
    return this.fetchedApp;
  }
}

// ---- settling ------------------------------------------------------------------------------

/** Adapter calls the elements made that have not answered yet (calls that never answer aside). */
let callsInFlight = 0;
const onIdle = new Set<() => void>();

function callEnded(): void {
  callsInFlight -= 1;
  if (callsInFlight > 0) return;
  for (const resolve of onIdle) resolve();
  onIdle.clear();
}

/**
 * The adapter as the elements see it: the same MemoryAdapter, counting the calls in flight
 * so `storiesSettled` knows when every answer is in. A call made while the latency is
 * `FOREVER_MS` (a loading story) never answers and is not waited for.
 */
function counted(adapter: MemoryAdapter): MemoryAdapter {
  return new Proxy(adapter, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        const result: unknown = Reflect.apply(value, target, args);
        if (!(result instanceof Promise) || target.latency >= FOREVER_MS) return result;
        callsInFlight += 1;
        return result.finally(callEnded);
      };
    },
  });
}

/** Every Lit element under `root`, through open shadow roots. */
function litElements(root: ParentNode, found: Array<{ updateComplete: Promise<unknown> }> = []): Array<{ updateComplete: Promise<unknown> }> {
  for (const element of root.querySelectorAll('*')) {
    const lit = element as Element & { updateComplete?: Promise<unknown> };
    if (lit.updateComplete instanceof Promise) found.push({ updateComplete: lit.updateComplete });
    if (element.shadowRoot) litElements(element.shadowRoot, found);
  }
  return found;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Settles once every adapter call the stories' elements made has answered and every element
 * has rendered the answer, with no new call started meanwhile. Tools that capture stories
 * (the accessibility test, screenshots) wait on it, as `window.plugboardStoriesSettled()`.
 * A story that polls (a sync run in progress) settles between two polls.
 */
export async function storiesSettled(): Promise<void> {
  for (;;) {
    if (callsInFlight > 0) await new Promise<void>((resolve) => onIdle.add(resolve));
    await Promise.all(litElements(document).map((element) => element.updateComplete));
    // An update may start the next call (a task whose arguments changed): give it a turn.
    await nextTask();
    if (callsInFlight === 0) return;
  }
}

// ---- the story's adapter ------------------------------------------------------------------

/**
 * One adapter per mounted story. A toolbar change re-runs the loaders on the same render
 * (same abort signal), and the story keeps its adapter and whatever the designer did with
 * it; opening the story again, or remounting it, makes a new one.
 */
const adapters = new WeakMap<AbortSignal, MemoryAdapter>();

/**
 * A loader giving the story a fresh `MemoryAdapter` (and, if asked, an app fetched in the
 * toolbar's locale); read it with `storyData(context)` and hand it to the element's
 * `.adapter` property. Its calls wait as long as the Latency toolbar says, unless the story
 * sets `latency`.
 */
export function storyAdapter(options: StoryAdapterOptions = {}): Loader {
  const { prepare, app: appId, latency, fixtures: data, ...adapterOptions } = options;
  return async (context) => {
    const locale = localeOf(context);
    let adapter = adapters.get(context.abortSignal);
    if (!adapter) {
      const start = (typeof data === 'function' ? data() : data) ?? storyFixtures;
      adapter = counted(new MemoryAdapter({ ...adapterOptions, fixtures: start, latency: 0 }));
      await prepare?.(adapter);
      adapters.set(context.abortSignal, adapter);
    }
    let app: AppDetail | undefined;
    if (appId) {
      adapter.latency = 0;
      app = await adapter.getApp(appId, { locale });
    }
    adapter.latency = latency ?? latencyOf(context);
    return { plugboard: new StoryData(adapter, locale, app) };
  };
}

/** The story's args with the story's adapter as the element's `adapter` property. */
export function withAdapter(args: Args, context: Pick<StoryContext, 'loaded'>): Args {
  return { ...args, adapter: storyData(context).adapter };
}

/** The adapter and data `storyAdapter` loaded for this story. */
export function storyData(context: Pick<StoryContext, 'loaded'>): StoryData {
  const data: unknown = context.loaded['plugboard'];
  if (!(data instanceof StoryData)) throw new Error('This story has no storyAdapter() loader.');
  return data;
}

/** An element's open shadow root, once the element has rendered. */
export async function shadowOf(host: Element | null): Promise<ShadowRoot> {
  if (!host) throw new Error('The story rendered no element.');
  await customElements.whenDefined(host.localName);
  const updating = (host as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  if (updating) await updating;
  if (!host.shadowRoot) throw new Error(`<${host.localName}> has no shadow root.`);
  return host.shadowRoot;
}

// ---- args and controls from the manifest -----------------------------------------------

/** What a story file needs to render its element from the controls. */
export interface ElementHelpers {
  /** Every attribute, property, CSS part and custom property with its default. */
  args: Args;
  /** Their controls and docs, from custom-elements.json. */
  argTypes: ArgTypes;
  /** The element with the args applied: attributes, properties, part and property styles, events logged. */
  template: (args: Args) => TemplateResult;
}

/**
 * A property a host hands code, not data: a function (`now`, `openWindow`) or the backend
 * itself (`adapter`). No control can edit one; the story sets it.
 */
function isHostHook(type: string): boolean {
  return type.includes('=>') || /\bApiAdapter\b/.test(type);
}

/** A type a text, number or boolean control can edit (the helpers pick which). */
function isPlainValue(type: string): boolean {
  return /^(string|number|boolean)( \| (undefined|null))*$/.test(type.trim());
}

/**
 * The args, controls and template `@wc-toolkit/storybook-helpers` makes from the element's
 * entry in custom-elements.json (loaded in .storybook/preview.ts), with two corrections the
 * manifest cannot express: a property holding code (`adapter`, `now`, `openWindow`) gets no
 * control and no default arg, so the template never sets it to an empty string; a property
 * holding data (`app`, `overrides`) gets a JSON control, unset until a designer sets it,
 * and the story's own value applies until then.
 */
export function elementHelpers(tagName: string): ElementHelpers {
  const { args: defaults, argTypes, template } = getStorybookHelpers<Record<string, unknown>>(tagName);
  const withoutDefault = new Set<string>();
  for (const [name, argType] of Object.entries(argTypes)) {
    if (!argType || argType.table?.category !== 'properties' || argType.control === false) continue;
    const type = String(argType.table.type?.summary ?? '');
    if (isPlainValue(type)) continue;
    argTypes[name] = { ...argType, control: isHostHook(type) ? false : { type: 'object' } };
    withoutDefault.add(name);
  }
  const args = Object.fromEntries(Object.entries(defaults).filter(([name]) => !withoutDefault.has(name)));
  return { args, argTypes, template: (storyArgs) => template(storyArgs) };
}
