import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from '../../src/internal/dialog-controller.js';

/**
 * Key names the WebDriver BiDi keyboard (Firefox) does not know, as the character both drivers
 * know them by.
 */
const KEY_CHARACTERS: Record<string, string> = { Space: ' ' };

/** Presses a key as a user would, through the browser (not a synthetic event). */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: KEY_CHARACTERS[key] ?? key });
}

/** Presses a key with Shift held, e.g. Shift+Tab. */
export async function pressShifted(key: string): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
}

/** Types text into whatever has focus. */
export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/**
 * Presses Tab until `predicate` holds for the focused element; fails after `limit` presses.
 * Past the page's last control (or its open modal dialog's) focus goes to the browser's own
 * toolbar; the user's next Tab there brings it back at the start, which `returnToStart` plays.
 */
export async function tabTo(predicate: (element: HTMLElement) => boolean, limit = 60): Promise<HTMLElement> {
  const stops: string[] = [];
  for (let presses = 0; presses < limit; presses += 1) {
    const before = deepActiveElement();
    await press('Tab');
    const active = deepActiveElement();
    if (active === null || active === document.body) {
      stops.push('(the browser)');
      await returnToStart(before);
      continue;
    }
    if (predicate(active)) return active;
    stops.push(describe(active));
  }
  throw new Error(`no focusable element matched after ${limit} presses of Tab; the first stops: ${stops.slice(0, 12).join(' | ')}`);
}

/** Names a focused element in a failure message: its tag and the first of part, id or class. */
function describe(element: HTMLElement): string {
  const name = element.getAttribute('part') || element.id || element.className;
  return `${element.localName}${name ? ` ${name}` : ''}`;
}

/** The modal dialog `element` is in, across shadow roots. */
function modalAround(element: Element | null): HTMLDialogElement | null {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof HTMLDialogElement && node.matches(':modal')) return node;
  }
  return null;
}

/**
 * Brings focus back from the browser's toolbar to the page, the next Tab going to the first
 * control of the modal dialog focus was in (or of the page): the user presses Tab through the
 * toolbar until the page has focus again. Where that lands differs (Chromium's driver comes
 * back at the start; Firefox's, under WebDriver BiDi, at the control that last had focus), so
 * the Tab order is then started at the top, as it is for a user coming back into the page.
 */
async function returnToStart(lastFocused: Element | null): Promise<void> {
  for (let presses = 0; presses < 10 && !document.hasFocus(); presses += 1) await press('Tab');
  if (!document.hasFocus()) throw new Error('Tab did not bring focus back to the page from the browser');
  startAt(modalAround(lastFocused) ?? document.body);
}

/** Puts the start of the Tab order at the top of `scope`, with nothing focused. */
function startAt(scope: HTMLElement): void {
  const marker = document.createElement('span');
  marker.tabIndex = -1;
  scope.prepend(marker);
  marker.focus();
  marker.remove();
}

export function focused(): HTMLElement | null {
  return deepActiveElement();
}

/**
 * Leaves a field as a user does, so it counts as touched. A page without the window's
 * focus (a background tab of the runner) moves focus without firing `blur`: fire it then.
 */
export function leave(control: HTMLElement): void {
  control.blur();
  if (!document.hasFocus()) control.dispatchEvent(new FocusEvent('blur'));
}
