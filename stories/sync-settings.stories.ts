import type { Args, Loader, Meta, StoryContext, StoryObj } from '@storybook/web-components';
import { userEvent, waitFor } from 'storybook/test';
import '../src/components/sync-settings/define.js';
import type { MemoryAdapter } from '../src/api/memory/index.js';
import type { SyncRun } from '../src/api/schemas.js';
import { PbSyncRunEvent } from '../src/events/sync-run-event.js';
import { ALWAYS, FOREVER_MS, elementHelpers, shadowOf, storyAdapter, withAdapter } from './support.js';

/** Plays wait this long for the adapter (300 ms a call in the stories) and the re-render after it. */
const SETTLE_MS = 5_000;

/** A sync run is queued for a second and done three seconds after it started (the MemoryAdapter's pace). */
const RUN_SETTLE_MS = 10_000;

/** The bundled services, by id. */
const GOOGLE = 'google';
const NIMBUSMAIL = 'nimbusmail';

/** Personal tags the admin chose, from the bundled fixtures. */
const CHOSEN_TAGS = ['personal', 'vip'];

/** The OAuth client an on-site installation registered with the provider (the secret is stored, never shown). */
const ON_SITE_CLIENT = { clientId: '1042-plugboard-crm.apps.example.com', clientSecret: 'story-client-secret-9f3a' };

// ---- fake consent windows -----------------------------------------------------------------

type OpenWindow = (url: string, target: string, features: string) => Window | null;

/**
 * A consent window that opens and stays open: the element sends it to the provider and
 * waits for the completion page's message (the stories never send one).
 */
const openFakeWindow: OpenWindow = () => {
  const fake = { closed: false, location: { href: '' }, close: () => void (fake.closed = true) };
  return fake as unknown as Window;
};

/** The browser's popup blocker: no window. */
const openNoWindow: OpenWindow = () => null;

// ---- seeding ------------------------------------------------------------------------------

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * The MemoryAdapter's clock in a story: real time, unless the story sets it to a moment
 * (`at`), as the seeding does to link accounts days ago, and the running sync does to
 * hold its run halfway through while a designer looks.
 */
class StoryClock {
  at: number | undefined;
  readonly now = (): number => this.at ?? Date.now();
}

/** One clock per mounted story, kept across toolbar changes as its adapter is (see support.ts). */
const clocks = new WeakMap<AbortSignal, StoryClock>();

interface ClockedOptions {
  onSite?: boolean;
  /** Seeds the adapter once, before the story first renders; the clock is real time again after it. */
  prepare?: (adapter: MemoryAdapter, clock: StoryClock) => Promise<void>;
}

/** `storyAdapter` with the story's clock, handed over as `context.loaded.clock` too. */
function clockedAdapter(options: ClockedOptions = {}): Loader {
  const { onSite = false, prepare } = options;
  return async (context) => {
    let clock = clocks.get(context.abortSignal);
    if (!clock) {
      clock = new StoryClock();
      clocks.set(context.abortSignal, clock);
    }
    const seeded = clock;
    const loaded: unknown = await storyAdapter({
      onSite,
      now: seeded.now,
      ...(prepare
        ? {
            prepare: async (adapter: MemoryAdapter) => {
              await prepare(adapter, seeded);
              seeded.at = undefined;
            },
          }
        : {}),
    })(context);
    return { ...(loaded as object), clock };
  };
}

function clockOf(context: Pick<StoryContext, 'loaded'>): StoryClock {
  const clock: unknown = context.loaded['clock'];
  if (!(clock instanceof StoryClock)) throw new Error('This story has no clockedAdapter() loader.');
  return clock;
}

/** Links an account as a finished consent would (begin, then the provider's code), at the clock's time. */
async function link(adapter: MemoryAdapter, serviceId: string): Promise<string> {
  const { state } = await adapter.beginAccountLink(serviceId);
  const account = await adapter.completeAccountLink({ state, code: `story-code-${serviceId}` });
  return account.id;
}

/**
 * Alex's Google account, linked three weeks ago, and a NimbusMail account linked two days
 * ago; two personal tags chosen. A sync ran over both three hours ago, and NimbusMail's
 * access was revoked since (it needs signing in again).
 */
async function seedAccounts(adapter: MemoryAdapter, clock: StoryClock): Promise<void> {
  const now = Date.now();
  clock.at = now - 21 * DAY_MS;
  await link(adapter, GOOGLE);
  clock.at = now - 2 * DAY_MS;
  const nimbus = await link(adapter, NIMBUSMAIL);
  await adapter.saveSyncSettings({ personalTagIds: CHOSEN_TAGS });
  clock.at = now - 3 * 60 * MINUTE_MS - 5 * MINUTE_MS;
  await adapter.runSync();
  // The run is over a minute later; reading the accounts writes its end to them.
  clock.at += MINUTE_MS;
  await adapter.listAccounts();
  adapter.revokeAccountAccess(nimbus);
}

/** Only the Google account, linked three weeks ago: a run over it ends without errors. */
async function seedOneAccount(adapter: MemoryAdapter, clock: StoryClock): Promise<void> {
  clock.at = Date.now() - 21 * DAY_MS;
  await link(adapter, GOOGLE);
  await adapter.saveSyncSettings({ personalTagIds: CHOSEN_TAGS });
}

/** The accounts, and the on-site installation's own OAuth client with its secret stored. */
async function seedOnSiteClient(adapter: MemoryAdapter, clock: StoryClock): Promise<void> {
  await seedAccounts(adapter, clock);
  await adapter.saveSyncSettings({ personalTagIds: CHOSEN_TAGS, oauthClient: ON_SITE_CLIENT });
}

// ---- finding things -----------------------------------------------------------------------

function find<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`The story shows no ${selector}.`);
  return found;
}

/** Waits until `selector` is shown (after an adapter call), then returns it. */
async function shown<T extends Element>(root: ParentNode, selector: string, timeout = SETTLE_MS): Promise<T> {
  return waitFor(
    () => {
      const found = find<T>(root, selector);
      if (found.closest('[hidden]')) throw new Error(`${selector} is hidden.`);
      return found;
    },
    { timeout },
  );
}

/** The element's root once it has loaded (Add account is there only then, and while no link runs). */
async function loaded(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = await shadowOf(canvas.querySelector('sync-settings'));
  await shown(root, '[part~="add-account-button"]');
  return root;
}

/** Add account, then the first service (Google). */
async function pickGoogle(root: ShadowRoot): Promise<void> {
  await userEvent.click(find(root, '[part~="add-account-button"]'));
  const google = await shown<HTMLButtonElement>(root, '[part~="service-button"]');
  await userEvent.click(google);
}

/** Clicks Sync now and hands back the run it started (from pb-sync-run). */
async function syncNow(canvas: HTMLElement, root: ShadowRoot): Promise<SyncRun> {
  const host = find<HTMLElement>(canvas, 'sync-settings');
  const started = new Promise<SyncRun>((resolve) => {
    host.addEventListener(PbSyncRunEvent.eventName, (event) => resolve(event.detail.run), { once: true });
  });
  await userEvent.click(await shown(root, '[part~="sync-button"]:not([disabled])'));
  return started;
}

// ---- rendering --------------------------------------------------------------------------

const { args, argTypes, template } = elementHelpers('sync-settings');

/** The element with the story's adapter, opening consent windows with `openWindow` (a fake one unless told). */
function syncSettings(storyArgs: Args, context: Pick<StoryContext, 'loaded'>, openWindow: OpenWindow = openFakeWindow) {
  return template({ ...withAdapter(storyArgs, context), openWindow });
}

// ---- stories ------------------------------------------------------------------------------

const meta = {
  title: 'Elements/sync-settings',
  component: 'sync-settings',
  args,
  argTypes,
  render: (storyArgs, context) => syncSettings(storyArgs, context),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The first answer never comes: the heading and the loading line. */
export const Loading: Story = {
  loaders: [storyAdapter({ latency: FOREVER_MS, onSite: false })],
};

/** The accounts fail to load; Retry fails again. */
export const LoadError: Story = {
  name: 'Load error',
  loaders: [storyAdapter({ onSite: false, prepare: (adapter) => adapter.simulateError('listAccounts', 'server', { times: ALWAYS }) })],
};

/**
 * A cloud installation with no account linked yet: "Add account", the personal tags to
 * sync (none chosen), and Sync now, disabled until an account is there.
 */
export const NoAccounts: Story = {
  name: 'No accounts',
  loaders: [storyAdapter({ onSite: false })],
};

/** "Add account" shows the services to link: Google and NimbusMail. */
export const ServicesShown: Story = {
  name: 'Services shown',
  loaders: [storyAdapter({ onSite: false })],
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement);
    await userEvent.click(find(root, '[part~="add-account-button"]'));
    await shown(root, '[part~="service-button"]');
  },
};

/**
 * Google picked: the consent window is open at the provider (a fake window here, which
 * never answers), and the element waits for it, with Cancel.
 */
export const LinkingWaiting: Story = {
  name: 'Linking, waiting for the consent window',
  loaders: [storyAdapter({ onSite: false })],
  render: (storyArgs, context) => syncSettings(storyArgs, context, openFakeWindow),
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement);
    await pickGoogle(root);
    await shown(root, '[part~="linking"]');
    // Waiting: the provider's address is known (no longer "starting"), and no blocked-window link.
    await waitFor(
      () => {
        if (root.querySelector('[part~="open-link"]')) throw new Error('The window reads as blocked.');
        if (!root.querySelector('[part~="cancel-link-button"]')) throw new Error('No Cancel.');
      },
      { timeout: SETTLE_MS },
    );
  },
};

/**
 * The browser blocked the consent window: a link opens the provider's page in a new tab,
 * with "Check again" for when the admin comes back, and Cancel (pb-error
 * account-link-unavailable in Actions).
 */
export const BlockedWindow: Story = {
  name: 'Consent window blocked',
  loaders: [storyAdapter({ onSite: false })],
  render: (storyArgs, context) => syncSettings(storyArgs, context, openNoWindow),
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement);
    await pickGoogle(root);
    await shown(root, '[part~="open-link"]');
  },
};

/**
 * Two accounts linked through the provider's consent: Google, and NimbusMail, whose access
 * was revoked since (it needs signing in again: "Link again"); each last synced three
 * hours ago, by the run shown under Sync now; two personal tags chosen.
 */
export const AccountsListed: Story = {
  name: 'Accounts listed',
  loaders: [clockedAdapter({ prepare: seedAccounts })],
};

/** Configure on the Google account: what it syncs, how often (the service's periods), and from which date. */
export const AccountFormOpen: Story = {
  name: 'Account settings open',
  loaders: [clockedAdapter({ prepare: seedAccounts })],
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement);
    await userEvent.click(await shown(root, '[part~="configure-button"]'));
    await shown(root, '[part~="account-form"]');
  },
};

/**
 * An on-site installation registers its own OAuth client: the authorized origin and the
 * redirect URI to copy into the provider's console, the client ID, and the secret, stored
 * (Replace, never shown).
 */
export const OnSiteClient: Story = {
  name: 'On-site OAuth client, secret stored',
  loaders: [clockedAdapter({ onSite: true, prepare: seedOnSiteClient })],
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement);
    await shown(root, '[part~="secret-set"]');
  },
};

/**
 * Sync now over the linked Google account: the run's progress, stopped halfway through
 * (the adapter's clock stands still two seconds after the run started).
 */
export const SyncRunning: Story = {
  name: 'Sync now, running',
  loaders: [clockedAdapter({ prepare: seedOneAccount })],
  play: async (context) => {
    const { canvasElement } = context;
    const root = await loaded(canvasElement);
    const clock = clockOf(context);
    const run = await syncNow(canvasElement, root);
    // Two seconds into the run (of three), from now on: the next reading finds it halfway.
    clock.at = Date.parse(run.startedAt) + 2_000;
    const progress = await shown(root, '[part~="run-progress"]');
    const queued = progress.textContent?.trim();
    // Past the queue: the text changes to the counts synced so far.
    await waitFor(
      () => {
        if (progress.textContent?.trim() === queued) throw new Error('The run is still queued.');
      },
      { timeout: RUN_SETTLE_MS },
    );
  },
};

/**
 * Sync now over the accounts, finished: the counts synced, "just now", and the account
 * that needs signing in again named in the run's errors; the Google account shows its
 * new last sync.
 */
export const SyncFinished: Story = {
  name: 'Sync now, finished',
  loaders: [clockedAdapter({ prepare: seedAccounts })],
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement);
    await syncNow(canvasElement, root);
    await shown(root, '[part~="run-result"]', RUN_SETTLE_MS);
  },
};
