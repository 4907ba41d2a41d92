import type { TOptions } from 'i18next';
import { LitElement } from 'lit';
import { I18nController } from '../i18n/i18n-controller.js';
import type { StringKey } from '../i18n/keys.js';

/**
 * What every Plugboard element shares: its own localization that follows `lang`, and an
 * `updateComplete` that also waits for a language being loaded, so hosts and tests can
 * await one promise for "rendered in the right language".
 */
export abstract class PlugboardElement extends LitElement {
  protected readonly i18n = new I18nController(this);

  /** A string in the element's language; templates call it as `this.t(key)`. */
  protected t(key: StringKey, options?: TOptions): string {
    return this.i18n.t(key, options);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.i18n.pending) {
      await this.i18n.pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }
}
