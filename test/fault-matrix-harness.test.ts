/**
 * The fault matrix tested on itself: an element that gets every fault wrong must fail
 * every cell, each for the reasons the matrix is there to catch. If a check stopped
 * biting, this test says which.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { ApiAdapter } from '../src/api/adapter.js';
import { isPlugboardError } from '../src/api/errors.js';
import type { NetworkSecurity } from '../src/api/schemas.js';
import type { Fault } from './support/fault-harness.js';
import { cellsOf, runFaultCell, type FaultMatrixSpec } from './support/fault-matrix.js';

/**
 * Network settings done naively: no abort signal (so nothing is cancelled and an older
 * answer overwrites a newer one), a failed load told in English only, with no Retry and
 * no pb-error, a failed save swallowed (but for a network failure, left unhandled), and
 * the typed address cleared before the save is known to have worked.
 */
class NaiveNetworks extends HTMLElement {
  adapter: ApiAdapter | undefined;
  private settings: NetworkSecurity | undefined;

  connectedCallback(): void {
    void this.load();
  }

  async load(): Promise<void> {
    try {
      this.settings = await this.adapter!.getNetworkSecurity();
      this.draw();
    } catch {
      this.textContent = 'Could not load the settings.';
    }
  }

  private draw(): void {
    const list = document.createElement('ul');
    for (const network of this.settings?.trustedNetworks ?? []) {
      const item = document.createElement('li');
      item.className = 'address';
      item.textContent = network.address;
      list.append(item);
    }
    const input = document.createElement('input');
    input.name = 'address';
    const add = document.createElement('button');
    add.textContent = 'Add';
    add.addEventListener('click', () => void this.add(input));
    this.replaceChildren(list, input, add);
  }

  private async add(input: HTMLInputElement): Promise<void> {
    const address = input.value;
    input.value = '';
    const settings = this.settings ?? { mode: 'unrestricted', trustedNetworks: [] };
    try {
      this.settings = await this.adapter!.setNetworkSecurity({
        ...settings,
        trustedNetworks: [...settings.trustedNetworks, { address, label: '' }],
      });
      this.draw();
    } catch (error) {
      // Failures are swallowed, but a network failure escapes: one unhandled rejection is
      // enough to prove the matrix notices it, without filling the browser log.
      if (isPlugboardError(error) && error.code === 'network') throw error;
    }
  }
}
customElements.define('naive-networks', NaiveNetworks);

const listed = (element: HTMLElement): string[] => [...element.querySelectorAll('.address')].map((item) => item.textContent ?? '');

const naive: FaultMatrixSpec<NaiveNetworks> = {
  tag: 'naive-networks',
  locale: 'bg',
  // It never shows what the matrix waits for: short waits keep this test quick.
  patience: 300,
  mount: (adapter, locale) => fixture<NaiveNetworks>(html`<naive-networks lang=${locale} .adapter=${adapter}></naive-networks>`),
  operations: [
    {
      operation: 'getNetworkSecurity',
      kind: 'read',
      setup: async (backend) => {
        await backend.setNetworkSecurity({ mode: 'restricted', trustedNetworks: [{ address: '192.0.2.0/24', label: '' }] });
      },
      loaded: (cell) => cell.waitFor(() => listed(cell.element).includes('192.0.2.0/24'), 'the networks'),
      stale: {
        ask: async (cell) => {
          await cell.backend.setNetworkSecurity({ mode: 'unrestricted', trustedNetworks: [{ address: '198.51.100.0/24', label: '' }] });
          void cell.element.load();
        },
        shown: (cell) =>
          cell.waitFor(() => listed(cell.element).join() === '198.51.100.0/24', `the newer networks (listed: ${listed(cell.element).join()})`, 500),
      },
    },
    {
      operation: 'setNetworkSecurity',
      kind: 'write',
      prepare: async (cell) => {
        await cell.waitFor(() => cell.element.querySelector('input') !== null, 'the form');
        cell.element.querySelector('input')!.value = '203.0.113.7';
      },
      act: async (cell) => cell.button('Add')!.click(),
      input: (cell) => cell.element.querySelector('input')?.value,
      saved: (cell) => cell.waitFor(() => listed(cell.element).includes('203.0.113.7'), 'the added network'),
    },
  ],
};

/** The problems a cell must report for this element, by a phrase of each. */
function expectedProblems(kind: 'read' | 'write', fault: Fault): string[] {
  if (fault.kind === 'stale') return ['after the older getNetworkSecurity answer landed'];
  if (fault.kind === 'removal') return ['no request left running after the element was removed'];
  const common = ['message for', 'pb-error {'];
  if (kind === 'read') return [...common, 'button is shown after the failed'];
  const write = [...common, "the user's input is kept"];
  return fault.id === 'network' ? [...write, 'no uncaught exception or unhandled rejection'] : write;
}

describe('fault matrix harness', function () {
  this.timeout(60_000);

  it('fails every cell of an element that gets every fault wrong, for the right reasons', async () => {
    const misses: string[] = [];
    // One fault of each way of failing (thrown, never answered, refused with fields, a
    // number in the message, unreadable), and the two timing faults.
    const tried = new Set(['network', 'timeout', '422', '429', 'malformed-json', 'stale', 'slow-then-removed']);
    const cells = cellsOf(naive).filter(({ fault }) => tried.has(fault.id));
    for (const { operation, fault } of cells) {
      const problems = await runFaultCell(naive, operation, fault);
      for (const phrase of expectedProblems(operation.kind, fault)) {
        if (!problems.some((problem) => problem.includes(phrase))) {
          misses.push(`${operation.operation} × ${fault.id}: no problem mentioning "${phrase}" (got: ${problems.join(' / ') || 'none'})`);
        }
      }
    }
    expect(cells.length).to.equal(2 * tried.size - 1);
    expect(misses, misses.join('\n')).to.deep.equal([]);
  });
});
