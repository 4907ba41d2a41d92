/**
 * In-page measurement shared by the benchmark's pages. Everything is timed inside the
 * page against `performance.now()` (zero at navigation start), so the DevTools protocol's
 * round trips never count.
 */

/** What the harness reads from and drives on each page, as `window.bench`. */
export interface BenchHooks {
  /** Milliseconds from navigation start until the data (10,000 apps) was generated. */
  dataReady: number;
  /** Milliseconds from navigation start until a tile was in the DOM, and until a frame painted it. */
  firstTiles: Promise<FirstTiles>;
  /** Resolves with the time every app was loaded and painted; rejects after `timeoutMs`. */
  whenLoaded(timeoutMs: number): Promise<number>;
  focusSearch(): void;
  /** One entry per trusted `input` event on the search field, in order. */
  keystrokes: KeystrokeSample[];
  waitForKeystrokes(count: number, timeoutMs: number): Promise<void>;
  /** Sets the query as a script would (not timed) and reports what the grid shows. */
  search(query: string): Promise<SearchResult>;
  domStats(): DomStats;
}

export interface FirstTiles {
  inDom: number;
  painted: number;
  /** How many apps were loaded by that first paint. */
  loadedByPaint: number;
}

export interface KeystrokeSample {
  /** From the key event to the end of the next frame's rendering. */
  ms: number;
  /** From the key event until the DOM was updated and laid out (not aligned to frames). */
  workMs: number;
  /** From the key event until the page's script first saw it (input queueing). */
  queueMs: number;
  /** `keydown` when timed from the key press; `input` for text inserted without one. */
  from: 'keydown' | 'input';
  query: string;
  count: number;
}

export interface SearchResult {
  count: number;
  /** App ids of the first tiles in the DOM. */
  firstIds: string[];
}

export interface DomStats {
  nodes: number;
  gridNodes: number;
  tiles: number;
}

/** What a page tells the probes about itself. */
export interface PageUnderTest {
  /** The root holding the search field and the tiles (a shadow root for Plugboard). */
  root: ParentNode & Node;
  /** Resolves once the DOM reflects the current query. */
  settled(): Promise<unknown>;
  /** How many apps the current query shows. */
  resultCount(): number;
  /** How many apps are loaded. */
  loadedCount(): number;
}

declare global {
  interface Window {
    bench?: BenchHooks;
  }
}

/**
 * Resolves after the next frame's rendering step: a message posted from a
 * `requestAnimationFrame` callback runs once style, layout and paint of that frame are done.
 */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

/** Polls once a frame until `ready()` holds, or rejects after `timeoutMs`. */
function untilFrame(ready: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (ready()) resolve();
      else if (performance.now() > deadline) reject(new Error(`Timed out waiting for ${what}.`));
      else requestAnimationFrame(check);
    };
    check();
  });
}

/** Every node of the document, counting into open shadow roots. */
function countNodes(node: Node): number {
  let count = 1;
  if (node instanceof Element && node.shadowRoot) count += countNodes(node.shadowRoot);
  for (let child = node.firstChild; child; child = child.nextSibling) count += countNodes(child);
  return count;
}

function searchField(root: ParentNode): HTMLInputElement {
  const input = root.querySelector<HTMLInputElement>('#search');
  if (!input) throw new Error('No #search field.');
  return input;
}

/** Resolves with when the first `.tile` entered the DOM and when a frame first painted it. */
function firstTilePaint(page: PageUnderTest): Promise<FirstTiles> {
  return new Promise((resolve) => {
    let seen = false;
    const check = (): void => {
      if (seen || !page.root.querySelector('.tile')) return;
      seen = true;
      observer.disconnect();
      const inDom = performance.now();
      void afterNextPaint().then((painted) => resolve({ inDom, painted, loadedByPaint: page.loadedCount() }));
    };
    const observer = new MutationObserver(check);
    observer.observe(page.root, { childList: true, subtree: true });
    check();
  });
}

/**
 * Times every keystroke in the search field from its `keydown` (or, for text the browser
 * inserts without one, its `input` event) to the paint after the grid caught up.
 */
function recordKeystrokes(page: PageUnderTest, samples: KeystrokeSample[]): void {
  let pending: { at: number; seen: number; from: KeystrokeSample['from'] } | undefined;
  window.addEventListener('keydown', (event) => (pending = { at: event.timeStamp, seen: performance.now(), from: 'keydown' }), true);
  window.addEventListener(
    'input',
    (event) => {
      if (event.isTrusted && !pending) pending = { at: event.timeStamp, seen: performance.now(), from: 'input' };
    },
    true,
  );
  // Bubbling back up to the window, after the page's own listener and its microtasks (Lit's update).
  window.addEventListener('input', (event) => {
    if (!event.isTrusted || !pending) return;
    const { at, seen, from } = pending;
    pending = undefined;
    void page.settled().then(async () => {
      // Style and layout now rather than in the frame, so that work is timed too.
      document.documentElement.getBoundingClientRect();
      const workMs = performance.now() - at;
      const end = await afterNextPaint();
      const query = searchField(page.root).value;
      samples.push({ ms: end - at, workMs, queueMs: seen - at, from, query, count: page.resultCount() });
    });
  });
}

/** Installs `window.bench` for a page whose data was ready at `dataReady`. */
export function installHooks(page: PageUnderTest, dataReady: number, appCount: number): void {
  const keystrokes: KeystrokeSample[] = [];
  recordKeystrokes(page, keystrokes);
  const firstTiles = firstTilePaint(page);
  window.bench = {
    dataReady,
    firstTiles,
    async whenLoaded(timeoutMs) {
      await untilFrame(() => page.loadedCount() === appCount, timeoutMs, `${appCount} apps`);
      await page.settled();
      return afterNextPaint();
    },
    focusSearch: () => searchField(page.root).focus(),
    keystrokes,
    waitForKeystrokes: (count, timeoutMs) =>
      untilFrame(() => keystrokes.length >= count, timeoutMs, `keystroke ${count}`),
    async search(query) {
      const input = searchField(page.root);
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await page.settled();
      const firstIds = [...page.root.querySelectorAll<HTMLElement>('.tile')]
        .slice(0, 5)
        .map((tile) => tile.dataset['appId'] ?? '?');
      return { count: page.resultCount(), firstIds };
    },
    domStats() {
      const grid = page.root.querySelector('.grid');
      return {
        nodes: countNodes(document),
        gridNodes: grid ? countNodes(grid) : 0,
        tiles: page.root.querySelectorAll('.tile').length,
      };
    },
  };
}
