import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiAdapter, RequestOptions } from '../api/adapter.js';
import { wrapOperations } from '../api/checked-adapter.js';
import { PlugboardError, isAbortError, toPlugboardError } from '../api/errors.js';

/**
 * The adapter as one run sees it: a call that settles after the run's signal fired
 * rejects with the abort, so a `run` never goes on to change the element's state with an
 * answer that was overtaken, even from an adapter that ignores its signal.
 */
function untilAborted(api: ApiAdapter, signal: AbortSignal): ApiAdapter {
  return wrapOperations(api, (_operation, call) => async (...args) => {
    try {
      return await call(...args);
    } finally {
      signal.throwIfAborted();
    }
  });
}

/** What an element lends its tasks: the adapter in use and the locale it renders in. */
export interface AdapterTaskHost extends ReactiveControllerHost {
  readonly taskAdapter: ApiAdapter | undefined;
  readonly taskLocale: string;
}

/** What a read answers when its arguments say there is nothing to load (no app chosen). */
export const idle: typeof initialState = initialState;

export interface AdapterTaskConfig<Args extends readonly unknown[], Result> {
  /**
   * For a read: the values it depends on. It runs when the element first has an adapter
   * and again whenever one of these, the adapter or the locale changes. Omit it for a write,
   * which runs only when `run()` is called.
   */
  args?: () => Args;
  /** The adapter calls; `options` carries this run's abort signal and the element's locale. */
  run: (api: ApiAdapter, args: Args, options: Required<RequestOptions>) => Promise<Result | typeof idle>;
}

/** How one `run()` ended: its value, its error, or `undefined` when it was aborted or overtaken. */
export type TaskOutcome<Result> = { value: Result } | { error: PlugboardError } | undefined;

export interface TaskRenderer<Result, Rendered> {
  /** Before the first answer, and while a run is under way. */
  pending: () => Rendered;
  complete: (value: Result) => Rendered;
  error: (error: PlugboardError) => Rendered;
}

type RunArgs<Args extends readonly unknown[]> = [ApiAdapter | undefined, string, ...Args];

/**
 * Every adapter call of an element, read or write, built on `@lit/task`: each run gets its
 * own `AbortSignal` and aborts the run before it, so an answer that arrives after a newer
 * request is never shown; a run in flight is aborted when the element leaves the page, and
 * a read interrupted that way runs again when it returns. Failures are `PlugboardError`s.
 */
export class AdapterTask<Args extends readonly unknown[], Result> implements ReactiveController {
  private readonly task: Task<RunArgs<Args>, Result>;
  private readonly host: AdapterTaskHost;
  /** A read (it has args and runs by itself), as opposed to a write. */
  readonly reads: boolean;
  /** Counts the runs started, so `run()` can tell whether its run was overtaken. */
  private started = 0;
  /** The last answer and the arguments it was for (the adapter and locale aside). */
  private settled: { args: readonly unknown[]; value: Result } | undefined;
  private readonly argsOf: (() => Args) | undefined;
  /** Set when leaving the page aborted a run: its answer may or may not have been stored. */
  interrupted = false;

  constructor(host: AdapterTaskHost, config: AdapterTaskConfig<Args, Result>) {
    this.host = host;
    const argsOf = config.args;
    this.argsOf = argsOf;
    this.reads = argsOf !== undefined;
    this.task = new Task<RunArgs<Args>, Result>(host, {
      autoRun: this.reads,
      args: argsOf ? () => [host.taskAdapter, host.taskLocale, ...argsOf()] : undefined,
      task: async ([api, locale, ...args], { signal }) => {
        this.started += 1;
        // Without an adapter there is nothing to ask; the element says so while it waits.
        if (!api) return initialState;
        try {
          const value = await config.run(untilAborted(api, signal), args as unknown as Args, { signal, locale });
          if (value !== idle && !signal.aborted) this.settled = { args, value };
          return value;
        } catch (caught) {
          throw isAbortError(caught) || signal.aborted ? caught : toPlugboardError(caught);
        }
      },
    });
    host.addController(this);
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  /** True while a run is under way. */
  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /**
   * The last run's answer, when it succeeded. While a read runs again for the same
   * arguments in another language (or from another adapter), the previous answer stands,
   * so switching `lang` does not blank the element.
   */
  get value(): Result | undefined {
    if (this.task.status === TaskStatus.COMPLETE) return this.task.value;
    const settled = this.settled;
    if (!settled || !this.argsOf || this.task.status === TaskStatus.ERROR) return undefined;
    const args = this.argsOf();
    return args.length === settled.args.length && args.every((arg, index) => Object.is(arg, settled.args[index]))
      ? settled.value
      : undefined;
  }

  /** The last run's failure; an aborted run is not a failure. */
  get error(): PlugboardError | undefined {
    const error: unknown = this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
    return error instanceof PlugboardError ? error : undefined;
  }

  /** Resolves once the run under way, if any, has settled (however it ended). */
  async whenSettled(): Promise<void> {
    await this.task.taskComplete.catch(() => undefined);
  }

  /** Runs now with `args` (a write), or again with the current arguments (a read's retry). */
  async run(...args: Args | []): Promise<TaskOutcome<Result>> {
    const runArgs = (args.length > 0 || !this.reads ? [this.host.taskAdapter, this.host.taskLocale, ...args] : undefined) as
      | RunArgs<Args>
      | undefined;
    const running = this.task.run(runArgs);
    const mine = this.started;
    await running;
    if (mine !== this.started) return undefined;
    const error = this.error;
    if (error) return { error };
    return this.task.status === TaskStatus.COMPLETE ? { value: this.task.value as Result } : undefined;
  }

  /** Renders the state: an aborted run or a missing adapter counts as pending. */
  render<Rendered>(renderer: TaskRenderer<Result, Rendered>): Rendered {
    const error = this.error;
    if (error) return renderer.error(error);
    const value = this.value;
    return value === undefined ? renderer.pending() : renderer.complete(value);
  }

  hostConnected(): void {
    if (this.interrupted && this.reads) {
      this.interrupted = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    if (this.task.status !== TaskStatus.PENDING) return;
    this.interrupted = true;
    this.task.abort();
  }
}
