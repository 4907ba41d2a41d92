import { consume } from '@lit/context';
import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ApiAdapter, RequestOptions } from '../api/adapter.js';
import { checkedAdapter, parseReportOf, wrapOperations } from '../api/checked-adapter.js';
import { isAbortError, type PlugboardError } from '../api/errors.js';
import { PbErrorEvent } from '../events/error-event.js';
import { adapterContext, ensureContextRoot } from './adapter-context.js';
import { AdapterTask, type AdapterTaskConfig, type AdapterTaskHost } from './adapter-task.js';
import { PlugboardElement } from './plugboard-element.js';

const checkedAdapters = new WeakMap<ApiAdapter, ApiAdapter>();

function checked(adapter: ApiAdapter): ApiAdapter {
  let wrapped = checkedAdapters.get(adapter);
  if (!wrapped) {
    wrapped = checkedAdapter(adapter);
    checkedAdapters.set(adapter, wrapped);
  }
  return wrapped;
}

/**
 * An element that talks to the host's backend: the adapter comes from its `adapter`
 * property or from an ancestor's context, every answer is parsed, every call runs in an
 * `AdapterTask` (aborted when the element leaves the page) and every failure is announced
 * as a `pb-error` naming its operation.
 */
export abstract class AdapterElement extends PlugboardElement implements AdapterTaskHost {
  /** The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. */
  @property({ attribute: false }) adapter: ApiAdapter | undefined;

  @consume({ context: adapterContext, subscribe: true })
  @state()
  protected contextAdapter: ApiAdapter | undefined;

  /** Milliseconds an element waits for an adapter before it says it has none. */
  static adapterGracePeriod = 2000;

  /** Set once the grace period passed without an adapter. */
  @state() private adapterOverdue = false;

  private adapterTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly tasks: AdapterTask<readonly unknown[], unknown>[] = [];
  private reporting: { adapter: ApiAdapter; api: ApiAdapter } | undefined;

  /** The adapter as given: what nested elements are handed. */
  protected get givenAdapter(): ApiAdapter | undefined {
    return this.adapter ?? this.contextAdapter;
  }

  /**
   * The adapter tasks call: answers checked against the contract, failures announced as
   * `pb-error` with the operation's name (aborts are not failures).
   */
  get taskAdapter(): ApiAdapter | undefined {
    const adapter = this.givenAdapter;
    if (!adapter) return undefined;
    if (this.reporting?.adapter !== adapter) {
      const api = wrapOperations(checked(adapter), (operation, call) => async (...args) => {
        // A call whose run was given up (overtaken, or the element left) reports nothing: its answer is not shown.
        const abandoned = () => (args.at(-1) as RequestOptions | undefined)?.signal?.aborted === true;
        try {
          const answer = await call(...args);
          const partial = parseReportOf(answer);
          if (partial && !abandoned()) this.dispatchEvent(new PbErrorEvent({ operation, code: 'invalid-response', partial }));
          return answer;
        } catch (error) {
          if (!isAbortError(error) && !abandoned()) {
            this.dispatchEvent(new PbErrorEvent({ operation, code: (error as PlugboardError).code }));
          }
          throw error;
        }
      });
      this.reporting = { adapter, api };
    }
    return this.reporting.api;
  }

  get taskLocale(): string {
    return this.i18n.requestedLocale;
  }

  /**
   * A read (with `args`) or a write (without) through the adapter; see `AdapterTask`.
   * Create tasks as class fields, so they exist before the first update.
   */
  protected adapterTask<const Args extends readonly unknown[], Result>(
    config: AdapterTaskConfig<Args, Result>,
  ): AdapterTask<Args, Result> {
    const task = new AdapterTask(this, config);
    this.tasks.push(task as unknown as AdapterTask<readonly unknown[], unknown>);
    return task;
  }

  override connectedCallback(): void {
    // Before the context consumer asks, so a provider added later can still answer.
    ensureContextRoot();
    super.connectedCallback();
    // A write cut off by leaving the page may or may not have been stored: read again.
    if (this.tasks.some((task) => task.interrupted)) {
      for (const task of this.tasks) {
        task.interrupted = false;
        if (task.reads && task.status !== TaskStatus.INITIAL) void task.run();
      }
    }
    // A provider may still appear (context requests are replayed), so wait before saying so.
    const gracePeriod = (this.constructor as typeof AdapterElement).adapterGracePeriod;
    this.adapterTimer = setTimeout(() => {
      if (this.givenAdapter) return;
      this.adapterOverdue = true;
      console.warn(`<${this.localName}> has no adapter: set its adapter property or call provideAdapter() on an ancestor.`);
    }, gracePeriod);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.adapterTimer);
  }

  /** "Loading…", or, when no adapter came at all, a message that nothing can load. */
  protected renderLoading(): TemplateResult {
    if (!this.givenAdapter && this.adapterOverdue) {
      return html`<p class="alert" role="alert" part="error">${this.t('errors.noAdapter')}</p>`;
    }
    return html`<p role="status" class="muted" part="loading">${this.t('common.loading')}</p>`;
  }

  /**
   * A read that failed: what failed (`lead`, when the element says), why, in the element's
   * language, and Retry. Announced, since it replaces what was loading.
   */
  protected renderLoadFailure(error: PlugboardError, lead?: string): TemplateResult {
    return html`<div class="alert load-failure" role="alert" part="error">
      <p>${lead ? `${lead} ` : nothing}${this.errorMessage(error)}</p>
      <button class="button" part="retry-button" @click=${() => this.load()}>${this.t('common.retry')}</button>
    </div>`;
  }

  /** Runs the element's reads again; Retry calls it. */
  abstract load(): Promise<void>;

  /** A failure in the words of the element's language. */
  protected errorMessage(error: PlugboardError): string {
    if (error.code === 'rate-limited') {
      return error.retryAfter
        ? this.t('errors.rate-limited', { count: error.retryAfter })
        : this.t('errors.rate-limited-soon');
    }
    if (error.code === 'limit-reached') {
      return error.limit ? this.t('errors.limit-reached', { count: error.limit }) : this.t('errors.server');
    }
    return this.t(`errors.${error.code}`);
  }
}
