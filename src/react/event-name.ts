import type { EventName } from '@lit/react';

/**
 * An event class's name, typed with the class, for a wrapper's `events` map: the callback
 * prop then receives that class (`onPbActivated(event: PbActivatedEvent)`).
 */
export function eventName<T extends Event>(event: { readonly eventName: string; readonly prototype: T }): EventName<T> {
  return event.eventName as EventName<T>;
}

/**
 * The tag an element class is registered under: its own, or the name a host registered it
 * under before this module loaded (the registration files leave such a class as it is).
 */
export function registeredTag(element: CustomElementConstructor, tag: string): string {
  return customElements.getName(element) ?? tag;
}
