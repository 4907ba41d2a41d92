// Shared by the stories (not a story file itself): the locales and themes of the toolbar,
// a fresh MemoryAdapter for every story, and ways to pick fixture apps by what they show.
import type { Loader, StoryContext } from '@storybook/web-components';
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

export const LOCALES = ['en', 'bg', 'ru', 'tr'] as const;
export type Locale = (typeof LOCALES)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Milliseconds every adapter call waits in the stories, so loading states can be seen. */
export const STORY_LATENCY = 300;

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
export const STRINGS: Record<Locale, HostTexts> = { en, bg, ru, tr };

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** The locale chosen in the toolbar. */
export function localeOf(context: Pick<StoryContext, 'globals'>): Locale {
  const value: unknown = context.globals['locale'];
  return isLocale(value) ? value : 'en';
}

/** The theme chosen in the toolbar. */
export function themeOf(context: Pick<StoryContext, 'globals'>): Theme {
  const value: unknown = context.globals['theme'];
  return isTheme(value) ? value : 'light';
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
    readonly locale: Locale,
    private readonly fetchedApp: AppDetail | undefined,
  ) {}

  /** The app fetched for the story (`storyAdapter({ app })`). */
  get app(): AppDetail {
    if (!this.fetchedApp) throw new Error('This story fetched no app: pass `app` to storyAdapter().');
    return this.fetchedApp;
  }
}

/**
 * One adapter per mounted story. A toolbar change re-runs the loaders on the same render
 * (same abort signal), and the story keeps its adapter and whatever the designer did with
 * it; opening the story again, or remounting it, makes a new one.
 */
const adapters = new WeakMap<AbortSignal, MemoryAdapter>();

/**
 * A loader giving the story a fresh `MemoryAdapter` (and, if asked, an app fetched in the
 * toolbar's locale); read it with `storyData(context)` and hand it to the element's
 * `.adapter` property.
 */
export function storyAdapter(options: StoryAdapterOptions = {}): Loader {
  const { prepare, app: appId, latency = STORY_LATENCY, fixtures: data, ...adapterOptions } = options;
  return async (context) => {
    const locale = localeOf(context);
    let adapter = adapters.get(context.abortSignal);
    if (!adapter) {
      const start = (typeof data === 'function' ? data() : data) ?? storyFixtures;
      adapter = new MemoryAdapter({ ...adapterOptions, fixtures: start, latency: 0 });
      await prepare?.(adapter);
      adapters.set(context.abortSignal, adapter);
    }
    let app: AppDetail | undefined;
    if (appId) {
      adapter.latency = 0;
      app = await adapter.getApp(appId, { locale });
    }
    adapter.latency = latency;
    return { plugboard: new StoryData(adapter, locale, app) };
  };
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
