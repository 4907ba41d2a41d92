import type { SyncRun } from '../api/schemas.js';

/** A sync run started, or ended; `detail.run.status` says which. */
export class PbSyncRunEvent extends CustomEvent<{ run: SyncRun }> {
  static readonly eventName = 'pb-sync-run';

  constructor(detail: { run: SyncRun }) {
    super(PbSyncRunEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-sync-run': PbSyncRunEvent;
  }
}
