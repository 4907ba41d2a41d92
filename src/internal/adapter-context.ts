import { ContextProvider, ContextRoot, createContext } from '@lit/context';
import type { ApiAdapter } from '../api/adapter.js';

/** The adapter an ancestor provides to every Plugboard element below it. */
export const adapterContext = createContext<ApiAdapter | undefined>(Symbol.for('plugboard.adapter'));

const ROOT_MARK = Symbol.for('plugboard.context-root');

/**
 * Lets a provider that appears after an element asked for the adapter still answer it:
 * the root keeps unanswered requests and replays them. Attached once per document.
 */
export function ensureContextRoot(): void {
  const root = document.documentElement as HTMLElement & { [ROOT_MARK]?: ContextRoot };
  if (root[ROOT_MARK]) return;
  root[ROOT_MARK] = new ContextRoot();
  root[ROOT_MARK].attach(root);
}

/**
 * Makes `adapter` available to every Plugboard element inside `element` (any element: a
 * settings page's container will do), also to elements already on the page. Returns the
 * provider, whose `setValue` swaps the adapter.
 */
export function provideAdapter(
  element: HTMLElement,
  adapter: ApiAdapter,
): ContextProvider<typeof adapterContext> {
  ensureContextRoot();
  const provider = new ContextProvider(element, { context: adapterContext, initialValue: adapter });
  if (element.isConnected && !('addController' in element)) provider.hostConnected();
  return provider;
}
