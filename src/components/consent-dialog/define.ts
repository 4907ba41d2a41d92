import { defineElement } from '../../internal/nested-elements.js';
import { ConsentDialog } from './consent-dialog.js';

// Registers <consent-dialog> and, first, the elements it nests (see `ConsentDialog.dependencies`).
defineElement('consent-dialog', ConsentDialog);

declare global {
  interface HTMLElementTagNameMap {
    'consent-dialog': ConsentDialog;
  }
}
