export interface PbSyncActionRequestDetail {
  /** `remove-account` once the admin confirmed; `discard-changes` before asking them. */
  action: 'remove-account' | 'discard-changes';
  /** The account concerned; null for the organisation's settings. */
  accountId: string | null;
}

/** Fired before a destructive step in `<sync-settings>`; cancel it to keep things as they are. */
export class PbSyncActionRequestEvent extends CustomEvent<PbSyncActionRequestDetail> {
  static readonly eventName = 'pb-sync-action-request';

  constructor(detail: PbSyncActionRequestDetail) {
    super(PbSyncActionRequestEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-sync-action-request': PbSyncActionRequestEvent;
  }
}
