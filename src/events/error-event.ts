import type { AdapterOperation } from '../api/adapter.js';
import type { ErrorCode } from '../api/errors.js';

export interface PbErrorDetail {
  /** The adapter operation that failed, e.g. `activate`. */
  operation: AdapterOperation;
  code: ErrorCode;
}

/** An adapter call failed; the element shows the failure itself. Carries no user data. */
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
