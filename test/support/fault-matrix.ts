/**
 * The fault matrix: `describeFaultMatrix(spec)` runs every operation an element uses
 * against every fault of `FAULTS` (one mocha test per cell) and checks what a user sees:
 * no uncaught exception, a message in the element's language, Retry where a read failed
 * (and that it recovers), the user's input kept after a failed write, no stale answer on
 * screen, no request left running once the element is gone, and a `pb-error` naming the
 * operation and code.
 *
 * An element plugs in with one spec object: how to mount it (a row may mount it its own
 * way, e.g. to edit a stored item), and per operation how the user reaches it, what
 * success looks like and (for writes) what the user typed.
 *
 *   describeFaultMatrix<SyncSettings>({
 *     tag: 'sync-settings', locale: 'ru',
 *     mount: (adapter, lang) => fixture(html`<sync-settings lang=${lang} .adapter=${adapter}></sync-settings>`),
 *     operations: [
 *       { operation: 'getSyncSettings', kind: 'read', loaded: (cell) => cell.waitForText([…], 'the settings') },
 *       { operation: 'saveSyncSettings', kind: 'write', prepare: …type a client id…, act: …click Save…,
 *         input: (cell) => …the typed values…, saved: …"Saved" shows…,
 *         fieldErrors: { 'oauthClient.clientId': { code: 'required' } } },
 *     ],
 *   });
 */
import { fixtureCleanup } from '@open-wc/testing';
import type { TOptions } from 'i18next';
import type { AdapterOperation, ApiAdapter } from '../../src/api/adapter.js';
import type { FieldError } from '../../src/api/errors.js';
import type { MemoryAdapter } from '../../src/api/memory/memory-adapter.js';
import type { PbErrorDetail, PbErrorEvent } from '../../src/events/error-event.js';
import type { StringKey } from '../../src/i18n/keys.js';
import { localizedFieldError } from '../../src/internal/form-controller.js';
import { PlugboardElement } from '../../src/internal/plugboard-element.js';
import { FAULTS, FAULT_TIMEOUT_MS, FaultyServer, answersBody, type ErrorFault, type Fault, type Hold, type RequestFilter } from './fault-harness.js';

// ---- what a user sees ---------------------------------------------------------------------

/** Whether an element is rendered (not `display: none`, not `visibility: hidden`, not in a closed dialog). */
export function isShown(element: Element): boolean {
  if (element.checkVisibility({ visibilityProperty: true })) return true;
  // A `display: contents` element has no box of its own (checkVisibility says false); its
  // children show when its parent does.
  if (getComputedStyle(element).display !== 'contents') return false;
  const parent = element.assignedSlot ?? element.parentElement ?? (element.parentNode instanceof ShadowRoot ? element.parentNode.host : null);
  return parent === null || isShown(parent);
}

/** Every match of `selector` in the composed tree under `root`, through open shadow roots. */
export function deepQueryAll<T extends Element = HTMLElement>(root: Node, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      if (node.matches(selector)) found.push(node as T);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

/** The text a user can see under `root`, through shadow roots, white space folded. */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element) {
      if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement || node instanceof HTMLTemplateElement) return;
      if (!isShown(node)) return;
      if (node instanceof HTMLSlotElement) {
        const assigned = node.assignedNodes({ flatten: true });
        for (const child of assigned.length > 0 ? assigned : [...node.childNodes]) visit(child);
        return;
      }
      if (node.shadowRoot) {
        visit(node.shadowRoot);
        return;
      }
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Whether `message` is shown inside a live region (role `alert`, `status` or `log`, or
 * `aria-live` polite or assertive), so a screen reader announces it when it appears.
 */
export function announced(root: Element, message: string): boolean {
  const wanted = fold(message);
  const holders = deepQueryAll(root, '*').filter(
    (element) =>
      isShown(element) &&
      fold(element.textContent ?? '').includes(wanted) &&
      ![...element.children].some((child) => fold(child.textContent ?? '').includes(wanted)),
  );
  return holders.some((holder) => {
    for (let node: Element | null = holder; node; ) {
      const role = node.getAttribute('role');
      const live = node.getAttribute('aria-live');
      if (role === 'alert' || role === 'status' || role === 'log' || live === 'polite' || live === 'assertive') return true;
      if (live === 'off') return false;
      const parent: Node | null = node.assignedSlot ?? node.parentNode;
      node = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
    }
    return false;
  });
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** How long nothing may happen before a wait gives up early (see `MatrixCell.until`). */
const QUIET_MS = 600;

/** Polls `condition` every 20 ms for at most `ms`; true when it held. */
export async function until(condition: () => boolean, ms = 3000): Promise<boolean> {
  const deadline = performance.now() + ms;
  for (;;) {
    if (condition()) return true;
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits `ms`, for what must *not* happen to have its chance. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Strings in one locale, through the elements' own i18n (plurals and numbers included). */
class FaultMatrixStrings extends PlugboardElement {
  text(key: StringKey, options?: TOptions): string {
    return this.t(key, options);
  }

  /** A field's refusal as the form controller words it. */
  fieldMessage(error: FieldError): string {
    return localizedFieldError(this.i18n, error);
  }

  override render() {
    return null;
  }
}
if (!customElements.get('fault-matrix-strings')) customElements.define('fault-matrix-strings', FaultMatrixStrings);

/** A hidden string source in `locale`, on the page, its language loaded. */
async function stringsIn(locale: string): Promise<FaultMatrixStrings> {
  const strings = document.createElement('fault-matrix-strings') as FaultMatrixStrings;
  strings.lang = locale;
  strings.hidden = true;
  document.body.append(strings);
  await strings.updateComplete;
  return strings;
}

// ---- the spec an element writes -------------------------------------------------------------

/** What a spec's functions get: the element, the server, and helpers that act and look as a user. */
export interface Cell<E extends HTMLElement> {
  readonly element: E;
  readonly server: FaultyServer;
  /** The healthy backend behind the server, to read expected data from (in `locale`). */
  readonly backend: MemoryAdapter;
  readonly locale: string;
  /** A string in the cell's locale. */
  t(key: StringKey, options?: TOptions): string;
  /** A string in another locale (after a language switch). */
  tIn(locale: string, key: StringKey, options?: TOptions): Promise<string>;
  /** The text a user sees in the element (through its shadow roots and nested elements). */
  text(): string;
  /** Every visible match of `selector` in the element's composed tree. */
  all<T extends HTMLElement = HTMLElement>(selector: string): T[];
  /** The first visible match of `selector`, or undefined. */
  find<T extends HTMLElement = HTMLElement>(selector: string): T | undefined;
  /** The visible button whose text is `label` (as the user reads it), or undefined. */
  button(label: string, within?: Element): HTMLButtonElement | undefined;
  /** Waits (bounded) until `condition` holds; fails with `what` otherwise. */
  waitFor(condition: () => boolean, what: string, ms?: number): Promise<void>;
  /** Waits until every text is visible. */
  waitForText(texts: string[], what: string, ms?: number): Promise<void>;
}

interface OperationBase<E extends HTMLElement> {
  operation: AdapterOperation;
  /** The row's name when one operation has several rows (e.g. a later page); the operation's by default. */
  label?: string;
  /** Which requests of the operation the fault hits (e.g. only those with a cursor); all by default. */
  requests?: RequestFilter;
  /** A backend for this row only (e.g. one with enough apps to page); the spec's by default. */
  backend?: () => MemoryAdapter;
  /** Backend state this operation needs, set before the element is mounted. */
  setup?: (backend: MemoryAdapter) => Promise<void>;
  /**
   * How this row mounts the element, when not as the spec's `mount` (e.g. another mode of
   * it: editing a stored item rather than creating one); same contract.
   */
  mount?: (adapter: ApiAdapter, locale: string) => Promise<E>;
  /**
   * Per-field reasons a 422 carries for this operation, keyed by the request's paths that
   * the element maps onto fields it shows: then the fields' localized messages are
   * expected rather than the general one.
   */
  fieldErrors?: Record<string, FieldError>;
  /** Skips cells that cannot apply to this operation (by fault id), with the reason; reported as pending. */
  skip?: Partial<Record<string, string>>;
  /** Other operations whose failures are part of this row's scenario (set up by its `mount`), so their pb-errors are expected. */
  alsoReports?: AdapterOperation[];
}

/** A read: runs by itself (on mount, or once the user reaches it) and shows what it loaded. */
export interface ReadSpec<E extends HTMLElement> extends OperationBase<E> {
  kind: 'read';
  /** What the user does after mounting for this read to be made; nothing for reads on mount. */
  reach?: (cell: Cell<E>) => Promise<void>;
  /** Waits for, and checks, what the user sees once the read succeeded. */
  loaded: (cell: Cell<E>) => Promise<void>;
  /**
   * For reads whose arguments can change (an id, the locale): `ask` makes the element ask
   * again with newer arguments; `shown` waits for the newer answer on screen and checks
   * that nothing of the older one is.
   */
  stale?: {
    ask: (cell: Cell<E>) => Promise<void>;
    shown: (cell: Cell<E>) => Promise<void>;
    /** What the user does once the newer answer shows, before the older one lands (e.g. saves a change). */
    meanwhile?: (cell: Cell<E>) => Promise<void>;
    /** What must show after the older answer landed, when `meanwhile` changed it; `shown` by default. */
    finally?: (cell: Cell<E>) => Promise<void>;
  };
}

/** A write: sent by a user action, after the user typed or chose something. */
export interface WriteSpec<E extends HTMLElement> extends OperationBase<E> {
  kind: 'write';
  /** Everything up to the action, with a healthy backend: loaded, dialog open, fields typed. */
  prepare: (cell: Cell<E>) => Promise<void>;
  /** The action that sends the request (a click); it returns without waiting for the answer. */
  act: (cell: Cell<E>) => Promise<void>;
  /** What the user typed or chose, which a failed write must leave as it was. */
  input: (cell: Cell<E>) => unknown;
  /** How the user tries again after a failure; `act` by default. */
  retry?: (cell: Cell<E>) => Promise<void>;
  /** Waits for, and checks, what the user sees once the write succeeded. */
  saved: (cell: Cell<E>) => Promise<void>;
  /**
   * Faults after which the backend had stored the write though its answer was unreadable,
   * and the element finds what was stored and finishes by itself: `saved` is expected at once.
   */
  recovers?: (fault: ErrorFault) => boolean;
}

export type OperationSpec<E extends HTMLElement> = ReadSpec<E> | WriteSpec<E>;

export interface FaultMatrixSpec<E extends HTMLElement> {
  /** The tag, for the test names. */
  tag: string;
  /** The locale the element renders in: not English, so "localized" means something. */
  locale: string;
  /** A fresh backend for each cell; the bundled fixtures by default. */
  backend?: () => MemoryAdapter;
  /** Renders the element (attached to the document) with `adapter` and `lang=locale`. */
  mount: (adapter: ApiAdapter, locale: string) => Promise<E>;
  operations: OperationSpec<E>[];
  /** Operations the element calls through nested elements whose own specs cover them. */
  coveredElsewhere?: AdapterOperation[];
  /** How long (ms) a cell waits for what should appear; 3000 by default. */
  patience?: number;
}

/** The cells of a spec: every operation with every fault that applies to it. */
export function cellsOf<E extends HTMLElement>(spec: FaultMatrixSpec<E>): { operation: OperationSpec<E>; fault: Fault }[] {
  const cells: { operation: OperationSpec<E>; fault: Fault }[] = [];
  for (const operation of spec.operations) {
    for (const fault of FAULTS) {
      if (fault.kind === 'stale' && (operation.kind !== 'read' || !operation.stale)) continue;
      if (fault.kind === 'error' && fault.needsBody && !answersBody(operation.operation)) continue;
      cells.push({ operation, fault });
    }
  }
  return cells;
}

// ---- one cell ---------------------------------------------------------------------------------

/** A failed check of a cell; the cell goes on where it can and reports them all. */
class Problems {
  readonly list: string[] = [];

  check(ok: boolean, message: string): boolean {
    if (!ok) this.list.push(message);
    return ok;
  }

  async attempt(what: string, step: () => Promise<void>): Promise<boolean> {
    try {
      await step();
      return true;
    } catch (error) {
      this.list.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }
}

function excerpt(text: string, length = 300): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

class MatrixCell<E extends HTMLElement> implements Cell<E> {
  readonly server: FaultyServer;
  readonly locale: string;
  readonly patience: number;
  readonly errors: PbErrorDetail[] = [];
  readonly uncaught: string[] = [];
  private mounted: E | undefined;
  private readonly mountElement: (adapter: ApiAdapter, locale: string) => Promise<E>;
  private strings: FaultMatrixStrings | undefined;
  private readonly onError = (event: ErrorEvent) => {
    event.preventDefault();
    this.uncaught.push(`uncaught ${event.error instanceof Error ? `${event.error.name}: ${event.error.message}` : event.message}`);
  };
  private readonly onRejection = (event: PromiseRejectionEvent) => {
    event.preventDefault();
    const reason: unknown = event.reason;
    this.uncaught.push(`unhandled rejection ${reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason)}`);
  };
  private readonly onPbError = (event: PbErrorEvent) => {
    this.errors.push({ operation: event.detail.operation, code: event.detail.code });
  };

  constructor(spec: FaultMatrixSpec<E>, operation: OperationSpec<E>) {
    this.locale = spec.locale;
    this.patience = spec.patience ?? 3000;
    this.mountElement = operation.mount ?? spec.mount;
    const backend = operation.backend ?? spec.backend;
    this.server = new FaultyServer(backend ? { backend: backend() } : {});
  }

  get element(): E {
    if (!this.mounted) throw new Error('the element is not mounted yet');
    return this.mounted;
  }

  get backend(): MemoryAdapter {
    return this.server.backend;
  }

  async start(): Promise<void> {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
    // Captured at the window, so an error announced while mounting is not missed.
    window.addEventListener('pb-error', this.onPbError, true);
    this.strings = await stringsIn(this.locale);
  }

  /** Mounts the element as the cell's row does (its own `mount`, else the spec's). */
  async mount(): Promise<void> {
    this.mounted = await this.mountElement(this.server.adapter, this.locale);
  }

  stop(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
    window.removeEventListener('pb-error', this.onPbError, true);
    this.strings?.remove();
    this.server.releaseAll();
  }

  t(key: StringKey, options?: TOptions): string {
    if (!this.strings) throw new Error('the cell has not started');
    return this.strings.text(key, options);
  }

  async tIn(locale: string, key: StringKey, options?: TOptions): Promise<string> {
    const strings = await stringsIn(locale);
    try {
      return strings.text(key, options);
    } finally {
      strings.remove();
    }
  }

  fieldMessage(error: FieldError): string {
    if (!this.strings) throw new Error('the cell has not started');
    return this.strings.fieldMessage(error);
  }

  text(): string {
    return visibleText(this.element);
  }

  all<T extends HTMLElement = HTMLElement>(selector: string): T[] {
    return deepQueryAll<T>(this.element, selector).filter(isShown);
  }

  find<T extends HTMLElement = HTMLElement>(selector: string): T | undefined {
    return this.all<T>(selector)[0];
  }

  button(label: string, within?: Element): HTMLButtonElement | undefined {
    return deepQueryAll<HTMLButtonElement>(within ?? this.element, 'button').find(
      (button) => isShown(button) && fold(button.textContent ?? '') === fold(label),
    );
  }

  async waitFor(condition: () => boolean, what: string, ms = this.patience): Promise<void> {
    if (!(await this.until(condition, ms))) throw new Error(`timed out waiting for ${what}`);
  }

  async waitForText(texts: string[], what: string, ms = this.patience): Promise<void> {
    if (!(await this.until(() => texts.every((text) => this.text().includes(fold(text))), ms))) {
      const missing = texts.filter((text) => !this.text().includes(fold(text)));
      throw new Error(`${what}: not visible: ${missing.map((text) => `"${text}"`).join(', ')}; visible text: "${excerpt(this.text())}"`);
    }
  }

  /**
   * Polls `condition` for at most `ms`, and gives up sooner once nothing happens any more:
   * no request running and neither the requests nor the visible text changed for
   * `QUIET_MS`. Answers come in milliseconds here, so a quiet page will not change by
   * itself; this keeps a failing cell (and a broken element's matrix) quick.
   */
  async until(condition: () => boolean, ms = this.patience): Promise<boolean> {
    const start = performance.now();
    let quietSince = start;
    let last = this.activity();
    for (;;) {
      if (condition()) return true;
      const now = performance.now();
      if (now - start > ms) return false;
      const current = this.activity();
      if (current !== last || this.server.running().length > 0) {
        last = current;
        quietSince = now;
      } else if (now - quietSince > QUIET_MS) {
        return false;
      }
      await pause(25);
    }
  }

  private activity(): string {
    const { requests } = this.server;
    const settled = requests.filter((request) => request.settled).length;
    return `${requests.length}/${settled}/${this.mounted?.isConnected ? this.text() : ''}`;
  }

  /** The localized messages a user must see for `fault` on `operation`. */
  expectedMessages(fault: ErrorFault, operation: OperationSpec<E>): string[] {
    if (fault.id === '422' && operation.fieldErrors) {
      return Object.values(operation.fieldErrors).map((error) => this.fieldMessage(error));
    }
    if (fault.code === 'rate-limited') {
      return [fault.retryAfter ? this.t('errors.rate-limited', { count: fault.retryAfter }) : this.t('errors.rate-limited-soon')];
    }
    return [this.t(`errors.${fault.code}` as StringKey)];
  }

  /** Lets answers land and the element render them. */
  async settle(ms = 25): Promise<void> {
    await pause(ms);
    // A Lit element (and a Plugboard one, whose updateComplete also waits for its strings).
    await (this.mounted as Partial<{ updateComplete: Promise<unknown> }> | undefined)?.updateComplete;
  }
}

/**
 * The checks every cell ends with: nothing thrown at the window, and no pb-error from an
 * operation other than the faulted one (its code is checked on its own).
 */
function commonChecks<E extends HTMLElement>(
  cell: MatrixCell<E>,
  problems: Problems,
  faulted: AdapterOperation | undefined,
  expected: readonly AdapterOperation[] = [],
): void {
  problems.check(cell.uncaught.length === 0, `no uncaught exception or unhandled rejection; got: ${cell.uncaught.join('; ')}`);
  const unexpected = cell.errors.filter((error) => error.operation !== faulted && !expected.includes(error.operation));
  problems.check(
    unexpected.length === 0,
    `no pb-error ${faulted ? `other than ${faulted}'s` : 'at all'}; got: ${unexpected
      .map((error) => `${error.operation}/${error.code}`)
      .join(', ')}`,
  );
}

async function runErrorCell<E extends HTMLElement>(
  operation: OperationSpec<E>,
  fault: ErrorFault,
  cell: MatrixCell<E>,
  problems: Problems,
): Promise<void> {
  const { server } = cell;
  const op = operation.operation;
  let before: unknown;
  if (operation.kind === 'read') {
    server.inject(op, fault, { fieldErrors: operation.fieldErrors, filter: operation.requests });
    await cell.mount();
    if (operation.reach && !(await problems.attempt('reaching the operation', () => operation.reach!(cell)))) return;
  } else {
    await cell.mount();
    if (!(await problems.attempt('preparing the write (healthy backend)', () => operation.prepare(cell)))) return;
    before = structuredClone(operation.input(cell));
    server.inject(op, fault, { fieldErrors: operation.fieldErrors, filter: operation.requests });
    await operation.act(cell);
  }

  // The fault lands (a timeout takes the adapter's time), then the user sees it.
  await cell.until(() => server.requestsOf(op).some((request) => request.tampered && request.settled), FAULT_TIMEOUT_MS + cell.patience);
  await cell.settle();

  if (operation.kind === 'write' && operation.recovers?.(fault)) {
    await problems.attempt(`the stored ${op} is found and finished without the user`, () => operation.saved(cell));
    problems.check(
      cell.errors.some((error) => error.operation === op && error.code === fault.code),
      `pb-error { operation: "${op}", code: "${fault.code}" } was dispatched`,
    );
    return;
  }

  // A failure shown in the user's language.
  const expected = cell.expectedMessages(fault, operation);
  await problems.attempt(`a ${cell.locale} message for "${fault.code}" is visible`, () =>
    cell.waitForText(expected, 'expected message'),
  );
  problems.check(server.requestsOf(op).some((request) => request.tampered), `the element called ${op}`);
  const unannounced = expected.filter((message) => cell.text().includes(fold(message)) && !announced(cell.element, message));
  problems.check(
    unannounced.length === 0,
    `the message is in a live region (role=alert/status or aria-live), so it is announced; not announced: ${unannounced.join(' | ')}`,
  );

  // The host hears of it.
  problems.check(
    cell.errors.some((error) => error.operation === op && error.code === fault.code),
    `pb-error { operation: "${op}", code: "${fault.code}" } was dispatched; got: [${cell.errors
      .map((error) => `${error.operation}/${error.code}`)
      .join(', ')}]`,
  );

  if (operation.kind === 'write') {
    const after = operation.input(cell);
    problems.check(
      JSON.stringify(after) === JSON.stringify(before),
      `the user's input is kept after the failed ${op}: before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`,
    );
  }
  const failuresBefore = cell.errors.length;

  // Lifting the fault, the user tries again and it works.
  server.heal();
  if (operation.kind === 'read') {
    const retry = cell.button(cell.t('common.retry'));
    if (!problems.check(retry !== undefined, `a "${cell.t('common.retry')}" button is shown after the failed ${op}`)) return;
    retry!.click();
    if (!(await problems.attempt(`after Retry, ${op} succeeds and shows its data`, () => operation.loaded(cell)))) return;
  } else {
    const again = operation.retry ?? operation.act;
    await again(cell);
    if (!(await problems.attempt(`trying ${op} again succeeds`, () => operation.saved(cell)))) return;
  }
  await cell.settle();
  const stillShown = expected.filter((message) => cell.text().includes(fold(message)));
  problems.check(stillShown.length === 0, `the failure message is gone after recovering; still shown: ${stillShown.join(' | ')}`);
  problems.check(cell.errors.length === failuresBefore, `no new pb-error after recovering`);
}

async function runStaleCell<E extends HTMLElement>(
  operation: ReadSpec<E>,
  cell: MatrixCell<E>,
  problems: Problems,
): Promise<void> {
  const stale = operation.stale!;
  const op = operation.operation;
  // The first answer is computed when asked and delivered late, even though it was aborted.
  const hold: Hold = cell.server.hold(op, { count: 1, honourAbort: false, filter: operation.requests });
  await cell.mount();
  if (operation.reach && !(await problems.attempt('reaching the operation', () => operation.reach!(cell)))) return;
  if (!(await problems.attempt(`the first ${op} is asked`, () => cell.waitFor(() => hold.requests.length === 1, `the first ${op}`)))) return;
  await stale.ask(cell);
  if (!(await problems.attempt('the newer answer is shown', () => stale.shown(cell)))) return;
  if (stale.meanwhile && !(await problems.attempt('meanwhile, the user carries on', () => stale.meanwhile!(cell)))) return;
  hold.release();
  await until(() => hold.requests.every((request) => request.settled), 1000);
  problems.check(
    hold.requests.every((request) => request.outcome === 'answered'),
    `the older ${op} answer was delivered (outcomes: ${hold.requests.map((request) => request.outcome).join(', ')})`,
  );
  await cell.settle(120);
  await problems.attempt(`after the older ${op} answer landed, the newer one is still what is shown`, () =>
    (stale.finally ?? stale.shown)(cell),
  );
}

async function runRemovalCell<E extends HTMLElement>(
  operation: OperationSpec<E>,
  cell: MatrixCell<E>,
  problems: Problems,
): Promise<void> {
  const op = operation.operation;
  let hold: Hold;
  if (operation.kind === 'read') {
    hold = cell.server.hold(op, { honourAbort: true, filter: operation.requests });
    await cell.mount();
    if (operation.reach && !(await problems.attempt('reaching the operation', () => operation.reach!(cell)))) return;
  } else {
    await cell.mount();
    if (!(await problems.attempt('preparing the write (healthy backend)', () => operation.prepare(cell)))) return;
    hold = cell.server.hold(op, { honourAbort: true, filter: operation.requests });
    await operation.act(cell);
  }
  if (!(await problems.attempt(`${op} is under way`, () => cell.waitFor(() => hold.requests.length > 0, `${op} to be asked`)))) return;

  cell.element.remove();
  await pause(50);
  const running = cell.server.running();
  problems.check(
    running.length === 0,
    `no request left running after the element was removed; still running: ${running.map((request) => request.url).join(', ')}`,
  );
  const asked = cell.server.requests.length;
  hold.release();
  await pause(150);
  const later = cell.server.requests.slice(asked);
  problems.check(later.length === 0, `no request made after the element was removed; made: ${later.map((request) => request.url).join(', ')}`);
}

/** What operations an element called during its cells, per spec (for the coverage check). */
const called = new WeakMap<FaultMatrixSpec<HTMLElement>, Set<AdapterOperation>>();

/**
 * Runs one cell and returns its problems (empty when the element behaved): what
 * `describeFaultMatrix` turns into a test, exported so the harness can be tested itself.
 */
export async function runFaultCell<E extends HTMLElement>(
  spec: FaultMatrixSpec<E>,
  operation: OperationSpec<E>,
  fault: Fault,
): Promise<string[]> {
  const cell = new MatrixCell(spec, operation);
  const problems = new Problems();
  await operation.setup?.(cell.server.backend);
  await cell.start();
  try {
    if (fault.kind === 'error') await runErrorCell(operation, fault, cell, problems);
    else if (fault.kind === 'stale') await runStaleCell(operation as ReadSpec<E>, cell, problems);
    else await runRemovalCell(operation, cell, problems);
    await cell.settle();
    commonChecks(cell, problems, fault.kind === 'error' ? operation.operation : undefined, operation.alsoReports);
  } finally {
    const seen = called.get(spec as unknown as FaultMatrixSpec<HTMLElement>) ?? new Set<AdapterOperation>();
    for (const request of cell.server.requests) if (request.operation) seen.add(request.operation);
    called.set(spec as unknown as FaultMatrixSpec<HTMLElement>, seen);
    fixtureCleanup();
    await pause(0);
    cell.stop();
  }
  return problems.list;
}

/**
 * The runner stops a test file after 120 s and then reports nothing at all; a matrix that
 * runs long (many cells failing slowly) reports its remaining cells as not run instead.
 */
const MATRIX_BUDGET_MS = 100_000;
let matrixStarted: number | undefined;

/** One mocha test per (operation × fault) of `spec`, and a check that the spec names every operation the element calls. */
export function describeFaultMatrix<E extends HTMLElement>(spec: FaultMatrixSpec<E>): void {
  describe(`fault matrix: <${spec.tag}> in ${spec.locale}`, function () {
    this.timeout(20_000);
    for (const operation of spec.operations) {
      describe(`${operation.label ?? operation.operation} (${operation.kind})`, () => {
        for (const { operation: cellOperation, fault } of cellsOf(spec).filter((cell) => cell.operation === operation)) {
          const reason = operation.skip?.[fault.id];
          if (reason) {
            it.skip(`${fault.title} — ${reason}`, () => undefined);
            continue;
          }
          it(fault.title, async () => {
            matrixStarted ??= performance.now();
            const spent = performance.now() - matrixStarted;
            if (spent > MATRIX_BUDGET_MS) {
              throw new Error(`not run: this file's matrix used its ${MATRIX_BUDGET_MS / 1000} s budget; fix the failures above first`);
            }
            const problems = await runFaultCell(spec, cellOperation, fault);
            if (problems.length > 0) throw new Error(problems.map((line) => `• ${line}`).join('\n'));
          });
        }
      });
    }

    // In a suite of its own: mocha runs a suite's own tests before its child suites, and
    // this one must run after the cells.
    describe('coverage', () => {
      it('names every operation the element calls', () => {
        const seen = called.get(spec as unknown as FaultMatrixSpec<HTMLElement>) ?? new Set<AdapterOperation>();
        if (seen.size === 0) throw new Error('no cell of this matrix ran, so nothing tells which operations the element calls');
        const named = new Set<AdapterOperation>([...spec.operations.map((operation) => operation.operation), ...(spec.coveredElsewhere ?? [])]);
        const missing = [...seen].filter((operation) => !named.has(operation));
        if (missing.length > 0) throw new Error(`<${spec.tag}> calls ${missing.join(', ')}, which its fault-matrix spec does not name`);
      });
    });
  });
}
