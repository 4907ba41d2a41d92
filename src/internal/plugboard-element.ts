import { LitElement } from 'lit';
import { I18nController } from '../i18n/i18n-controller.js';

/**
 * What every Plugboard element shares: its own localization that follows `lang`, and an
 * `updateComplete` that also waits for a language being loaded, so hosts and tests can
 * await one promise for "rendered in the right language".
 */
export abstract class PlugboardElement extends LitElement {
  protected readonly i18n = new I18nController(this);

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.i18n.pending) {
      await this.i18n.pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }
}
