import type { AdapterOperation } from '../api/adapter.js';
import type { ParseReport } from '../api/checked-adapter.js';
import type { ErrorCode } from '../api/errors.js';

export interface PbErrorDetail {
  /** The adapter operation that failed, e.g. `activate`. */
  operation: AdapterOperation;
  /**
   * The failure's code; `account-link-unavailable` when an account link cannot run here
   * (the browser blocked the consent window: the element offers a link instead).
   */
  code: ErrorCode | 'account-link-unavailable';
  /**
   * Set when the call succeeded in part: its answer held unreadable items, left out, or
   * invalid optional fields, removed (`code` is then `invalid-response`). The rest is shown.
   */
  partial?: ParseReport;
}

/**
 * An adapter call failed, or answered in part; the element shows what it can and says
 * what failed. Carries no user data.
 */
export class PbErrorEvent extends CustomEvent<PbErrorDetail> {
  static readonly eventName = 'pb-error';

  constructor(detail: PbErrorDetail) {
    super(PbErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-error': PbErrorEvent;
  }
}
