import type { ApiAdapter, RequestOptions } from '../../api/adapter.js';
import { toPlugboardError, type PlugboardError } from '../../api/errors.js';
import type { AccountLinkStatus, SyncAccount } from '../../api/schemas.js';

/** The `type` of the message the completion page sends (see `completion/account-link-complete.js`). */
export const ACCOUNT_LINK_MESSAGE_TYPE = 'plugboard-account-link';
/** The `BroadcastChannel` the completion page also sends on, for a window whose opener was cut. */
export const ACCOUNT_LINK_CHANNEL = 'plugboard-account-link';

/** What the completion page says: the state, and the provider's code or error when the backend left them to the page. */
export interface AccountLinkMessage {
  type: typeof ACCOUNT_LINK_MESSAGE_TYPE;
  state: string;
  code?: string;
  error?: string;
}

/** How a link ended. */
export type AccountLinkOutcome =
  | { kind: 'linked'; account: SyncAccount }
  /** The consent window closed (or the admin cancelled) before access was granted. */
  | { kind: 'cancelled' }
  /** The provider refused, or the admin declined on its page. */
  | { kind: 'denied' }
  /** The link took too long and its state expired. */
  | { kind: 'expired' }
  | { kind: 'failed'; error: PlugboardError };

/** Where a running link is, for the element to say. */
export type AccountLinkPhase =
  /** Asking the backend for the provider's address. */
  | 'starting'
  /** The consent window is open. */
  | 'waiting'
  /** The browser blocked the window: the admin opens the address from a link. */
  | 'blocked'
  /** The window is gone or out of reach; asking the backend whether the link completed. */
  | 'checking';

export interface AccountLinkHooks {
  /** Opens the consent window; `window.open` unless a host or a test provides another. */
  openWindow: (url: string, target: string, features: string) => Window | null;
  onPhase: (phase: AccountLinkPhase, authorizationUrl: string | undefined) => void;
  /**
   * A status check failed: the link may have completed, so it goes on ("Check again");
   * `undefined` once a later check answered.
   */
  onCheckFailed: (error: PlugboardError | undefined) => void;
  onEnd: (outcome: AccountLinkOutcome) => void;
}

/** Failures after which a completion may have been stored: its answer, not its request, was lost. */
const ANSWER_LOST: ReadonlySet<string> = new Set(['invalid-response', 'network', 'timeout', 'server']);

/** A completion the backend refused outright (an unknown or used state): the link cannot go on. */
class CompletionRefused extends Error {
  readonly reason: PlugboardError;

  constructor(reason: PlugboardError) {
    super(reason.message);
    this.reason = reason;
  }
}

/** How often the window's `closed` is read. */
const CLOSED_POLL_MS = 500;
/** How long a link may wait before its state has surely expired at the backend. */
const LINK_LIFETIME_MS = 10 * 60_000;

function isLinkMessage(data: unknown): data is AccountLinkMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message['type'] === ACCOUNT_LINK_MESSAGE_TYPE &&
    typeof message['state'] === 'string' &&
    (message['code'] === undefined || typeof message['code'] === 'string') &&
    (message['error'] === undefined || typeof message['error'] === 'string')
  );
}

/** The origin the provider sends the consent window back to: the redirect URI's, else the page's own. */
function completionOrigin(authorizationUrl: string): string {
  try {
    const redirect = new URL(authorizationUrl).searchParams.get('redirect_uri');
    if (redirect) return new URL(redirect).origin;
  } catch {
    // An address that does not parse has no redirect to trust.
  }
  return location.origin;
}

/**
 * One account link, from the click to its end. The consent window opens synchronously in
 * the click (browsers block windows opened after an `await`) and is sent to the provider
 * once the backend answered. It ends with the completion page's message (by `postMessage`
 * from the window's own origin, or by `BroadcastChannel` when the window lost its opener),
 * each accepted only for this link's state and only once; or, when the window closes or
 * the admin comes back to the page without a message, with the backend's word on the
 * link. A message is a hint, never proof: the account comes from the backend.
 */
export class AccountLinkFlow {
  private readonly api: ApiAdapter;
  private readonly hooks: AccountLinkHooks;
  private readonly options: RequestOptions;
  /** Aborts the link's requests when it ends (the element left the page, the admin cancelled). */
  private readonly abort = new AbortController();
  private popup: Window | null = null;
  private state = '';
  private expectedOrigin = '';
  private authorizationUrl: string | undefined;
  private channel: BroadcastChannel | undefined;
  private closedTimer: ReturnType<typeof setInterval> | undefined;
  private lifetimeTimer: ReturnType<typeof setTimeout> | undefined;
  private ended = false;
  /** A completion or status call under way: a second message waits for it. */
  private settling = false;

  constructor(api: ApiAdapter, hooks: AccountLinkHooks, locale: string) {
    this.api = api;
    this.hooks = hooks;
    this.options = { locale, signal: this.abort.signal };
  }

  /** Call synchronously inside the click handler. */
  start(serviceId: string): void {
    this.popup = this.hooks.openWindow('', 'plugboard-account-link', 'popup,width=520,height=680');
    this.hooks.onPhase('starting', undefined);
    void this.begin(serviceId);
  }

  /** Ends the link as cancelled by the admin; closes the window if it is still ours. */
  cancel(): void {
    this.finish({ kind: 'cancelled' });
  }

  /** Asks the backend now (the admin's "Check again", or a host polling). */
  async check(): Promise<void> {
    if (this.ended || !this.state) return;
    await this.settle(() => this.api.getAccountLink(this.state, this.options), false);
  }

  get active(): boolean {
    return !this.ended;
  }

  private async begin(serviceId: string): Promise<void> {
    let link;
    try {
      link = await this.api.beginAccountLink(serviceId, this.options);
    } catch (error) {
      this.finish({ kind: 'failed', error: toPlugboardError(error) });
      return;
    }
    if (this.ended) return;
    this.state = link.state;
    this.authorizationUrl = link.authorizationUrl;
    this.expectedOrigin = completionOrigin(link.authorizationUrl);
    addEventListener('message', this.onMessage);
    addEventListener('focus', this.onFocus);
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(ACCOUNT_LINK_CHANNEL);
      this.channel.addEventListener('message', this.onChannelMessage);
    }
    this.lifetimeTimer = setTimeout(() => void this.check(), LINK_LIFETIME_MS);
    const popup = this.popup;
    if (!popup || popup.closed) {
      this.hooks.onPhase('blocked', link.authorizationUrl);
      return;
    }
    popup.location.href = link.authorizationUrl;
    this.hooks.onPhase('waiting', link.authorizationUrl);
    this.closedTimer = setInterval(this.onPoll, CLOSED_POLL_MS);
  }

  private readonly onMessage = (event: MessageEvent): void => {
    if (event.origin !== this.expectedOrigin) return;
    this.accept(event.data);
  };

  private readonly onChannelMessage = (event: MessageEvent): void => {
    this.accept(event.data);
  };

  private accept(data: unknown): void {
    if (this.ended || !isLinkMessage(data) || data.state !== this.state) return;
    const { code, error } = data;
    if (code !== undefined || error !== undefined) {
      const completion = { state: this.state, ...(code === undefined ? {} : { code }), ...(error === undefined ? {} : { error }) };
      void this.settle(async () => {
        try {
          return this.linked(await this.api.completeAccountLink(completion, this.options));
        } catch (failure) {
          const { code } = toPlugboardError(failure);
          // The provider's refusal, passed on by the backend.
          if (code === 'forbidden') return { state: this.state, status: 'denied', account: null };
          // The answer, not the completion, may have been lost: the backend says whether it was stored.
          // Still pending, it was not: the completion failed, and the provider's code is spent.
          const status = ANSWER_LOST.has(code) ? await this.api.getAccountLink(this.state, this.options) : undefined;
          if (status && status.status !== 'pending') return status;
          throw new CompletionRefused(toPlugboardError(failure));
        }
      }, false);
    } else {
      // The backend completed the link at its redirect URI: ask it how.
      void this.settle(() => this.api.getAccountLink(this.state, this.options), false);
    }
  }

  /**
   * The window was closed, or is out of reach (a provider's Cross-Origin-Opener-Policy
   * cuts the opener and makes it read as closed). Closed by the admin, the page has the
   * focus back: the backend's "pending" means cancelled. Without the focus, the window may
   * still be open: wait for its message or for the admin's return.
   */
  private readonly onPoll = (): void => {
    if (!this.popup?.closed) return;
    clearInterval(this.closedTimer);
    this.closedTimer = undefined;
    this.hooks.onPhase('checking', this.authorizationUrl);
    void this.settle(() => this.api.getAccountLink(this.state, this.options), document.hasFocus());
  };

  /** The admin is back on the page: with the window closed or unreachable, the backend decides. */
  private readonly onFocus = (): void => {
    if (this.ended || this.closedTimer !== undefined) return;
    void this.settle(() => this.api.getAccountLink(this.state, this.options), true);
  };

  private linked(account: SyncAccount): AccountLinkStatus {
    return { state: this.state, status: 'linked', account };
  }

  /**
   * Runs a completion or a status check and ends the link by its answer. A link still
   * pending ends as cancelled only when `pendingEnds` (the admin is back, the window gone).
   */
  private async settle(call: () => Promise<AccountLinkStatus>, pendingEnds: boolean): Promise<void> {
    if (this.ended || this.settling) return;
    this.settling = true;
    let status: AccountLinkStatus;
    try {
      status = await call();
    } catch (error) {
      this.settling = false;
      if (this.ended) return;
      if (error instanceof CompletionRefused) {
        this.finish({ kind: 'failed', error: error.reason });
        return;
      }
      // A check that failed says nothing of the link, which may be complete: it goes on.
      this.hooks.onCheckFailed(toPlugboardError(error));
      this.hooks.onPhase(this.popup || this.closedTimer !== undefined ? 'checking' : 'blocked', this.authorizationUrl);
      return;
    }
    this.settling = false;
    if (this.ended) return;
    this.hooks.onCheckFailed(undefined);
    if (status.status === 'linked' && status.account) this.finish({ kind: 'linked', account: status.account });
    else if (status.status === 'denied') this.finish({ kind: 'denied' });
    else if (status.status === 'expired') this.finish({ kind: 'expired' });
    else if (pendingEnds) this.finish({ kind: 'cancelled' });
    else if (this.closedTimer === undefined) this.hooks.onPhase(this.popup ? 'checking' : 'blocked', this.authorizationUrl);
  }

  private finish(outcome: AccountLinkOutcome): void {
    if (this.ended) return;
    this.ended = true;
    this.abort.abort();
    clearInterval(this.closedTimer);
    clearTimeout(this.lifetimeTimer);
    removeEventListener('message', this.onMessage);
    removeEventListener('focus', this.onFocus);
    this.channel?.close();
    if (outcome.kind !== 'linked' && this.popup && !this.popup.closed) this.popup.close();
    this.popup = null;
    this.hooks.onEnd(outcome);
  }
}
