// The elements in Svelte's templates, typed by plugboard/types/svelte: what svelte-check reads
// for `<app-marketplace host-name="Hotelio" onpb-activated={…}>` (Svelte 5) and
// `on:pb-activated={…}` (Svelte 4's directive).
import type {} from '../../types/svelte.js';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { AppMarketplace, PbActivatedEvent, PbErrorEvent } from 'plugboard';
import { MemoryAdapter } from 'plugboard/memory';

type Marketplace = SvelteHTMLElements['app-marketplace'];

export const marketplace: Marketplace = {
  'host-name': 'Hotelio',
  'heading-level': 2,
  adapter: new MemoryAdapter(),
  class: 'catalog',
  'onpb-activated': (event: PbActivatedEvent) => console.log(event.detail.activation.status),
  'on:pb-app-open': (event) => {
    const appId: string = event.detail.appId;
    const element: AppMarketplace = event.target;
    console.log(appId, element.hostName);
  },
};
export const form: SvelteHTMLElements['connector-form'] = { 'type-id': 'custom-rest', mode: 'edit', 'onpb-connector-saved': (event) => console.log(event.detail.connector.name) };
export const sync: SvelteHTMLElements['sync-settings'] = { 'onpb-account-removed': (event) => console.log(event.detail) };

// @ts-expect-error host-name is a string
export const wrongType: Marketplace = { 'host-name': 5 };
// @ts-expect-error mode is create, edit or reconnect
export const wrongMode: SvelteHTMLElements['connector-form'] = { mode: 'delete' };
// @ts-expect-error no such event: the element fires pb-activated
export const unknownEvent: Marketplace = { 'onpb-activate': () => undefined };
// @ts-expect-error no such event for the directive either
export const unknownDirective: Marketplace = { 'on:pb-activate': () => undefined };
// @ts-expect-error pb-activated brings a PbActivatedEvent
export const wrongEvent: Marketplace = { 'onpb-activated': (event: PbErrorEvent) => console.log(event.detail.code) };
