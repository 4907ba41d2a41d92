import './support/no-lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { sendMouse } from '@web/test-runner-commands';
import type { DialogCloseSource, PbDialogCloseRequestEvent } from '../src/events/dialog-close-request-event.js';
import { DialogController } from '../src/internal/dialog-controller.js';
import { focused, press } from './support/keyboard.js';
import { waitFor } from './support/wait.js';

/** An outer dialog with a nested one, recording every close request and closing. */
class DialogProbe extends LitElement {
  readonly log: string[] = [];
  keepOpen = false;
  readonly outer = new DialogController(this, { onClose: (source) => this.log.push(`outer closed by ${source}`) });
  readonly inner = new DialogController(this, { onClose: (source) => this.log.push(`inner closed by ${source}`) });

  override render() {
    return litHtml`<button class="opener" @click=${() => this.outer.show()}>Open</button>
      <dialog ${this.outer.attach()} class="outer" aria-label="Outer" @pb-dialog-close-request=${this.onRequest}>
        <p class="body">Body text</p>
        <button class="nested-opener" @click=${() => this.inner.show()}>Nested</button>
        <button class="close" data-dialog-close>Close</button>
        <dialog ${this.inner.attach()} class="inner" aria-label="Inner">
          <button class="inner-close" data-dialog-close>Close inner</button>
        </dialog>
      </dialog>`;
  }

  private onRequest(event: PbDialogCloseRequestEvent): void {
    if (event.target !== this.outer.element) return;
    this.log.push(`outer asked by ${event.source}`);
    if (this.keepOpen) event.preventDefault();
  }

  dialog(name: 'outer' | 'inner'): HTMLDialogElement {
    return this.shadowRoot!.querySelector<HTMLDialogElement>(`dialog.${name}`)!;
  }

  button(name: string): HTMLButtonElement {
    return this.shadowRoot!.querySelector<HTMLButtonElement>(`.${name}`)!;
  }
}
customElements.define('dialog-probe', DialogProbe);

/**
 * A real click inside the dialog: Chromium honours a cancelled Escape only after a user
 * activation (its close-watcher rule against dialogs that trap users).
 */
async function activate(element: DialogProbe): Promise<void> {
  const box = element.shadowRoot!.querySelector('.body')!.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + 5), Math.round(box.top + 5)] });
}

async function openOuter(): Promise<DialogProbe> {
  const element = await fixture<DialogProbe>(html`<dialog-probe></dialog-probe>`);
  element.button('opener').focus();
  element.button('opener').click();
  await element.updateComplete;
  return element;
}

describe('DialogController', () => {
  it('passes an axe check while open', async () => {
    const element = await openOuter();
    await expect(element).to.be.accessible();
  });

  it('opens as a modal and returns focus to the opener when closed', async () => {
    const element = await openOuter();
    expect(element.outer.open).to.equal(true);
    expect(element.dialog('outer').open).to.equal(true);
    expect(element.dialog('outer').matches(':modal')).to.equal(true);
    element.outer.hide();
    expect(element.dialog('outer').open).to.equal(false);
    expect(focused()).to.equal(element.button('opener'));
    expect(element.log).to.deep.equal(['outer closed by code']);
  });

  for (const [source, act] of [
    ['escape', async () => press('Escape')],
    ['close-button', async (element: DialogProbe) => element.button('close').click()],
  ] as [DialogCloseSource, (element: DialogProbe) => Promise<void>][]) {
    it(`asks before closing on ${source}, and stays open when the request is cancelled`, async () => {
      const element = await openOuter();
      element.keepOpen = true;
      await activate(element);
      await act(element);
      expect(element.log).to.deep.equal([`outer asked by ${source}`]);
      expect(element.dialog('outer').open).to.equal(true);
      element.keepOpen = false;
      await activate(element);
      await act(element);
      expect(element.log).to.deep.equal([`outer asked by ${source}`, `outer asked by ${source}`, `outer closed by ${source}`]);
      expect(element.dialog('outer').open).to.equal(false);
      expect(focused()).to.equal(element.button('opener'));
    });
  }

  it('closes on a click on the backdrop, saying so', async () => {
    const element = await openOuter();
    await sendMouse({ type: 'click', position: [2, 2] });
    await waitFor(() => !element.dialog('outer').open, 'the dialog to close');
    expect(element.log).to.deep.equal(['outer asked by backdrop', 'outer closed by backdrop']);
  });

  it('closes nested dialogs in order: Escape the topmost only, closing the outer closes the inner first', async () => {
    const element = await openOuter();
    element.button('nested-opener').focus();
    element.button('nested-opener').click();
    expect(element.dialog('inner').open).to.equal(true);
    await press('Escape');
    expect(element.dialog('inner').open).to.equal(false);
    expect(element.dialog('outer').open).to.equal(true);
    expect(focused()).to.equal(element.button('nested-opener'));
    element.button('nested-opener').click();
    element.outer.hide();
    expect(element.log).to.deep.equal(['inner closed by escape', 'inner closed by code', 'outer closed by code']);
    expect(element.dialog('inner').open).to.equal(false);
    expect(element.dialog('outer').open).to.equal(false);
    expect(focused()).to.equal(element.button('opener'));
  });
});
