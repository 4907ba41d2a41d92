// Generated from custom-elements.json by scripts/jsx-types.mjs (`npm run build`). Do not edit.
import type {
  PbAccountLinkCancelEvent,
  PbAccountLinkedEvent,
  PbAccountRemovedEvent,
  PbAccountSettingsSavedEvent,
  PbActivatedEvent,
  PbAppCloseEvent,
  PbAppOpenEvent,
  PbConnectorActionRequestEvent,
  PbConnectorActivatedEvent,
  PbConnectorAuthorizedEvent,
  PbConnectorClosedEvent,
  PbConnectorCreatedEvent,
  PbConnectorDeactivatedEvent,
  PbConnectorDeletedEvent,
  PbConnectorGroupChangeEvent,
  PbConnectorSavedEvent,
  PbConsentCancelEvent,
  PbConsentEvent,
  PbDeactivateRequestEvent,
  PbDeactivatedEvent,
  PbErrorEvent,
  PbNetworkSecurityChangeEvent,
  PbSyncActionRequestEvent,
  PbSyncRunEvent,
  PbSyncSettingsSavedEvent,
} from "plugboard";
import type {
  AppDetailElement,
  AppMarketplace,
  ConnectorFormElement,
  ConnectorListElement,
  ConsentDialog,
  NetworkSecurityElement,
  SyncSettingsElement,
} from "plugboard";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 * @deprecated Runtime scoped elements result in duplicate types and can confusing for developers. It is recommended to use the `prefix` and `suffix` options to generate new types instead.
 */
export type ScopedElements<
  Prefix extends string = "",
  Suffix extends string = "",
> = {
  [
    Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`
  ]: CustomElements[Key];
};

/**
 * A generic type for strongly typing custom events with their targets
 * @template T - The type of the event target (extends EventTarget)
 * @template D - The type of the detail payload for the custom event
 */
type TypedEvent<T extends EventTarget, E = Event> = E & {
  target: T;
};

type BaseProps<T extends HTMLElement> = {
  /** Content added between the opening and closing tags of the element */
  children?: unknown;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string | undefined;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined> | undefined;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl" | undefined;
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string | undefined;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string | undefined;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string | undefined;
  /** A unique identifier for the element. */
  id?: string | undefined;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number | undefined;
  /** Specifies the language of the element. */
  lang?: string | undefined;
  /** Defines the element's semantic role for accessibility APIs. */
  role?: string | undefined;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string | undefined;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: (T | ((e: T) => void)) | undefined;
  /** Adds a reference for a custom element slot */
  slot?: string | undefined;
  /** Prop for setting inline styles */
  style?: Record<string, string | number> | undefined;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number | undefined;
  /** Specifies the tooltip text for the element. */
  title?: string | undefined;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no" | undefined;
  /** The popover global attribute is used to designate an element as a popover element. */
  popover?: "auto" | "hint" | "manual" | undefined;
  /** Turns an element element into a popover control button; takes the ID of the popover element to control as its value. */
  popovertarget?: "top" | "bottom" | "left" | "right" | "auto" | undefined;
  /** Specifies the action to be performed on a popover element being controlled by a control element. */
  popovertargetaction?: "show" | "hide" | "toggle" | undefined;
};

type BaseEvents = Record<never, never>;

/** `AppDetailElement` component event */
export type AppDetailElementElementEvent<E = Event> = TypedEvent<
  AppDetailElement,
  E
>;
/** `pb-activated` event type */
export type AppDetailElementPbActivatedElementEvent =
  AppDetailElementElementEvent<PbActivatedEvent>;
/** `pb-deactivate-request` event type */
export type AppDetailElementPbDeactivateRequestElementEvent =
  AppDetailElementElementEvent<PbDeactivateRequestEvent>;
/** `pb-deactivated` event type */
export type AppDetailElementPbDeactivatedElementEvent =
  AppDetailElementElementEvent<PbDeactivatedEvent>;
/** `pb-consent` event type */
export type AppDetailElementPbConsentElementEvent =
  AppDetailElementElementEvent<PbConsentEvent>;
/** `pb-error` event type */
export type AppDetailElementPbErrorElementEvent =
  AppDetailElementElementEvent<PbErrorEvent>;

export type AppDetailElementProps = {
  /** The id of the app to show. */
  "app-id"?: AppDetailElement["appId"] | undefined;
  /** The id of the app to show. */
  appId?: AppDetailElement["appId"] | undefined;
  /** The host product's name, used where the text speaks of it ("Hotelio support"). */
  "host-name"?: AppDetailElement["hostName"] | undefined;
  /** The host product's name, used where the text speaks of it ("Hotelio support"). */
  hostName?: AppDetailElement["hostName"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "heading-level"?: AppDetailElement["headingLevel"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  headingLevel?: AppDetailElement["headingLevel"] | undefined;
  /** The clock for relative times and the fee date. */
  now?: AppDetailElement["now"] | undefined;
  /** The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. */
  adapter?: AppDetailElement["adapter"] | undefined;

  /** The app was activated. */
  "onpb-activated"?:
    ((e: AppDetailElementPbActivatedElementEvent) => void) | undefined;
  /** The admin confirmed deactivation; cancel to keep the app active. */
  "onpb-deactivate-request"?:
    ((e: AppDetailElementPbDeactivateRequestElementEvent) => void) | undefined;
  /** The app was deactivated. */
  "onpb-deactivated"?:
    ((e: AppDetailElementPbDeactivatedElementEvent) => void) | undefined;
  /** Bubbles from the consent dialog with the record of what was accepted. */
  "onpb-consent"?:
    ((e: AppDetailElementPbConsentElementEvent) => void) | undefined;
  /** A backend call failed; the element shows the failure. */
  "onpb-error"?: ((e: AppDetailElementPbErrorElementEvent) => void) | undefined;
};

export type AppDetailElementSolidJsProps = {
  /** The id of the app to show. */
  "attr:app-id"?: AppDetailElement["appId"] | undefined;
  /** The id of the app to show. */
  "prop:appId"?: AppDetailElement["appId"] | undefined;
  /** The host product's name, used where the text speaks of it ("Hotelio support"). */
  "attr:host-name"?: AppDetailElement["hostName"] | undefined;
  /** The host product's name, used where the text speaks of it ("Hotelio support"). */
  "prop:hostName"?: AppDetailElement["hostName"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "attr:heading-level"?: AppDetailElement["headingLevel"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "prop:headingLevel"?: AppDetailElement["headingLevel"] | undefined;
  /** The clock for relative times and the fee date. */
  "prop:now"?: AppDetailElement["now"] | undefined;
  /** The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. */
  "prop:adapter"?: AppDetailElement["adapter"] | undefined;
  /** The app was activated. */
  "on:pb-activated"?:
    ((e: AppDetailElementPbActivatedElementEvent) => void) | undefined;
  /** The admin confirmed deactivation; cancel to keep the app active. */
  "on:pb-deactivate-request"?:
    ((e: AppDetailElementPbDeactivateRequestElementEvent) => void) | undefined;
  /** The app was deactivated. */
  "on:pb-deactivated"?:
    ((e: AppDetailElementPbDeactivatedElementEvent) => void) | undefined;
  /** Bubbles from the consent dialog with the record of what was accepted. */
  "on:pb-consent"?:
    ((e: AppDetailElementPbConsentElementEvent) => void) | undefined;
  /** A backend call failed; the element shows the failure. */
  "on:pb-error"?:
    ((e: AppDetailElementPbErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `AppMarketplace` component event */
export type AppMarketplaceElementEvent<E = Event> = TypedEvent<
  AppMarketplace,
  E
>;
/** `pb-app-open` event type */
export type AppMarketplacePbAppOpenElementEvent =
  AppMarketplaceElementEvent<PbAppOpenEvent>;
/** `pb-app-close` event type */
export type AppMarketplacePbAppCloseElementEvent =
  AppMarketplaceElementEvent<PbAppCloseEvent>;
/** `pb-activated` event type */
export type AppMarketplacePbActivatedElementEvent =
  AppMarketplaceElementEvent<PbActivatedEvent>;
/** `pb-deactivate-request` event type */
export type AppMarketplacePbDeactivateRequestElementEvent =
  AppMarketplaceElementEvent<PbDeactivateRequestEvent>;
/** `pb-deactivated` event type */
export type AppMarketplacePbDeactivatedElementEvent =
  AppMarketplaceElementEvent<PbDeactivatedEvent>;
/** `pb-consent` event type */
export type AppMarketplacePbConsentElementEvent =
  AppMarketplaceElementEvent<PbConsentEvent>;
/** `pb-network-security-change` event type */
export type AppMarketplacePbNetworkSecurityChangeElementEvent =
  AppMarketplaceElementEvent<PbNetworkSecurityChangeEvent>;
/** `pb-error` event type */
export type AppMarketplacePbErrorElementEvent =
  AppMarketplaceElementEvent<PbErrorEvent>;

export type AppMarketplaceProps = {
  /** The id of the app whose detail is open; empty when none is. */
  app?: AppMarketplace["app"] | undefined;
  /** The host product's name, used where the text speaks of it. */
  "host-name"?: AppMarketplace["hostName"] | undefined;
  /** The host product's name, used where the text speaks of it. */
  hostName?: AppMarketplace["hostName"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "heading-level"?: AppMarketplace["headingLevel"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  headingLevel?: AppMarketplace["headingLevel"] | undefined;
  /** The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. */
  adapter?: AppMarketplace["adapter"] | undefined;

  /** An app's detail opened. */
  "onpb-app-open"?:
    ((e: AppMarketplacePbAppOpenElementEvent) => void) | undefined;
  /** An app's detail closed. */
  "onpb-app-close"?:
    ((e: AppMarketplacePbAppCloseElementEvent) => void) | undefined;
  /** Bubbles from the detail: an app was activated. */
  "onpb-activated"?:
    ((e: AppMarketplacePbActivatedElementEvent) => void) | undefined;
  /** Bubbles from the detail; cancel to keep the app active. */
  "onpb-deactivate-request"?:
    ((e: AppMarketplacePbDeactivateRequestElementEvent) => void) | undefined;
  /** Bubbles from the detail: an app was deactivated. */
  "onpb-deactivated"?:
    ((e: AppMarketplacePbDeactivatedElementEvent) => void) | undefined;
  /** Bubbles from the consent dialog with the record of what was accepted. */
  "onpb-consent"?:
    ((e: AppMarketplacePbConsentElementEvent) => void) | undefined;
  /** Bubbles from the network security dialog. */
  "onpb-network-security-change"?:
    | ((e: AppMarketplacePbNetworkSecurityChangeElementEvent) => void)
    | undefined;
  /** A backend call failed; the element shows the failure. */
  "onpb-error"?: ((e: AppMarketplacePbErrorElementEvent) => void) | undefined;
};

export type AppMarketplaceSolidJsProps = {
  /** The id of the app whose detail is open; empty when none is. */
  "prop:app"?: AppMarketplace["app"] | undefined;
  /** The host product's name, used where the text speaks of it. */
  "attr:host-name"?: AppMarketplace["hostName"] | undefined;
  /** The host product's name, used where the text speaks of it. */
  "prop:hostName"?: AppMarketplace["hostName"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "attr:heading-level"?: AppMarketplace["headingLevel"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "prop:headingLevel"?: AppMarketplace["headingLevel"] | undefined;
  /** The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. */
  "prop:adapter"?: AppMarketplace["adapter"] | undefined;
  /** An app's detail opened. */
  "on:pb-app-open"?:
    ((e: AppMarketplacePbAppOpenElementEvent) => void) | undefined;
  /** An app's detail closed. */
  "on:pb-app-close"?:
    ((e: AppMarketplacePbAppCloseElementEvent) => void) | undefined;
  /** Bubbles from the detail: an app was activated. */
  "on:pb-activated"?:
    ((e: AppMarketplacePbActivatedElementEvent) => void) | undefined;
  /** Bubbles from the detail; cancel to keep the app active. */
  "on:pb-deactivate-request"?:
    ((e: AppMarketplacePbDeactivateRequestElementEvent) => void) | undefined;
  /** Bubbles from the detail: an app was deactivated. */
  "on:pb-deactivated"?:
    ((e: AppMarketplacePbDeactivatedElementEvent) => void) | undefined;
  /** Bubbles from the consent dialog with the record of what was accepted. */
  "on:pb-consent"?:
    ((e: AppMarketplacePbConsentElementEvent) => void) | undefined;
  /** Bubbles from the network security dialog. */
  "on:pb-network-security-change"?:
    | ((e: AppMarketplacePbNetworkSecurityChangeElementEvent) => void)
    | undefined;
  /** A backend call failed; the element shows the failure. */
  "on:pb-error"?: ((e: AppMarketplacePbErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `ConnectorFormElement` component event */
export type ConnectorFormElementElementEvent<E = Event> = TypedEvent<
  ConnectorFormElement,
  E
>;
/** `pb-connector-created` event type */
export type ConnectorFormElementPbConnectorCreatedElementEvent =
  ConnectorFormElementElementEvent<PbConnectorCreatedEvent>;
/** `pb-connector-saved` event type */
export type ConnectorFormElementPbConnectorSavedElementEvent =
  ConnectorFormElementElementEvent<PbConnectorSavedEvent>;
/** `pb-connector-authorized` event type */
export type ConnectorFormElementPbConnectorAuthorizedElementEvent =
  ConnectorFormElementElementEvent<PbConnectorAuthorizedEvent>;
/** `pb-connector-activated` event type */
export type ConnectorFormElementPbConnectorActivatedElementEvent =
  ConnectorFormElementElementEvent<PbConnectorActivatedEvent>;
/** `pb-connector-deactivated` event type */
export type ConnectorFormElementPbConnectorDeactivatedElementEvent =
  ConnectorFormElementElementEvent<PbConnectorDeactivatedEvent>;
/** `pb-connector-deleted` event type */
export type ConnectorFormElementPbConnectorDeletedElementEvent =
  ConnectorFormElementElementEvent<PbConnectorDeletedEvent>;
/** `pb-connector-action-request` event type */
export type ConnectorFormElementPbConnectorActionRequestElementEvent =
  ConnectorFormElementElementEvent<PbConnectorActionRequestEvent>;
/** `pb-connector-closed` event type */
export type ConnectorFormElementPbConnectorClosedElementEvent =
  ConnectorFormElementElementEvent<PbConnectorClosedEvent>;
/** `pb-error` event type */
export type ConnectorFormElementPbErrorElementEvent =
  ConnectorFormElementElementEvent<PbErrorEvent>;

export type ConnectorFormElementProps = {
  /** The connector type whose form to show, when creating. */
  "type-id"?: ConnectorFormElement["typeId"] | undefined;
  /** The connector type whose form to show, when creating. */
  typeId?: ConnectorFormElement["typeId"] | undefined;
  /** The connector to edit or reconnect; its type is then the connector's. */
  "connector-id"?: ConnectorFormElement["connectorId"] | undefined;
  /** The connector to edit or reconnect; its type is then the connector's. */
  connectorId?: ConnectorFormElement["connectorId"] | undefined;
  /** `create`, `edit` or `reconnect`. With a `connector-id`, `create` is read as `edit`. */
  mode?: ConnectorFormElement["mode"] | undefined;
  /** The host-developed app the new connector configures. */
  "app-id"?: ConnectorFormElement["appId"] | undefined;
  /** The host-developed app the new connector configures. */
  appId?: ConnectorFormElement["appId"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "heading-level"?: ConnectorFormElement["headingLevel"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  headingLevel?: ConnectorFormElement["headingLevel"] | undefined;
  /** The host's changes to single fields, by field id: a default, help text and a link to
its own documentation, read-only, or hidden (its default is still sent). */
  overrides?: ConnectorFormElement["overrides"] | undefined;
  /** The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. */
  adapter?: ConnectorFormElement["adapter"] | undefined;

  /** A new connector was stored; `detail.connector.status` says whether it is active. */
  "onpb-connector-created"?:
    | ((e: ConnectorFormElementPbConnectorCreatedElementEvent) => void)
    | undefined;
  /** Changes to an existing connector were stored. */
  "onpb-connector-saved"?:
    ((e: ConnectorFormElementPbConnectorSavedElementEvent) => void) | undefined;
  /** The service accepted the credentials. */
  "onpb-connector-authorized"?:
    | ((e: ConnectorFormElementPbConnectorAuthorizedElementEvent) => void)
    | undefined;
  /** The connector was activated. */
  "onpb-connector-activated"?:
    | ((e: ConnectorFormElementPbConnectorActivatedElementEvent) => void)
    | undefined;
  /** The connector was deactivated. */
  "onpb-connector-deactivated"?:
    | ((e: ConnectorFormElementPbConnectorDeactivatedElementEvent) => void)
    | undefined;
  /** The connector was deleted. */
  "onpb-connector-deleted"?:
    | ((e: ConnectorFormElementPbConnectorDeletedElementEvent) => void)
    | undefined;
  /** Before deactivating, deleting or discarding changes; cancel to keep things as they are. */
  "onpb-connector-action-request"?:
    | ((e: ConnectorFormElementPbConnectorActionRequestElementEvent) => void)
    | undefined;
  /** The admin left the form with Close. */
  "onpb-connector-closed"?:
    | ((e: ConnectorFormElementPbConnectorClosedElementEvent) => void)
    | undefined;
  /** A backend call failed; the element shows the failure. */
  "onpb-error"?:
    ((e: ConnectorFormElementPbErrorElementEvent) => void) | undefined;
};

export type ConnectorFormElementSolidJsProps = {
  /** The connector type whose form to show, when creating. */
  "attr:type-id"?: ConnectorFormElement["typeId"] | undefined;
  /** The connector type whose form to show, when creating. */
  "prop:typeId"?: ConnectorFormElement["typeId"] | undefined;
  /** The connector to edit or reconnect; its type is then the connector's. */
  "attr:connector-id"?: ConnectorFormElement["connectorId"] | undefined;
  /** The connector to edit or reconnect; its type is then the connector's. */
  "prop:connectorId"?: ConnectorFormElement["connectorId"] | undefined;
  /** `create`, `edit` or `reconnect`. With a `connector-id`, `create` is read as `edit`. */
  "prop:mode"?: ConnectorFormElement["mode"] | undefined;
  /** The host-developed app the new connector configures. */
  "attr:app-id"?: ConnectorFormElement["appId"] | undefined;
  /** The host-developed app the new connector configures. */
  "prop:appId"?: ConnectorFormElement["appId"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "attr:heading-level"?: ConnectorFormElement["headingLevel"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "prop:headingLevel"?: ConnectorFormElement["headingLevel"] | undefined;
  /** The host's changes to single fields, by field id: a default, help text and a link to
its own documentation, read-only, or hidden (its default is still sent). */
  "prop:overrides"?: ConnectorFormElement["overrides"] | undefined;
  /** The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. */
  "prop:adapter"?: ConnectorFormElement["adapter"] | undefined;
  /** A new connector was stored; `detail.connector.status` says whether it is active. */
  "on:pb-connector-created"?:
    | ((e: ConnectorFormElementPbConnectorCreatedElementEvent) => void)
    | undefined;
  /** Changes to an existing connector were stored. */
  "on:pb-connector-saved"?:
    ((e: ConnectorFormElementPbConnectorSavedElementEvent) => void) | undefined;
  /** The service accepted the credentials. */
  "on:pb-connector-authorized"?:
    | ((e: ConnectorFormElementPbConnectorAuthorizedElementEvent) => void)
    | undefined;
  /** The connector was activated. */
  "on:pb-connector-activated"?:
    | ((e: ConnectorFormElementPbConnectorActivatedElementEvent) => void)
    | undefined;
  /** The connector was deactivated. */
  "on:pb-connector-deactivated"?:
    | ((e: ConnectorFormElementPbConnectorDeactivatedElementEvent) => void)
    | undefined;
  /** The connector was deleted. */
  "on:pb-connector-deleted"?:
    | ((e: ConnectorFormElementPbConnectorDeletedElementEvent) => void)
    | undefined;
  /** Before deactivating, deleting or discarding changes; cancel to keep things as they are. */
  "on:pb-connector-action-request"?:
    | ((e: ConnectorFormElementPbConnectorActionRequestElementEvent) => void)
    | undefined;
  /** The admin left the form with Close. */
  "on:pb-connector-closed"?:
    | ((e: ConnectorFormElementPbConnectorClosedElementEvent) => void)
    | undefined;
  /** A backend call failed; the element shows the failure. */
  "on:pb-error"?:
    ((e: ConnectorFormElementPbErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `ConnectorListElement` component event */
export type ConnectorListElementElementEvent<E = Event> = TypedEvent<
  ConnectorListElement,
  E
>;
/** `pb-connector-created` event type */
export type ConnectorListElementPbConnectorCreatedElementEvent =
  ConnectorListElementElementEvent<PbConnectorCreatedEvent>;
/** `pb-connector-saved` event type */
export type ConnectorListElementPbConnectorSavedElementEvent =
  ConnectorListElementElementEvent<PbConnectorSavedEvent>;
/** `pb-connector-activated` event type */
export type ConnectorListElementPbConnectorActivatedElementEvent =
  ConnectorListElementElementEvent<PbConnectorActivatedEvent>;
/** `pb-connector-deactivated` event type */
export type ConnectorListElementPbConnectorDeactivatedElementEvent =
  ConnectorListElementElementEvent<PbConnectorDeactivatedEvent>;
/** `pb-connector-deleted` event type */
export type ConnectorListElementPbConnectorDeletedElementEvent =
  ConnectorListElementElementEvent<PbConnectorDeletedEvent>;
/** `pb-connector-group-change` event type */
export type ConnectorListElementPbConnectorGroupChangeElementEvent =
  ConnectorListElementElementEvent<PbConnectorGroupChangeEvent>;
/** `pb-connector-action-request` event type */
export type ConnectorListElementPbConnectorActionRequestElementEvent =
  ConnectorListElementElementEvent<PbConnectorActionRequestEvent>;
/** `pb-error` event type */
export type ConnectorListElementPbErrorElementEvent =
  ConnectorListElementElementEvent<PbErrorEvent>;

export type ConnectorListElementProps = {
  /** Lists only connectors of this type, and adds connectors of it. */
  "type-id"?: ConnectorListElement["typeId"] | undefined;
  /** Lists only connectors of this type, and adds connectors of it. */
  typeId?: ConnectorListElement["typeId"] | undefined;
  /** `me`: the connectors the signed-in admin created; `all`: every connector of the organisation. */
  owner?: ConnectorListElement["owner"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "heading-level"?: ConnectorListElement["headingLevel"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  headingLevel?: ConnectorListElement["headingLevel"] | undefined;
  /** The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. */
  adapter?: ConnectorListElement["adapter"] | undefined;

  /** A connector was created (from the nested form). */
  "onpb-connector-created"?:
    | ((e: ConnectorListElementPbConnectorCreatedElementEvent) => void)
    | undefined;
  /** A connector's changes were saved (from the nested form). */
  "onpb-connector-saved"?:
    ((e: ConnectorListElementPbConnectorSavedElementEvent) => void) | undefined;
  /** A connector was activated. */
  "onpb-connector-activated"?:
    | ((e: ConnectorListElementPbConnectorActivatedElementEvent) => void)
    | undefined;
  /** A connector was deactivated. */
  "onpb-connector-deactivated"?:
    | ((e: ConnectorListElementPbConnectorDeactivatedElementEvent) => void)
    | undefined;
  /** A connector was deleted. */
  "onpb-connector-deleted"?:
    | ((e: ConnectorListElementPbConnectorDeletedElementEvent) => void)
    | undefined;
  /** A connector joined or left a group. */
  "onpb-connector-group-change"?:
    | ((e: ConnectorListElementPbConnectorGroupChangeElementEvent) => void)
    | undefined;
  /** Before deactivating, deleting or removing from a group, once the admin confirmed; cancel to keep things as they are. */
  "onpb-connector-action-request"?:
    | ((e: ConnectorListElementPbConnectorActionRequestElementEvent) => void)
    | undefined;
  /** A backend call failed; the element shows the failure. */
  "onpb-error"?:
    ((e: ConnectorListElementPbErrorElementEvent) => void) | undefined;
};

export type ConnectorListElementSolidJsProps = {
  /** Lists only connectors of this type, and adds connectors of it. */
  "attr:type-id"?: ConnectorListElement["typeId"] | undefined;
  /** Lists only connectors of this type, and adds connectors of it. */
  "prop:typeId"?: ConnectorListElement["typeId"] | undefined;
  /** `me`: the connectors the signed-in admin created; `all`: every connector of the organisation. */
  "prop:owner"?: ConnectorListElement["owner"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "attr:heading-level"?: ConnectorListElement["headingLevel"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "prop:headingLevel"?: ConnectorListElement["headingLevel"] | undefined;
  /** The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. */
  "prop:adapter"?: ConnectorListElement["adapter"] | undefined;
  /** A connector was created (from the nested form). */
  "on:pb-connector-created"?:
    | ((e: ConnectorListElementPbConnectorCreatedElementEvent) => void)
    | undefined;
  /** A connector's changes were saved (from the nested form). */
  "on:pb-connector-saved"?:
    ((e: ConnectorListElementPbConnectorSavedElementEvent) => void) | undefined;
  /** A connector was activated. */
  "on:pb-connector-activated"?:
    | ((e: ConnectorListElementPbConnectorActivatedElementEvent) => void)
    | undefined;
  /** A connector was deactivated. */
  "on:pb-connector-deactivated"?:
    | ((e: ConnectorListElementPbConnectorDeactivatedElementEvent) => void)
    | undefined;
  /** A connector was deleted. */
  "on:pb-connector-deleted"?:
    | ((e: ConnectorListElementPbConnectorDeletedElementEvent) => void)
    | undefined;
  /** A connector joined or left a group. */
  "on:pb-connector-group-change"?:
    | ((e: ConnectorListElementPbConnectorGroupChangeElementEvent) => void)
    | undefined;
  /** Before deactivating, deleting or removing from a group, once the admin confirmed; cancel to keep things as they are. */
  "on:pb-connector-action-request"?:
    | ((e: ConnectorListElementPbConnectorActionRequestElementEvent) => void)
    | undefined;
  /** A backend call failed; the element shows the failure. */
  "on:pb-error"?:
    ((e: ConnectorListElementPbErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `ConsentDialog` component event */
export type ConsentDialogElementEvent<E = Event> = TypedEvent<ConsentDialog, E>;
/** `pb-consent` event type */
export type ConsentDialogPbConsentElementEvent =
  ConsentDialogElementEvent<PbConsentEvent>;
/** `pb-consent-cancel` event type */
export type ConsentDialogPbConsentCancelElementEvent =
  ConsentDialogElementEvent<PbConsentCancelEvent>;

export type ConsentDialogProps = {
  /** Whether the dialog is shown. Opening it clears earlier consents. */
  open?: ConsentDialog["open"] | undefined;
  /** Set while the activation runs: Activate and Cancel are disabled. */
  busy?: ConsentDialog["busy"] | undefined;
  /** A failure to show above the buttons, already in the user's language. */
  error?: ConsentDialog["error"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "heading-level"?: ConsentDialog["headingLevel"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  headingLevel?: ConsentDialog["headingLevel"] | undefined;
  /** The app being activated. */
  app?: ConsentDialog["app"] | undefined;
  /** The clock the fee date is computed from. */
  now?: ConsentDialog["now"] | undefined;

  /** The consents were given; `detail.consent` is the record to store. Cancelable: cancel it to keep the dialog open. */
  "onpb-consent"?:
    ((e: ConsentDialogPbConsentElementEvent) => void) | undefined;
  /** The dialog was closed without consent (Cancel or Escape). */
  "onpb-consent-cancel"?:
    ((e: ConsentDialogPbConsentCancelElementEvent) => void) | undefined;
};

export type ConsentDialogSolidJsProps = {
  /** Whether the dialog is shown. Opening it clears earlier consents. */
  "prop:open"?: ConsentDialog["open"] | undefined;
  /** Set while the activation runs: Activate and Cancel are disabled. */
  "prop:busy"?: ConsentDialog["busy"] | undefined;
  /** A failure to show above the buttons, already in the user's language. */
  "prop:error"?: ConsentDialog["error"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "attr:heading-level"?: ConsentDialog["headingLevel"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "prop:headingLevel"?: ConsentDialog["headingLevel"] | undefined;
  /** The app being activated. */
  "prop:app"?: ConsentDialog["app"] | undefined;
  /** The clock the fee date is computed from. */
  "prop:now"?: ConsentDialog["now"] | undefined;
  /** The consents were given; `detail.consent` is the record to store. Cancelable: cancel it to keep the dialog open. */
  "on:pb-consent"?:
    ((e: ConsentDialogPbConsentElementEvent) => void) | undefined;
  /** The dialog was closed without consent (Cancel or Escape). */
  "on:pb-consent-cancel"?:
    ((e: ConsentDialogPbConsentCancelElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `NetworkSecurityElement` component event */
export type NetworkSecurityElementElementEvent<E = Event> = TypedEvent<
  NetworkSecurityElement,
  E
>;
/** `pb-network-security-change` event type */
export type NetworkSecurityElementPbNetworkSecurityChangeElementEvent =
  NetworkSecurityElementElementEvent<PbNetworkSecurityChangeEvent>;
/** `pb-error` event type */
export type NetworkSecurityElementPbErrorElementEvent =
  NetworkSecurityElementElementEvent<PbErrorEvent>;

export type NetworkSecurityElementProps = {
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "heading-level"?: NetworkSecurityElement["headingLevel"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  headingLevel?: NetworkSecurityElement["headingLevel"] | undefined;
  /** The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. */
  adapter?: NetworkSecurityElement["adapter"] | undefined;

  /** The settings were saved; `detail.settings` holds them as the backend stored them. */
  "onpb-network-security-change"?:
    | ((e: NetworkSecurityElementPbNetworkSecurityChangeElementEvent) => void)
    | undefined;
  /** A backend call failed; the element shows the failure. */
  "onpb-error"?:
    ((e: NetworkSecurityElementPbErrorElementEvent) => void) | undefined;
};

export type NetworkSecurityElementSolidJsProps = {
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "attr:heading-level"?: NetworkSecurityElement["headingLevel"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "prop:headingLevel"?: NetworkSecurityElement["headingLevel"] | undefined;
  /** The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. */
  "prop:adapter"?: NetworkSecurityElement["adapter"] | undefined;
  /** The settings were saved; `detail.settings` holds them as the backend stored them. */
  "on:pb-network-security-change"?:
    | ((e: NetworkSecurityElementPbNetworkSecurityChangeElementEvent) => void)
    | undefined;
  /** A backend call failed; the element shows the failure. */
  "on:pb-error"?:
    ((e: NetworkSecurityElementPbErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `SyncSettingsElement` component event */
export type SyncSettingsElementElementEvent<E = Event> = TypedEvent<
  SyncSettingsElement,
  E
>;
/** `pb-account-linked` event type */
export type SyncSettingsElementPbAccountLinkedElementEvent =
  SyncSettingsElementElementEvent<PbAccountLinkedEvent>;
/** `pb-account-link-cancel` event type */
export type SyncSettingsElementPbAccountLinkCancelElementEvent =
  SyncSettingsElementElementEvent<PbAccountLinkCancelEvent>;
/** `pb-account-settings-saved` event type */
export type SyncSettingsElementPbAccountSettingsSavedElementEvent =
  SyncSettingsElementElementEvent<PbAccountSettingsSavedEvent>;
/** `pb-account-removed` event type */
export type SyncSettingsElementPbAccountRemovedElementEvent =
  SyncSettingsElementElementEvent<PbAccountRemovedEvent>;
/** `pb-sync-settings-saved` event type */
export type SyncSettingsElementPbSyncSettingsSavedElementEvent =
  SyncSettingsElementElementEvent<PbSyncSettingsSavedEvent>;
/** `pb-sync-run` event type */
export type SyncSettingsElementPbSyncRunElementEvent =
  SyncSettingsElementElementEvent<PbSyncRunEvent>;
/** `pb-sync-action-request` event type */
export type SyncSettingsElementPbSyncActionRequestElementEvent =
  SyncSettingsElementElementEvent<PbSyncActionRequestEvent>;
/** `pb-error` event type */
export type SyncSettingsElementPbErrorElementEvent =
  SyncSettingsElementElementEvent<PbErrorEvent>;

export type SyncSettingsElementProps = {
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "heading-level"?: SyncSettingsElement["headingLevel"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  headingLevel?: SyncSettingsElement["headingLevel"] | undefined;
  /** Opens the consent window. `window.open` by default; a host that must open it another
way (an app shell) passes its own, which must return the window or null. */
  openWindow?: SyncSettingsElement["openWindow"] | undefined;
  /** The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. */
  adapter?: SyncSettingsElement["adapter"] | undefined;

  /** An account was linked. */
  "onpb-account-linked"?:
    ((e: SyncSettingsElementPbAccountLinkedElementEvent) => void) | undefined;
  /** A link ended without an account (window closed, cancelled, denied or expired). */
  "onpb-account-link-cancel"?:
    | ((e: SyncSettingsElementPbAccountLinkCancelElementEvent) => void)
    | undefined;
  /** An account's settings were saved. */
  "onpb-account-settings-saved"?:
    | ((e: SyncSettingsElementPbAccountSettingsSavedElementEvent) => void)
    | undefined;
  /** An account was removed. */
  "onpb-account-removed"?:
    ((e: SyncSettingsElementPbAccountRemovedElementEvent) => void) | undefined;
  /** The personal tags (and OAuth client) were saved. */
  "onpb-sync-settings-saved"?:
    | ((e: SyncSettingsElementPbSyncSettingsSavedElementEvent) => void)
    | undefined;
  /** A sync run started or ended. */
  "onpb-sync-run"?:
    ((e: SyncSettingsElementPbSyncRunElementEvent) => void) | undefined;
  /** Before removing an account or discarding changes; cancel to keep things as they are. */
  "onpb-sync-action-request"?:
    | ((e: SyncSettingsElementPbSyncActionRequestElementEvent) => void)
    | undefined;
  /** A backend call failed (the element shows it), or linking cannot work here (`account-link-unavailable`: the browser blocked the consent window). */
  "onpb-error"?:
    ((e: SyncSettingsElementPbErrorElementEvent) => void) | undefined;
};

export type SyncSettingsElementSolidJsProps = {
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "attr:heading-level"?: SyncSettingsElement["headingLevel"] | undefined;
  /** The level of the element's top heading (1–6), so it fits the outline of the host's
page; the headings inside it follow one level deeper each. */
  "prop:headingLevel"?: SyncSettingsElement["headingLevel"] | undefined;
  /** Opens the consent window. `window.open` by default; a host that must open it another
way (an app shell) passes its own, which must return the window or null. */
  "prop:openWindow"?: SyncSettingsElement["openWindow"] | undefined;
  /** The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. */
  "prop:adapter"?: SyncSettingsElement["adapter"] | undefined;
  /** An account was linked. */
  "on:pb-account-linked"?:
    ((e: SyncSettingsElementPbAccountLinkedElementEvent) => void) | undefined;
  /** A link ended without an account (window closed, cancelled, denied or expired). */
  "on:pb-account-link-cancel"?:
    | ((e: SyncSettingsElementPbAccountLinkCancelElementEvent) => void)
    | undefined;
  /** An account's settings were saved. */
  "on:pb-account-settings-saved"?:
    | ((e: SyncSettingsElementPbAccountSettingsSavedElementEvent) => void)
    | undefined;
  /** An account was removed. */
  "on:pb-account-removed"?:
    ((e: SyncSettingsElementPbAccountRemovedElementEvent) => void) | undefined;
  /** The personal tags (and OAuth client) were saved. */
  "on:pb-sync-settings-saved"?:
    | ((e: SyncSettingsElementPbSyncSettingsSavedElementEvent) => void)
    | undefined;
  /** A sync run started or ended. */
  "on:pb-sync-run"?:
    ((e: SyncSettingsElementPbSyncRunElementEvent) => void) | undefined;
  /** Before removing an account or discarding changes; cancel to keep things as they are. */
  "on:pb-sync-action-request"?:
    | ((e: SyncSettingsElementPbSyncActionRequestElementEvent) => void)
    | undefined;
  /** A backend call failed (the element shows it), or linking cannot work here (`account-link-unavailable`: the browser blocked the consent window). */
  "on:pb-error"?:
    ((e: SyncSettingsElementPbErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CustomElements = {
  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `app-id`/`appId`: The id of the app to show.
   * - `host-name`/`hostName`: The host product's name, used where the text speaks of it ("Hotelio support").
   * - `heading-level`/`headingLevel`: The level of the element's top heading (1–6), so it fits the outline of the host's
   * page; the headings inside it follow one level deeper each.
   * - `now`: The clock for relative times and the fee date. (property only)
   * - `status`: The app's status as shown: the activation's when known. (property only) (readonly)
   * - `adapter`: The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. (property only)
   * - `taskAdapter`: The adapter tasks call: answers checked against the contract, failures announced as
   * `pb-error` with the operation's name (aborts are not failures). (property only) (readonly)
   * - `taskLocale`: undefined (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pb-activated`: The app was activated.
   * - `pb-deactivate-request`: The admin confirmed deactivation; cancel to keep the app active.
   * - `pb-deactivated`: The app was deactivated.
   * - `pb-consent`: Bubbles from the consent dialog with the record of what was accepted.
   * - `pb-error`: A backend call failed; the element shows the failure.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `load() => Promise<void>`: Loads the app and its activation again.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pb-app-detail-gap`: Space between sections. (default: `1.25rem`)
   * - `--pb-app-detail-logo-size`: The logo's size. (default: `3.5rem`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `header`: Logo, name, vendor, status and the main action.
   * - `logo`: The app's logo or its initials.
   * - `name`: The app's name.
   * - `status`: The status badge.
   * - `activate-button`: Activate.
   * - `deactivate-button`: Deactivate.
   * - `section`: Every section of the description.
   * - `credentials`: The API credentials panel of a vendor-developed app.
   * - `configuration`: The configuration section of a host-developed app.
   * - `connector-form`: The `<connector-form>` that configures a host-developed app.
   * - `configure-button`: Opens the configuration form again after it was closed.
   * - `more-info`: The "More information" link.
   * - `confirm-dialog`: The deactivation and re-issue confirmation dialog.
   * - `confirm-title`: The confirmation's heading.
   * - `confirm-cancel-button`: The confirmation's way back.
   * - `confirm-button`: The confirmation's button that goes ahead.
   * - `loading`: The loading message.
   * - `error`: A failure message.
   * - `retry-button`: Try again, after loading failed.
   * - `consent-dialog`: The nested consent dialog's `<dialog>` (re-exported).
   */
  "app-detail": Partial<
    AppDetailElementProps & BaseProps<AppDetailElement> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `app`: The id of the app whose detail is open; empty when none is.
   * - `host-name`/`hostName`: The host product's name, used where the text speaks of it.
   * - `heading-level`/`headingLevel`: The level of the element's top heading (1–6), so it fits the outline of the host's
   * page; the headings inside it follow one level deeper each.
   * - `visibleApps`: The apps the current search and view show, in order. (property only) (readonly)
   * - `adapter`: The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. (property only)
   * - `taskAdapter`: The adapter tasks call: answers checked against the contract, failures announced as
   * `pb-error` with the operation's name (aborts are not failures). (property only) (readonly)
   * - `taskLocale`: undefined (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pb-app-open`: An app's detail opened.
   * - `pb-app-close`: An app's detail closed.
   * - `pb-activated`: Bubbles from the detail: an app was activated.
   * - `pb-deactivate-request`: Bubbles from the detail; cancel to keep the app active.
   * - `pb-deactivated`: Bubbles from the detail: an app was deactivated.
   * - `pb-consent`: Bubbles from the consent dialog with the record of what was accepted.
   * - `pb-network-security-change`: Bubbles from the network security dialog.
   * - `pb-error`: A backend call failed; the element shows the failure.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `load() => Promise<void>`: Loads the categories and apps again.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pb-app-marketplace-height`: Height of the scrolling tile area. (default: `40rem`)
   * - `--pb-app-marketplace-sidebar-width`: Width of the sidebar. (default: `15rem`)
   * - `--pb-app-tile-background`: Tile background. (default: `var(--pb-color-surface)`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `sidebar`: The column with search, views and categories.
   * - `search`: The search field.
   * - `view`: Each view and category (a radio's label); `current` is added to the selected one.
   * - `toolbar`: The heading row above the tiles.
   * - `viewport`: The scrolling area of the tiles.
   * - `tile`: Each app tile.
   * - `tile-logo`: A tile's logo or initials.
   * - `tile-status`: A tile's status badge.
   * - `loading`: The loading message.
   * - `empty`: The message shown when nothing matches.
   * - `error`: A failure message.
   * - `retry-button`: Try again, after loading failed.
   * - `notice`: Says that some apps could not be shown (the backend sent unreadable ones).
   * - `detail-dialog`: The dialog holding an app's detail.
   * - `network-button`: The button opening network security.
   * - `network-dialog`: The dialog holding network security.
   */
  "app-marketplace": Partial<
    AppMarketplaceProps & BaseProps<AppMarketplace> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `type-id`/`typeId`: The connector type whose form to show, when creating.
   * - `connector-id`/`connectorId`: The connector to edit or reconnect; its type is then the connector's.
   * - `mode`: `create`, `edit` or `reconnect`. With a `connector-id`, `create` is read as `edit`.
   * - `app-id`/`appId`: The host-developed app the new connector configures.
   * - `heading-level`/`headingLevel`: The level of the element's top heading (1–6), so it fits the outline of the host's
   * page; the headings inside it follow one level deeper each.
   * - `overrides`: The host's changes to single fields, by field id: a default, help text and a link to
   * its own documentation, read-only, or hidden (its default is still sent). (property only)
   * - `dirty`: True while the form holds changes that are not saved. (property only) (readonly)
   * - `adapter`: The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. (property only)
   * - `taskAdapter`: The adapter tasks call: answers checked against the contract, failures announced as
   * `pb-error` with the operation's name (aborts are not failures). (property only) (readonly)
   * - `taskLocale`: undefined (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pb-connector-created`: A new connector was stored; `detail.connector.status` says whether it is active.
   * - `pb-connector-saved`: Changes to an existing connector were stored.
   * - `pb-connector-authorized`: The service accepted the credentials.
   * - `pb-connector-activated`: The connector was activated.
   * - `pb-connector-deactivated`: The connector was deactivated.
   * - `pb-connector-deleted`: The connector was deleted.
   * - `pb-connector-action-request`: Before deactivating, deleting or discarding changes; cancel to keep things as they are.
   * - `pb-connector-closed`: The admin left the form with Close.
   * - `pb-error`: A backend call failed; the element shows the failure.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `load() => Promise<void>`: Loads the type and the connector again; unsaved input in the form is kept.
   * - `requestClose() => boolean`: Leaves the form as "Close" does: at once when nothing changed, else after the
   * cancelable `pb-connector-action-request` and the admin's confirmation. Resolves true
   * when the form closed now.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pb-connector-form-gap`: Space between the sections. (default: `1.25rem`)
   * - `--pb-connector-form-step-background`: Background of a step. (default: `var(--pb-color-surface-raised)`)
   * - `--pb-connector-form-dialog-width`: The confirmation dialog's width. (default: `30rem`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `form`: The form.
   * - `title`: The heading.
   * - `intro`: The type's description, or what reconnecting does.
   * - `service-choice`: The choice between look-alike services (same group) when creating.
   * - `warning`: The type's caution (e.g. look-alike services with separate accounts).
   * - `prerequisites`: What to check on the service's side before connecting.
   * - `prerequisite`: One item to check.
   * - `prerequisites-count`: How many of them the admin ticked off.
   * - `copy-list`: Values to copy elsewhere (addresses to allow-list).
   * - `copy-items`: The list of those values.
   * - `copy-button`: Copies them.
   * - `step`: One step of the form.
   * - `step-title`: A step's heading.
   * - `step-locked`: Why a step cannot be filled in yet.
   * - `field`: One field: its label, help, control and message.
   * - `field-help`: A field's help text and link.
   * - `help-link`: The link to further documentation.
   * - `input`: A text, number, date or secret input, or a text area.
   * - `secret-input`: A secret's input.
   * - `secret-set`: A stored secret: that it is set, and Replace.
   * - `replace-button`: Replace a stored secret.
   * - `keep-button`: Keep the stored secret after all.
   * - `select`: A drop-down.
   * - `choices`: A group of radio buttons or checkboxes.
   * - `options`: The options of a group.
   * - `radio`: A radio button.
   * - `checkbox`: A checkbox.
   * - `no-options`: Said when the service offers no choices.
   * - `options-loading`: Said while the choices load.
   * - `options-error`: The choices could not load, with Retry.
   * - `notice`: A notice field.
   * - `field-error`: Why a field's value was refused.
   * - `error`: A failure message.
   * - `retry-button`: Try again, after loading failed.
   * - `loading`: The loading message.
   * - `status`: The polite status line (saving, saved, accepted).
   * - `actions`: Close and the main button.
   * - `close-button`: Close.
   * - `submit-button`: Connect, Done or Reconnect.
   * - `manage`: The connector's status and its deactivate, reconnect and delete buttons.
   * - `connector-status`: The connector's status badge.
   * - `activate-button`: Activate.
   * - `deactivate-button`: Deactivate.
   * - `reconnect-button`: Reconnect.
   * - `delete-button`: Delete.
   * - `credentials`: A new registry connector's ID and secret, shown once.
   * - `credentials-intro`: What the credentials are for.
   * - `secret-warning`: The warning that the secret is not shown again.
   * - `client-id`: The Connector ID with its Copy button.
   * - `client-secret`: The Connector Secret with its Copy button.
   * - `credential-value`: A credential's text.
   * - `copy-client-id-button`: Copies the Connector ID.
   * - `copy-client-secret-button`: Copies the Connector Secret.
   * - `credentials-close-button`: Closes the credentials, once the admin confirms they copied the secret.
   * - `secret-lost`: Said when a registry connector was created but its secret never arrived.
   * - `confirm-dialog`: The `<dialog>` confirming a deactivation, a deletion, discarding changes, or that the secret was copied.
   * - `confirm-title`: The confirmation's heading.
   * - `confirm-cancel-button`: The confirmation's way back.
   * - `confirm-button`: The confirmation's button that goes ahead.
   */
  "connector-form": Partial<
    ConnectorFormElementProps & BaseProps<ConnectorFormElement> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `type-id`/`typeId`: Lists only connectors of this type, and adds connectors of it.
   * - `owner`: `me`: the connectors the signed-in admin created; `all`: every connector of the organisation.
   * - `heading-level`/`headingLevel`: The level of the element's top heading (1–6), so it fits the outline of the host's
   * page; the headings inside it follow one level deeper each.
   * - `adapter`: The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. (property only)
   * - `taskAdapter`: The adapter tasks call: answers checked against the contract, failures announced as
   * `pb-error` with the operation's name (aborts are not failures). (property only) (readonly)
   * - `taskLocale`: undefined (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pb-connector-created`: A connector was created (from the nested form).
   * - `pb-connector-saved`: A connector's changes were saved (from the nested form).
   * - `pb-connector-activated`: A connector was activated.
   * - `pb-connector-deactivated`: A connector was deactivated.
   * - `pb-connector-deleted`: A connector was deleted.
   * - `pb-connector-group-change`: A connector joined or left a group.
   * - `pb-connector-action-request`: Before deactivating, deleting or removing from a group, once the admin confirmed; cancel to keep things as they are.
   * - `pb-error`: A backend call failed; the element shows the failure.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `load() => Promise<void>`: Loads the types and connectors again.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pb-connector-list-gap`: Space between the connectors. (default: `1rem`)
   * - `--pb-connector-list-row-background`: A connector's background. (default: `var(--pb-color-surface-raised)`)
   * - `--pb-connector-list-dialog-width`: The width of the dialog holding the form. (default: `40rem`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The whole list.
   * - `header`: The heading, the owner filter and the add button.
   * - `title`: The heading.
   * - `owner-filter`: The drop-down choosing the admin's own connectors or all of them.
   * - `add-button`: Adds a connector ("Set up", "Add more", "New connector").
   * - `limit`: How many of the allowed connectors the organisation uses.
   * - `limit-reached`: Why no more can be added.
   * - `status`: The polite status line (deactivated, added to a group, copied).
   * - `count`: How many connectors are listed.
   * - `list`: The list of connectors.
   * - `connector`: One connector.
   * - `connector-name`: A connector's name.
   * - `connector-status`: A connector's status badge.
   * - `connector-meta`: A connector's type, owner and creation date.
   * - `connector-description`: A connector's description.
   * - `client-id`: A registry connector's ID with Copy.
   * - `credential-value`: The ID's text.
   * - `copy-client-id-button`: Copies a registry connector's ID.
   * - `groups`: A registry connector's groups.
   * - `group`: One group with the date its token was issued and Remove.
   * - `remove-group-button`: Removes the connector from a group.
   * - `group-select`: The drop-down of groups to add the connector to.
   * - `add-group-button`: Adds the connector to the chosen group.
   * - `inactive-note`: What an inactive registry connector can and cannot do with groups.
   * - `actions`: A connector's buttons.
   * - `edit-button`: Edit (or finish setting up) a connector.
   * - `reconnect-button`: Reconnect with new credentials.
   * - `activate-button`: Activate.
   * - `deactivate-button`: Deactivate.
   * - `delete-button`: Delete.
   * - `empty`: Said when there are no connectors, with the way to add one.
   * - `show-all-button`: Switches an empty "created by me" list to all connectors.
   * - `error`: A failure message.
   * - `retry-button`: Try again, after loading failed.
   * - `loading`: The loading message.
   * - `form-dialog`: The `<dialog>` holding the service picker or a connector's form.
   * - `service-picker`: The choice of service when adding without `type-id`.
   * - `service`: One service to pick.
   * - `next-button`: Goes on to the picked service's form.
   * - `cancel-button`: Leaves the picker.
   * - `connector-form`: The nested `<connector-form>`.
   * - `confirm-dialog`: The `<dialog>` confirming a deactivation, a deletion or a removal from a group.
   * - `confirm-title`: The confirmation's heading.
   * - `confirm-cancel-button`: The confirmation's way back.
   * - `confirm-button`: The confirmation's button that goes ahead.
   */
  "connector-list": Partial<
    ConnectorListElementProps & BaseProps<ConnectorListElement> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `open`: Whether the dialog is shown. Opening it clears earlier consents.
   * - `busy`: Set while the activation runs: Activate and Cancel are disabled.
   * - `error`: A failure to show above the buttons, already in the user's language.
   * - `heading-level`/`headingLevel`: The level of the element's top heading (1–6), so it fits the outline of the host's
   * page; the headings inside it follow one level deeper each.
   * - `app`: The app being activated. (property only)
   * - `now`: The clock the fee date is computed from. (property only)
   * - `accepted`: Whether every consent shown has been given. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pb-consent`: The consents were given; `detail.consent` is the record to store. Cancelable: cancel it to keep the dialog open.
   * - `pb-consent-cancel`: The dialog was closed without consent (Cancel or Escape).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `show(app: AppDetail | null = this.app) => void`: Opens the dialog for `app`.
   * - `hide() => void`: undefined
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pb-consent-dialog-width`: The dialog's width. (default: `34rem`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `dialog`: The native `<dialog>`.
   * - `title`: The dialog's heading.
   * - `fees`: The fee consent group.
   * - `data`: The data access consent group.
   * - `scopes`: The list of data sets the vendor gets.
   * - `error`: The message shown when activation failed.
   * - `actions`: The row of buttons.
   * - `activate-button`: The Activate button.
   * - `cancel-button`: The Cancel button.
   */
  "consent-dialog": Partial<
    ConsentDialogProps & BaseProps<ConsentDialog> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading-level`/`headingLevel`: The level of the element's top heading (1–6), so it fits the outline of the host's
   * page; the headings inside it follow one level deeper each.
   * - `adapter`: The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. (property only)
   * - `taskAdapter`: The adapter tasks call: answers checked against the contract, failures announced as
   * `pb-error` with the operation's name (aborts are not failures). (property only) (readonly)
   * - `taskLocale`: undefined (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pb-network-security-change`: The settings were saved; `detail.settings` holds them as the backend stored them.
   * - `pb-error`: A backend call failed; the element shows the failure.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `load() => Promise<void>`: Loads the settings again from the backend, dropping any change not yet saved.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pb-network-security-gap`: Space between the sections. (default: `1.25rem`)
   * - `--pb-network-security-row-background`: Background of a trusted network's row. (default: `var(--pb-color-surface-raised)`)
   * - `--pb-network-security-dialog-width`: The confirmation dialog's width. (default: `30rem`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `title`: The heading.
   * - `intro`: The text under the heading.
   * - `loading`: The loading message.
   * - `error`: A failure message (loading or saving).
   * - `retry-button`: Try again, after loading failed.
   * - `mode`: The fieldset of the two modes.
   * - `mode-option`: One mode: its radio button, label and hint.
   * - `hint`: A mode's explanation.
   * - `networks`: The trusted networks section.
   * - `count`: How many networks are trusted.
   * - `empty`: The message shown while no network is trusted.
   * - `list`: The list of trusted networks.
   * - `row`: One trusted network.
   * - `address`: A network's address.
   * - `row-label`: A network's label.
   * - `remove-button`: A network's Remove button.
   * - `add-form`: The form that adds a network.
   * - `address-input`: The address field.
   * - `label-input`: The label field.
   * - `field-error`: Why a field's value was refused.
   * - `add-button`: The Add network button.
   * - `status`: The polite status line (saving, saved).
   * - `confirm-dialog`: The `<dialog>` asking to confirm restricting with no trusted network.
   * - `confirm-title`: The confirmation's heading.
   * - `confirm-cancel-button`: The confirmation's Cancel button.
   * - `confirm-button`: The confirmation's Restrict button.
   */
  "network-security": Partial<
    NetworkSecurityElementProps & BaseProps<NetworkSecurityElement> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading-level`/`headingLevel`: The level of the element's top heading (1–6), so it fits the outline of the host's
   * page; the headings inside it follow one level deeper each.
   * - `openWindow`: Opens the consent window. `window.open` by default; a host that must open it another
   * way (an app shell) passes its own, which must return the window or null. (property only)
   * - `adapter`: The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. (property only)
   * - `taskAdapter`: The adapter tasks call: answers checked against the contract, failures announced as
   * `pb-error` with the operation's name (aborts are not failures). (property only) (readonly)
   * - `taskLocale`: undefined (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pb-account-linked`: An account was linked.
   * - `pb-account-link-cancel`: A link ended without an account (window closed, cancelled, denied or expired).
   * - `pb-account-settings-saved`: An account's settings were saved.
   * - `pb-account-removed`: An account was removed.
   * - `pb-sync-settings-saved`: The personal tags (and OAuth client) were saved.
   * - `pb-sync-run`: A sync run started or ended.
   * - `pb-sync-action-request`: Before removing an account or discarding changes; cancel to keep things as they are.
   * - `pb-error`: A backend call failed (the element shows it), or linking cannot work here (`account-link-unavailable`: the browser blocked the consent window).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `load() => Promise<void>`: Loads the services, accounts, tags and settings again.
   * - `linkAccount(serviceId: string) => void`: Starts linking an account of `serviceId`, as picking the service does. Call it
   * synchronously inside the host's own click handler: a window opened later is blocked.
   * - `checkAccountLink() => Promise<void>`: Asks the backend whether the link under way completed (what a host polling would do).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pb-sync-settings-gap`: Space between the sections. (default: `1.5rem`)
   * - `--pb-sync-settings-row-background`: An account's background. (default: `var(--pb-color-surface-raised)`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The whole element.
   * - `title`: The heading.
   * - `status`: The polite status line.
   * - `error`: A failure message.
   * - `retry-button`: Try again, after loading failed.
   * - `loading`: The loading message.
   * - `accounts`: The linked accounts section.
   * - `account`: One linked account.
   * - `account-name`: An account's name.
   * - `account-status`: An account's status badge.
   * - `service-icon`: A service's icon; also `service-icon-<icon>` (e.g. `service-icon-google`) to style one service's.
   * - `configure-button`: Opens an account's settings.
   * - `relink-button`: Connects an account again whose access expired.
   * - `remove-button`: Removes an account.
   * - `account-form`: An account's settings form.
   * - `period-select`: The period of an automatic sync.
   * - `sync-from`: The "sync starting from" date input.
   * - `close-account-button`: Closes an account's settings.
   * - `save-account-button`: Saves an account's settings.
   * - `add-account-button`: Shows the services to link.
   * - `services`: The services to pick from.
   * - `service-button`: Links an account of one service.
   * - `linking`: The link under way: what is awaited, and Cancel.
   * - `open-link`: Opens the consent page in a new tab when the window was blocked.
   * - `check-link-button`: Asks the backend whether the link completed.
   * - `cancel-link-button`: Gives up the link.
   * - `settings-form`: The personal tags and the OAuth client.
   * - `tags`: The personal tags to sync.
   * - `oauth`: An on-site installation's OAuth client.
   * - `client-id-input`: The OAuth client ID.
   * - `client-secret-input`: The OAuth client secret (write-only).
   * - `secret-set`: Says a client secret is stored, with Replace.
   * - `replace-button`: Replaces the stored client secret.
   * - `copy-button`: Copies the redirect URI or the origin.
   * - `save-button`: Saves the personal tags and the OAuth client.
   * - `sync`: "Sync now" and the last run.
   * - `sync-button`: Sync now.
   * - `run-progress`: The running sync's progress.
   * - `run-result`: The last run's result.
   * - `confirm-dialog`: The `<dialog>` confirming a removal or discarding changes.
   * - `confirm-title`: The confirmation's heading.
   * - `confirm-cancel-button`: The confirmation's way back.
   * - `confirm-button`: The confirmation's button that goes ahead.
   */
  "sync-settings": Partial<
    SyncSettingsElementProps & BaseProps<SyncSettingsElement> & BaseEvents
  >;
};

export type CustomElementsSolidJs = {
  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `app-id`/`appId`: The id of the app to show.
   * - `host-name`/`hostName`: The host product's name, used where the text speaks of it ("Hotelio support").
   * - `heading-level`/`headingLevel`: The level of the element's top heading (1–6), so it fits the outline of the host's
   * page; the headings inside it follow one level deeper each.
   * - `now`: The clock for relative times and the fee date. (property only)
   * - `status`: The app's status as shown: the activation's when known. (property only) (readonly)
   * - `adapter`: The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. (property only)
   * - `taskAdapter`: The adapter tasks call: answers checked against the contract, failures announced as
   * `pb-error` with the operation's name (aborts are not failures). (property only) (readonly)
   * - `taskLocale`: undefined (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pb-activated`: The app was activated.
   * - `pb-deactivate-request`: The admin confirmed deactivation; cancel to keep the app active.
   * - `pb-deactivated`: The app was deactivated.
   * - `pb-consent`: Bubbles from the consent dialog with the record of what was accepted.
   * - `pb-error`: A backend call failed; the element shows the failure.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `load() => Promise<void>`: Loads the app and its activation again.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pb-app-detail-gap`: Space between sections. (default: `1.25rem`)
   * - `--pb-app-detail-logo-size`: The logo's size. (default: `3.5rem`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `header`: Logo, name, vendor, status and the main action.
   * - `logo`: The app's logo or its initials.
   * - `name`: The app's name.
   * - `status`: The status badge.
   * - `activate-button`: Activate.
   * - `deactivate-button`: Deactivate.
   * - `section`: Every section of the description.
   * - `credentials`: The API credentials panel of a vendor-developed app.
   * - `configuration`: The configuration section of a host-developed app.
   * - `connector-form`: The `<connector-form>` that configures a host-developed app.
   * - `configure-button`: Opens the configuration form again after it was closed.
   * - `more-info`: The "More information" link.
   * - `confirm-dialog`: The deactivation and re-issue confirmation dialog.
   * - `confirm-title`: The confirmation's heading.
   * - `confirm-cancel-button`: The confirmation's way back.
   * - `confirm-button`: The confirmation's button that goes ahead.
   * - `loading`: The loading message.
   * - `error`: A failure message.
   * - `retry-button`: Try again, after loading failed.
   * - `consent-dialog`: The nested consent dialog's `<dialog>` (re-exported).
   */
  "app-detail": Partial<
    AppDetailElementProps &
      AppDetailElementSolidJsProps &
      BaseProps<AppDetailElement> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `app`: The id of the app whose detail is open; empty when none is.
   * - `host-name`/`hostName`: The host product's name, used where the text speaks of it.
   * - `heading-level`/`headingLevel`: The level of the element's top heading (1–6), so it fits the outline of the host's
   * page; the headings inside it follow one level deeper each.
   * - `visibleApps`: The apps the current search and view show, in order. (property only) (readonly)
   * - `adapter`: The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. (property only)
   * - `taskAdapter`: The adapter tasks call: answers checked against the contract, failures announced as
   * `pb-error` with the operation's name (aborts are not failures). (property only) (readonly)
   * - `taskLocale`: undefined (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pb-app-open`: An app's detail opened.
   * - `pb-app-close`: An app's detail closed.
   * - `pb-activated`: Bubbles from the detail: an app was activated.
   * - `pb-deactivate-request`: Bubbles from the detail; cancel to keep the app active.
   * - `pb-deactivated`: Bubbles from the detail: an app was deactivated.
   * - `pb-consent`: Bubbles from the consent dialog with the record of what was accepted.
   * - `pb-network-security-change`: Bubbles from the network security dialog.
   * - `pb-error`: A backend call failed; the element shows the failure.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `load() => Promise<void>`: Loads the categories and apps again.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pb-app-marketplace-height`: Height of the scrolling tile area. (default: `40rem`)
   * - `--pb-app-marketplace-sidebar-width`: Width of the sidebar. (default: `15rem`)
   * - `--pb-app-tile-background`: Tile background. (default: `var(--pb-color-surface)`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `sidebar`: The column with search, views and categories.
   * - `search`: The search field.
   * - `view`: Each view and category (a radio's label); `current` is added to the selected one.
   * - `toolbar`: The heading row above the tiles.
   * - `viewport`: The scrolling area of the tiles.
   * - `tile`: Each app tile.
   * - `tile-logo`: A tile's logo or initials.
   * - `tile-status`: A tile's status badge.
   * - `loading`: The loading message.
   * - `empty`: The message shown when nothing matches.
   * - `error`: A failure message.
   * - `retry-button`: Try again, after loading failed.
   * - `notice`: Says that some apps could not be shown (the backend sent unreadable ones).
   * - `detail-dialog`: The dialog holding an app's detail.
   * - `network-button`: The button opening network security.
   * - `network-dialog`: The dialog holding network security.
   */
  "app-marketplace": Partial<
    AppMarketplaceProps &
      AppMarketplaceSolidJsProps &
      BaseProps<AppMarketplace> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `type-id`/`typeId`: The connector type whose form to show, when creating.
   * - `connector-id`/`connectorId`: The connector to edit or reconnect; its type is then the connector's.
   * - `mode`: `create`, `edit` or `reconnect`. With a `connector-id`, `create` is read as `edit`.
   * - `app-id`/`appId`: The host-developed app the new connector configures.
   * - `heading-level`/`headingLevel`: The level of the element's top heading (1–6), so it fits the outline of the host's
   * page; the headings inside it follow one level deeper each.
   * - `overrides`: The host's changes to single fields, by field id: a default, help text and a link to
   * its own documentation, read-only, or hidden (its default is still sent). (property only)
   * - `dirty`: True while the form holds changes that are not saved. (property only) (readonly)
   * - `adapter`: The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. (property only)
   * - `taskAdapter`: The adapter tasks call: answers checked against the contract, failures announced as
   * `pb-error` with the operation's name (aborts are not failures). (property only) (readonly)
   * - `taskLocale`: undefined (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pb-connector-created`: A new connector was stored; `detail.connector.status` says whether it is active.
   * - `pb-connector-saved`: Changes to an existing connector were stored.
   * - `pb-connector-authorized`: The service accepted the credentials.
   * - `pb-connector-activated`: The connector was activated.
   * - `pb-connector-deactivated`: The connector was deactivated.
   * - `pb-connector-deleted`: The connector was deleted.
   * - `pb-connector-action-request`: Before deactivating, deleting or discarding changes; cancel to keep things as they are.
   * - `pb-connector-closed`: The admin left the form with Close.
   * - `pb-error`: A backend call failed; the element shows the failure.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `load() => Promise<void>`: Loads the type and the connector again; unsaved input in the form is kept.
   * - `requestClose() => boolean`: Leaves the form as "Close" does: at once when nothing changed, else after the
   * cancelable `pb-connector-action-request` and the admin's confirmation. Resolves true
   * when the form closed now.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pb-connector-form-gap`: Space between the sections. (default: `1.25rem`)
   * - `--pb-connector-form-step-background`: Background of a step. (default: `var(--pb-color-surface-raised)`)
   * - `--pb-connector-form-dialog-width`: The confirmation dialog's width. (default: `30rem`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `form`: The form.
   * - `title`: The heading.
   * - `intro`: The type's description, or what reconnecting does.
   * - `service-choice`: The choice between look-alike services (same group) when creating.
   * - `warning`: The type's caution (e.g. look-alike services with separate accounts).
   * - `prerequisites`: What to check on the service's side before connecting.
   * - `prerequisite`: One item to check.
   * - `prerequisites-count`: How many of them the admin ticked off.
   * - `copy-list`: Values to copy elsewhere (addresses to allow-list).
   * - `copy-items`: The list of those values.
   * - `copy-button`: Copies them.
   * - `step`: One step of the form.
   * - `step-title`: A step's heading.
   * - `step-locked`: Why a step cannot be filled in yet.
   * - `field`: One field: its label, help, control and message.
   * - `field-help`: A field's help text and link.
   * - `help-link`: The link to further documentation.
   * - `input`: A text, number, date or secret input, or a text area.
   * - `secret-input`: A secret's input.
   * - `secret-set`: A stored secret: that it is set, and Replace.
   * - `replace-button`: Replace a stored secret.
   * - `keep-button`: Keep the stored secret after all.
   * - `select`: A drop-down.
   * - `choices`: A group of radio buttons or checkboxes.
   * - `options`: The options of a group.
   * - `radio`: A radio button.
   * - `checkbox`: A checkbox.
   * - `no-options`: Said when the service offers no choices.
   * - `options-loading`: Said while the choices load.
   * - `options-error`: The choices could not load, with Retry.
   * - `notice`: A notice field.
   * - `field-error`: Why a field's value was refused.
   * - `error`: A failure message.
   * - `retry-button`: Try again, after loading failed.
   * - `loading`: The loading message.
   * - `status`: The polite status line (saving, saved, accepted).
   * - `actions`: Close and the main button.
   * - `close-button`: Close.
   * - `submit-button`: Connect, Done or Reconnect.
   * - `manage`: The connector's status and its deactivate, reconnect and delete buttons.
   * - `connector-status`: The connector's status badge.
   * - `activate-button`: Activate.
   * - `deactivate-button`: Deactivate.
   * - `reconnect-button`: Reconnect.
   * - `delete-button`: Delete.
   * - `credentials`: A new registry connector's ID and secret, shown once.
   * - `credentials-intro`: What the credentials are for.
   * - `secret-warning`: The warning that the secret is not shown again.
   * - `client-id`: The Connector ID with its Copy button.
   * - `client-secret`: The Connector Secret with its Copy button.
   * - `credential-value`: A credential's text.
   * - `copy-client-id-button`: Copies the Connector ID.
   * - `copy-client-secret-button`: Copies the Connector Secret.
   * - `credentials-close-button`: Closes the credentials, once the admin confirms they copied the secret.
   * - `secret-lost`: Said when a registry connector was created but its secret never arrived.
   * - `confirm-dialog`: The `<dialog>` confirming a deactivation, a deletion, discarding changes, or that the secret was copied.
   * - `confirm-title`: The confirmation's heading.
   * - `confirm-cancel-button`: The confirmation's way back.
   * - `confirm-button`: The confirmation's button that goes ahead.
   */
  "connector-form": Partial<
    ConnectorFormElementProps &
      ConnectorFormElementSolidJsProps &
      BaseProps<ConnectorFormElement> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `type-id`/`typeId`: Lists only connectors of this type, and adds connectors of it.
   * - `owner`: `me`: the connectors the signed-in admin created; `all`: every connector of the organisation.
   * - `heading-level`/`headingLevel`: The level of the element's top heading (1–6), so it fits the outline of the host's
   * page; the headings inside it follow one level deeper each.
   * - `adapter`: The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. (property only)
   * - `taskAdapter`: The adapter tasks call: answers checked against the contract, failures announced as
   * `pb-error` with the operation's name (aborts are not failures). (property only) (readonly)
   * - `taskLocale`: undefined (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pb-connector-created`: A connector was created (from the nested form).
   * - `pb-connector-saved`: A connector's changes were saved (from the nested form).
   * - `pb-connector-activated`: A connector was activated.
   * - `pb-connector-deactivated`: A connector was deactivated.
   * - `pb-connector-deleted`: A connector was deleted.
   * - `pb-connector-group-change`: A connector joined or left a group.
   * - `pb-connector-action-request`: Before deactivating, deleting or removing from a group, once the admin confirmed; cancel to keep things as they are.
   * - `pb-error`: A backend call failed; the element shows the failure.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `load() => Promise<void>`: Loads the types and connectors again.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pb-connector-list-gap`: Space between the connectors. (default: `1rem`)
   * - `--pb-connector-list-row-background`: A connector's background. (default: `var(--pb-color-surface-raised)`)
   * - `--pb-connector-list-dialog-width`: The width of the dialog holding the form. (default: `40rem`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The whole list.
   * - `header`: The heading, the owner filter and the add button.
   * - `title`: The heading.
   * - `owner-filter`: The drop-down choosing the admin's own connectors or all of them.
   * - `add-button`: Adds a connector ("Set up", "Add more", "New connector").
   * - `limit`: How many of the allowed connectors the organisation uses.
   * - `limit-reached`: Why no more can be added.
   * - `status`: The polite status line (deactivated, added to a group, copied).
   * - `count`: How many connectors are listed.
   * - `list`: The list of connectors.
   * - `connector`: One connector.
   * - `connector-name`: A connector's name.
   * - `connector-status`: A connector's status badge.
   * - `connector-meta`: A connector's type, owner and creation date.
   * - `connector-description`: A connector's description.
   * - `client-id`: A registry connector's ID with Copy.
   * - `credential-value`: The ID's text.
   * - `copy-client-id-button`: Copies a registry connector's ID.
   * - `groups`: A registry connector's groups.
   * - `group`: One group with the date its token was issued and Remove.
   * - `remove-group-button`: Removes the connector from a group.
   * - `group-select`: The drop-down of groups to add the connector to.
   * - `add-group-button`: Adds the connector to the chosen group.
   * - `inactive-note`: What an inactive registry connector can and cannot do with groups.
   * - `actions`: A connector's buttons.
   * - `edit-button`: Edit (or finish setting up) a connector.
   * - `reconnect-button`: Reconnect with new credentials.
   * - `activate-button`: Activate.
   * - `deactivate-button`: Deactivate.
   * - `delete-button`: Delete.
   * - `empty`: Said when there are no connectors, with the way to add one.
   * - `show-all-button`: Switches an empty "created by me" list to all connectors.
   * - `error`: A failure message.
   * - `retry-button`: Try again, after loading failed.
   * - `loading`: The loading message.
   * - `form-dialog`: The `<dialog>` holding the service picker or a connector's form.
   * - `service-picker`: The choice of service when adding without `type-id`.
   * - `service`: One service to pick.
   * - `next-button`: Goes on to the picked service's form.
   * - `cancel-button`: Leaves the picker.
   * - `connector-form`: The nested `<connector-form>`.
   * - `confirm-dialog`: The `<dialog>` confirming a deactivation, a deletion or a removal from a group.
   * - `confirm-title`: The confirmation's heading.
   * - `confirm-cancel-button`: The confirmation's way back.
   * - `confirm-button`: The confirmation's button that goes ahead.
   */
  "connector-list": Partial<
    ConnectorListElementProps &
      ConnectorListElementSolidJsProps &
      BaseProps<ConnectorListElement> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `open`: Whether the dialog is shown. Opening it clears earlier consents.
   * - `busy`: Set while the activation runs: Activate and Cancel are disabled.
   * - `error`: A failure to show above the buttons, already in the user's language.
   * - `heading-level`/`headingLevel`: The level of the element's top heading (1–6), so it fits the outline of the host's
   * page; the headings inside it follow one level deeper each.
   * - `app`: The app being activated. (property only)
   * - `now`: The clock the fee date is computed from. (property only)
   * - `accepted`: Whether every consent shown has been given. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pb-consent`: The consents were given; `detail.consent` is the record to store. Cancelable: cancel it to keep the dialog open.
   * - `pb-consent-cancel`: The dialog was closed without consent (Cancel or Escape).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `show(app: AppDetail | null = this.app) => void`: Opens the dialog for `app`.
   * - `hide() => void`: undefined
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pb-consent-dialog-width`: The dialog's width. (default: `34rem`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `dialog`: The native `<dialog>`.
   * - `title`: The dialog's heading.
   * - `fees`: The fee consent group.
   * - `data`: The data access consent group.
   * - `scopes`: The list of data sets the vendor gets.
   * - `error`: The message shown when activation failed.
   * - `actions`: The row of buttons.
   * - `activate-button`: The Activate button.
   * - `cancel-button`: The Cancel button.
   */
  "consent-dialog": Partial<
    ConsentDialogProps &
      ConsentDialogSolidJsProps &
      BaseProps<ConsentDialog> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading-level`/`headingLevel`: The level of the element's top heading (1–6), so it fits the outline of the host's
   * page; the headings inside it follow one level deeper each.
   * - `adapter`: The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. (property only)
   * - `taskAdapter`: The adapter tasks call: answers checked against the contract, failures announced as
   * `pb-error` with the operation's name (aborts are not failures). (property only) (readonly)
   * - `taskLocale`: undefined (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pb-network-security-change`: The settings were saved; `detail.settings` holds them as the backend stored them.
   * - `pb-error`: A backend call failed; the element shows the failure.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `load() => Promise<void>`: Loads the settings again from the backend, dropping any change not yet saved.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pb-network-security-gap`: Space between the sections. (default: `1.25rem`)
   * - `--pb-network-security-row-background`: Background of a trusted network's row. (default: `var(--pb-color-surface-raised)`)
   * - `--pb-network-security-dialog-width`: The confirmation dialog's width. (default: `30rem`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `title`: The heading.
   * - `intro`: The text under the heading.
   * - `loading`: The loading message.
   * - `error`: A failure message (loading or saving).
   * - `retry-button`: Try again, after loading failed.
   * - `mode`: The fieldset of the two modes.
   * - `mode-option`: One mode: its radio button, label and hint.
   * - `hint`: A mode's explanation.
   * - `networks`: The trusted networks section.
   * - `count`: How many networks are trusted.
   * - `empty`: The message shown while no network is trusted.
   * - `list`: The list of trusted networks.
   * - `row`: One trusted network.
   * - `address`: A network's address.
   * - `row-label`: A network's label.
   * - `remove-button`: A network's Remove button.
   * - `add-form`: The form that adds a network.
   * - `address-input`: The address field.
   * - `label-input`: The label field.
   * - `field-error`: Why a field's value was refused.
   * - `add-button`: The Add network button.
   * - `status`: The polite status line (saving, saved).
   * - `confirm-dialog`: The `<dialog>` asking to confirm restricting with no trusted network.
   * - `confirm-title`: The confirmation's heading.
   * - `confirm-cancel-button`: The confirmation's Cancel button.
   * - `confirm-button`: The confirmation's Restrict button.
   */
  "network-security": Partial<
    NetworkSecurityElementProps &
      NetworkSecurityElementSolidJsProps &
      BaseProps<NetworkSecurityElement> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading-level`/`headingLevel`: The level of the element's top heading (1–6), so it fits the outline of the host's
   * page; the headings inside it follow one level deeper each.
   * - `openWindow`: Opens the consent window. `window.open` by default; a host that must open it another
   * way (an app shell) passes its own, which must return the window or null. (property only)
   * - `adapter`: The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. (property only)
   * - `taskAdapter`: The adapter tasks call: answers checked against the contract, failures announced as
   * `pb-error` with the operation's name (aborts are not failures). (property only) (readonly)
   * - `taskLocale`: undefined (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pb-account-linked`: An account was linked.
   * - `pb-account-link-cancel`: A link ended without an account (window closed, cancelled, denied or expired).
   * - `pb-account-settings-saved`: An account's settings were saved.
   * - `pb-account-removed`: An account was removed.
   * - `pb-sync-settings-saved`: The personal tags (and OAuth client) were saved.
   * - `pb-sync-run`: A sync run started or ended.
   * - `pb-sync-action-request`: Before removing an account or discarding changes; cancel to keep things as they are.
   * - `pb-error`: A backend call failed (the element shows it), or linking cannot work here (`account-link-unavailable`: the browser blocked the consent window).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `load() => Promise<void>`: Loads the services, accounts, tags and settings again.
   * - `linkAccount(serviceId: string) => void`: Starts linking an account of `serviceId`, as picking the service does. Call it
   * synchronously inside the host's own click handler: a window opened later is blocked.
   * - `checkAccountLink() => Promise<void>`: Asks the backend whether the link under way completed (what a host polling would do).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pb-sync-settings-gap`: Space between the sections. (default: `1.5rem`)
   * - `--pb-sync-settings-row-background`: An account's background. (default: `var(--pb-color-surface-raised)`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The whole element.
   * - `title`: The heading.
   * - `status`: The polite status line.
   * - `error`: A failure message.
   * - `retry-button`: Try again, after loading failed.
   * - `loading`: The loading message.
   * - `accounts`: The linked accounts section.
   * - `account`: One linked account.
   * - `account-name`: An account's name.
   * - `account-status`: An account's status badge.
   * - `service-icon`: A service's icon; also `service-icon-<icon>` (e.g. `service-icon-google`) to style one service's.
   * - `configure-button`: Opens an account's settings.
   * - `relink-button`: Connects an account again whose access expired.
   * - `remove-button`: Removes an account.
   * - `account-form`: An account's settings form.
   * - `period-select`: The period of an automatic sync.
   * - `sync-from`: The "sync starting from" date input.
   * - `close-account-button`: Closes an account's settings.
   * - `save-account-button`: Saves an account's settings.
   * - `add-account-button`: Shows the services to link.
   * - `services`: The services to pick from.
   * - `service-button`: Links an account of one service.
   * - `linking`: The link under way: what is awaited, and Cancel.
   * - `open-link`: Opens the consent page in a new tab when the window was blocked.
   * - `check-link-button`: Asks the backend whether the link completed.
   * - `cancel-link-button`: Gives up the link.
   * - `settings-form`: The personal tags and the OAuth client.
   * - `tags`: The personal tags to sync.
   * - `oauth`: An on-site installation's OAuth client.
   * - `client-id-input`: The OAuth client ID.
   * - `client-secret-input`: The OAuth client secret (write-only).
   * - `secret-set`: Says a client secret is stored, with Replace.
   * - `replace-button`: Replaces the stored client secret.
   * - `copy-button`: Copies the redirect URI or the origin.
   * - `save-button`: Saves the personal tags and the OAuth client.
   * - `sync`: "Sync now" and the last run.
   * - `sync-button`: Sync now.
   * - `run-progress`: The running sync's progress.
   * - `run-result`: The last run's result.
   * - `confirm-dialog`: The `<dialog>` confirming a removal or discarding changes.
   * - `confirm-title`: The confirmation's heading.
   * - `confirm-cancel-button`: The confirmation's way back.
   * - `confirm-button`: The confirmation's button that goes ahead.
   */
  "sync-settings": Partial<
    SyncSettingsElementProps &
      SyncSettingsElementSolidJsProps &
      BaseProps<SyncSettingsElement> &
      BaseEvents
  >;
};

export type CustomCssProperties = {
  /** Space between sections. */
  "--pb-app-detail-gap"?: string | undefined;
  /** The logo's size. */
  "--pb-app-detail-logo-size"?: string | undefined;
  /** Height of the scrolling tile area. */
  "--pb-app-marketplace-height"?: string | undefined;
  /** Width of the sidebar. */
  "--pb-app-marketplace-sidebar-width"?: string | undefined;
  /** Tile background. */
  "--pb-app-tile-background"?: string | undefined;
  /** Space between the sections. */
  "--pb-connector-form-gap"?: string | undefined;
  /** Background of a step. */
  "--pb-connector-form-step-background"?: string | undefined;
  /** The confirmation dialog's width. */
  "--pb-connector-form-dialog-width"?: string | undefined;
  /** Space between the connectors. */
  "--pb-connector-list-gap"?: string | undefined;
  /** A connector's background. */
  "--pb-connector-list-row-background"?: string | undefined;
  /** The width of the dialog holding the form. */
  "--pb-connector-list-dialog-width"?: string | undefined;
  /** The dialog's width. */
  "--pb-consent-dialog-width"?: string | undefined;
  /** Space between the sections. */
  "--pb-network-security-gap"?: string | undefined;
  /** Background of a trusted network's row. */
  "--pb-network-security-row-background"?: string | undefined;
  /** The confirmation dialog's width. */
  "--pb-network-security-dialog-width"?: string | undefined;
  /** Space between the sections. */
  "--pb-sync-settings-gap"?: string | undefined;
  /** An account's background. */
  "--pb-sync-settings-row-background"?: string | undefined;
};
