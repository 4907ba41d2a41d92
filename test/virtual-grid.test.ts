import './support/no-lit-warnings.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { css, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { VirtualGridController } from '../src/internal/virtual-grid-controller.js';
import { focused, press } from './support/keyboard.js';
import { waitFor } from './support/wait.js';

interface Item {
  id: number;
  label: string;
}

const ITEM_COUNT = 1_200;
/** 100 px wide at least, 40 px high, 10 px apart: rows every 50 px. */
const ROW_STRIDE = 50;
const VIEWPORT_HEIGHT = 300;
const ROWS_IN_VIEW = VIEWPORT_HEIGHT / ROW_STRIDE;
const OVERSCAN = 2;

/** A minimal host: a list of plain objects, each a button; the grid does the rest. */
class VirtualGridHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
      width: 560px;
    }
    .viewport {
      height: ${VIEWPORT_HEIGHT}px;
      overflow-y: auto;
    }
    .spacer {
      position: relative;
    }
    .grid {
      display: grid;
    }
    .cell {
      width: 100%;
      height: 100%;
    }
  `;

  @property({ attribute: false }) items: readonly Item[] = [];

  readonly grid = new VirtualGridController(this, { minItemWidth: 100, itemHeight: 40, gap: 10, overscan: OVERSCAN });

  override render() {
    return this.grid.render(
      this.items,
      (item, { index, tabIndex }) =>
        html`<button class="cell" data-index=${index} data-id=${item.id} tabindex=${tabIndex}>${item.label}</button>`,
      { label: 'Numbers' },
    );
  }
}
customElements.define('virtual-grid-host', VirtualGridHost);

const makeItems = (count: number): Item[] => Array.from({ length: count }, (_, id) => ({ id, label: `Item ${id}` }));

// Every test runs under a strict style policy, as a host page may: a `style` attribute
// written from a template would be refused (and the grid would not be laid out).
const violations: string[] = [];
before(() => {
  document.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.violatedDirective}: ${event.sample || event.blockedURI}`),
  );
  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "style-src 'self'";
  document.head.append(policy);
});

afterEach(async () => {
  // Violation reports are queued as tasks.
  await new Promise((resolve) => setTimeout(resolve));
  const seen = violations.splice(0);
  if (seen.length > 0) throw new Error(`Content Security Policy violations:\n${seen.join('\n')}`);
});

async function renderHost(count = ITEM_COUNT): Promise<VirtualGridHost> {
  const element = await fixture<VirtualGridHost>(html`<virtual-grid-host .items=${makeItems(count)}></virtual-grid-host>`);
  // The ResizeObserver measures the viewport before the next frame paints.
  await waitFor(() => columns(element) === 5, 'the first measurement');
  await element.updateComplete;
  return element;
}

function viewport(element: VirtualGridHost): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
}

function listItems(element: VirtualGridHost): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('[role="listitem"]')];
}

function cells(element: VirtualGridHost): HTMLButtonElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.cell')];
}

function indexes(element: VirtualGridHost): number[] {
  return cells(element).map((cell) => Number(cell.dataset['index']));
}

function cell(element: VirtualGridHost, index: number): HTMLButtonElement | null {
  return element.shadowRoot!.querySelector<HTMLButtonElement>(`.cell[data-index="${index}"]`);
}

/** How many items share the first rendered row, by their laid-out position. */
function columns(element: VirtualGridHost): number {
  const rendered = cells(element);
  const top = rendered[0]?.getBoundingClientRect().top;
  return rendered.filter((candidate) => candidate.getBoundingClientRect().top === top).length;
}

/** An item's top relative to the viewport's, in pixels: what the admin sees. */
function offsetInView(element: VirtualGridHost, index: number): number {
  return cell(element, index)!.getBoundingClientRect().top - viewport(element).getBoundingClientRect().top;
}

function isInView(element: VirtualGridHost, index: number): boolean {
  const target = cell(element, index);
  if (!target) return false;
  const box = target.getBoundingClientRect();
  const frame = viewport(element).getBoundingClientRect();
  return box.top >= frame.top && box.bottom <= frame.bottom;
}

function tabStops(element: VirtualGridHost): number[] {
  return cells(element)
    .filter((candidate) => candidate.tabIndex === 0)
    .map((candidate) => Number(candidate.dataset['index']));
}

async function scrollTo(element: VirtualGridHost, top: number): Promise<void> {
  const scrolled = oneEvent(viewport(element), 'scroll');
  viewport(element).scrollTop = top;
  await scrolled;
  await element.updateComplete;
}

describe('VirtualGridController', () => {
  it('runs under a strict style policy that refuses style attributes', async () => {
    const probe = document.createElement('div');
    document.body.append(probe);
    probe.setAttribute('style', 'height: 10px');
    try {
      expect(probe.offsetHeight).to.equal(0);
      await waitFor(() => violations.length > 0, 'the violation report');
    } finally {
      probe.remove();
      violations.splice(0);
    }
  });

  it('renders only the rows in view, as a labelled list of 1,200 items', async () => {
    const element = await renderHost();
    const list = element.shadowRoot!.querySelector('[role="list"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Numbers');
    const expected = (ROWS_IN_VIEW + OVERSCAN) * 5;
    expect(indexes(element)).to.deep.equal([...Array(expected).keys()]);
    const items = listItems(element);
    expect(items).to.have.length(expected);
    expect(items.every((item) => item.getAttribute('aria-setsize') === String(ITEM_COUNT))).to.equal(true);
    expect(items.map((item) => item.getAttribute('aria-posinset'))).to.deep.equal(items.map((_, index) => String(index + 1)));
    // The spacer is as tall as every row, so the scrollbar is true to the whole list.
    expect(viewport(element).scrollHeight).to.equal((ITEM_COUNT / 5) * ROW_STRIDE);
    expect(element.shadowRoot!.querySelectorAll('*').length).to.be.below(200);
  });

  it('renders the window that scrolling shows, each item in its place', async () => {
    const element = await renderHost();
    await scrollTo(element, 5_000);
    // Row 100 is at the top of the viewport; two rows of overscan either side.
    const firstRow = 5_000 / ROW_STRIDE - OVERSCAN;
    const lastRow = 5_000 / ROW_STRIDE + ROWS_IN_VIEW + OVERSCAN;
    expect(indexes(element)).to.deep.equal(Array.from({ length: (lastRow - firstRow) * 5 }, (_, offset) => firstRow * 5 + offset));
    expect(offsetInView(element, 500)).to.equal(0);
    expect(offsetInView(element, 505)).to.equal(ROW_STRIDE);
    expect(cell(element, 500)!.textContent).to.equal('Item 500');
    await scrollTo(element, 5_025);
    expect(offsetInView(element, 505)).to.equal(ROW_STRIDE - 25);
    await scrollTo(element, 0);
    expect(indexes(element)[0]).to.equal(0);
    expect(offsetInView(element, 0)).to.equal(0);
  });

  it('fits the columns to the width it is given', async () => {
    const element = await renderHost();
    expect(columns(element)).to.equal(5);
    element.style.width = '340px';
    await waitFor(() => columns(element) === 3, 'three columns');
    await element.updateComplete;
    expect(cells(element)).to.have.length((ROWS_IN_VIEW + OVERSCAN) * 3);
    expect(viewport(element).scrollHeight).to.equal((ITEM_COUNT / 3) * ROW_STRIDE);
    element.style.width = '800px';
    await waitFor(() => columns(element) === 7, 'seven columns');
  });

  it('keeps measuring after being moved in the document', async () => {
    const element = await renderHost();
    const parent = element.parentElement!;
    element.remove();
    parent.append(element);
    await element.updateComplete;
    element.style.width = '340px';
    await waitFor(() => columns(element) === 3, 'three columns');
  });

  it('moves focus with the arrow keys, Home, End and the page keys, one tab stop at a time', async () => {
    const element = await renderHost();
    expect(tabStops(element)).to.deep.equal([0]);
    cell(element, 0)!.focus();
    const at = () => Number(focused()?.dataset['index']);
    const step = async (key: string, expected: number) => {
      await press(key);
      await waitFor(() => at() === expected, `${key} to reach ${expected} (at ${at()})`);
      expect(tabStops(element)).to.deep.equal([expected]);
      expect(isInView(element, expected), `${expected} in view after ${key}`).to.equal(true);
      expect(element.grid.focusIndex).to.equal(expected);
    };
    await step('ArrowRight', 1);
    await step('ArrowDown', 6);
    await step('ArrowLeft', 5);
    await step('ArrowUp', 0);
    await step('ArrowUp', 0);
    await step('ArrowLeft', 0);
    await step('PageDown', 5 * ROWS_IN_VIEW);
    await step('PageDown', 2 * 5 * ROWS_IN_VIEW);
    expect(viewport(element).scrollTop).to.be.greaterThan(0);
    await step('PageUp', 5 * ROWS_IN_VIEW);
    await step('End', ITEM_COUNT - 1);
    expect(cells(element).length).to.be.below(60);
    await step('ArrowRight', ITEM_COUNT - 1);
    await step('ArrowUp', ITEM_COUNT - 6);
    await step('Home', 0);
    expect(viewport(element).scrollTop).to.equal(0);
  });

  it('follows focus given by a click or Tab, and keeps one tab stop when scrolled away', async () => {
    const element = await renderHost();
    cell(element, 7)!.focus();
    await element.updateComplete;
    expect(element.grid.focusIndex).to.equal(7);
    expect(tabStops(element)).to.deep.equal([7]);

    // Scrolled far from the tab stop: Tab must still find an item, the first in view.
    cell(element, 7)!.blur();
    await scrollTo(element, 2_000);
    expect(tabStops(element)).to.deep.equal([(2_000 / ROW_STRIDE) * 5]);
    expect(element.grid.focusIndex).to.equal(7);
    await scrollTo(element, 0);
    expect(tabStops(element)).to.deep.equal([7]);
  });

  it('lets the host reset it for a new list and keeps the tab stop within a shorter one', async () => {
    const element = await renderHost();
    await element.grid.focusItem(900);
    expect(viewport(element).scrollTop).to.be.greaterThan(0);
    element.items = makeItems(20);
    await element.updateComplete;
    expect(element.grid.focusIndex).to.equal(19);
    expect(indexes(element)).to.deep.equal([...Array(20).keys()]);
    expect(tabStops(element)).to.deep.equal([19]);

    element.items = makeItems(ITEM_COUNT);
    element.grid.reset();
    await element.updateComplete;
    expect(element.grid.focusIndex).to.equal(0);
    expect(viewport(element).scrollTop).to.equal(0);
    expect(tabStops(element)).to.deep.equal([0]);

    element.items = [];
    await element.updateComplete;
    expect(viewport(element).hidden).to.equal(true);
    expect(cells(element)).to.have.length(0);
  });

  it('renders any kind of item', async () => {
    const words = ['alpha', 'beta', 'gamma'];
    class WordGrid extends LitElement {
      // The viewport needs a height of its own: one that followed its content would show it all.
      static override styles = css`
        .viewport {
          height: 100px;
          overflow-y: auto;
        }
        .grid {
          display: grid;
        }
      `;
      readonly grid = new VirtualGridController(this, { minItemWidth: 50, itemHeight: 20, gap: 0 });
      override render() {
        return this.grid.render(words, (word, { tabIndex }) => html`<a href="#${word}" tabindex=${tabIndex}>${word}</a>`, {
          label: 'Words',
        });
      }
    }
    customElements.define('virtual-grid-words', WordGrid);
    const element = await fixture<WordGrid>(html`<virtual-grid-words></virtual-grid-words>`);
    const links = [...element.shadowRoot!.querySelectorAll('a')];
    expect(links.map((link) => link.textContent)).to.deep.equal(words);
    expect(links.map((link) => link.tabIndex)).to.deep.equal([0, -1, -1]);
  });

  it('mirrors the arrow keys right to left', async () => {
    const element = await renderHost();
    element.dir = 'rtl';
    cell(element, 2)!.focus();
    await press('ArrowRight');
    await waitFor(() => focused()?.dataset['index'] === '1', 'the previous item');
    await press('ArrowLeft');
    await waitFor(() => focused()?.dataset['index'] === '2', 'the next item');
  });

  it('sets sizes and offsets through CSSOM, so no style attribute comes from a template', async () => {
    const element = await renderHost();
    const spacer = element.shadowRoot!.querySelector<HTMLElement>('.spacer')!;
    const grid = element.shadowRoot!.querySelector<HTMLElement>('.grid')!;
    // Under the policy above these would be refused if they were written as attributes.
    expect(spacer.style.height).to.equal(`${(ITEM_COUNT / 5) * ROW_STRIDE}px`);
    expect(getComputedStyle(grid).gridTemplateColumns.split(' ')).to.have.length(5);
    expect(getComputedStyle(grid).rowGap).to.equal('10px');
    expect(spacer.getBoundingClientRect().height).to.equal((ITEM_COUNT / 5) * ROW_STRIDE);
  });
});
