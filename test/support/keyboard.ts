import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from '../../src/internal/dialog-controller.js';

/** Presses a key as a user would, through the browser (not a synthetic event). */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
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

/** Presses Tab until `predicate` holds for the focused element; fails after `limit` presses. */
export async function tabTo(predicate: (element: HTMLElement) => boolean, limit = 60): Promise<HTMLElement> {
  for (let presses = 0; presses < limit; presses += 1) {
    await press('Tab');
    const active = deepActiveElement();
    if (active && predicate(active)) return active;
  }
  throw new Error(`no focusable element matched after ${limit} presses of Tab`);
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
