/**
 * Watches a page for a secret escaping where it must never go: attributes, event details,
 * request URLs, console output, web storage, and (once its one-time display has closed)
 * the DOM. Start it before the secret is typed or received; `leaks()` lists every place
 * the secret was seen, so a test asserts `expect(watch.leaks()).to.deep.equal([])`.
 *
 * Used by every element that takes or shows a secret (connector secrets, OAuth client
 * secrets, one-time connector secrets).
 */
export interface SecretWatch {
  /** Where the secret was found; `dom: true` also searches text and form values. */
  leaks(options?: { dom?: boolean; roots?: Node[] }): string[];
  /** Restores what the watch patched. */
  stop(): void;
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

export function watchForSecret(secret: string): SecretWatch {
  if (secret.length < 8) throw new Error('a secret under 8 characters would match by chance');
  const seen: string[] = [];
  const holds = (value: unknown): boolean => {
    try {
      return typeof value === 'string' ? value.includes(secret) : JSON.stringify(value)?.includes(secret) === true;
    } catch {
      // Not serializable (a cycle, a DOM node): look at its own text form only.
      return String(value).includes(secret);
    }
  };

  const originalDispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function dispatchEvent(this: EventTarget, event: Event): boolean {
    if (event instanceof CustomEvent && holds(event.detail)) seen.push(`the detail of a ${event.type} event`);
    return originalDispatch.call(this, event);
  };

  const originalFetch = window.fetch;
  window.fetch = function fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const url = input instanceof Request ? input.url : String(input);
    if (holds(decodeURIComponent(url))) seen.push(`the URL ${url}`);
    return originalFetch.call(window, input, init);
  };

  const originalConsole = CONSOLE_METHODS.map((method) => [method, console[method]] as const);
  for (const [method, original] of originalConsole) {
    console[method] = (...args: unknown[]) => {
      if (args.some(holds)) seen.push(`console.${method}`);
      original.apply(console, args);
    };
  }

  return {
    leaks({ dom = false, roots = [document] } = {}) {
      const found = [...seen];
      if (holds(decodeURIComponent(location.href))) found.push('the page URL');
      for (const [name, storage] of [
        ['localStorage', localStorage],
        ['sessionStorage', sessionStorage],
      ] as const) {
        for (let index = 0; index < storage.length; index += 1) {
          const key = storage.key(index)!;
          if (holds(key) || holds(storage.getItem(key))) found.push(`${name} ${key}`);
        }
      }
      for (const root of roots) found.push(...domLeaks(root, holds, dom));
      return found;
    },
    stop() {
      EventTarget.prototype.dispatchEvent = originalDispatch;
      window.fetch = originalFetch;
      for (const [method, original] of originalConsole) console[method] = original;
    },
  };
}

/** Attributes anywhere (shadow roots included); with `text`, text nodes and form values too. */
function domLeaks(root: Node, holds: (value: unknown) => boolean, text: boolean): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element) {
      for (const attribute of node.attributes) {
        if (holds(attribute.value)) found.push(`the ${attribute.name} attribute of <${node.localName}>`);
      }
      if (text && (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) && holds(node.value)) {
        found.push(`the value of <${node.localName} name="${node.getAttribute('name') ?? ''}">`);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    } else if (text && node instanceof Text && holds(node.data)) {
      found.push(`text in <${node.parentElement?.localName ?? '#root'}>`);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}
