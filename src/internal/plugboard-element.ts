import type { TOptions } from 'i18next';
import { LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { I18nController } from '../i18n/i18n-controller.js';
import type { StringKey } from '../i18n/keys.js';
import { heading, type HeadingOptions } from './headings.js';

/**
 * What every Plugboard element shares: its own localization that follows `lang`, and an
 * `updateComplete` that also waits for a language being loaded, so hosts and tests can
 * await one promise for "rendered in the right language".
 */
export abstract class PlugboardElement extends LitElement {
  protected readonly i18n = new I18nController(this);

  /**
   * The level of the element's top heading (1–6), so it fits the outline of the host's
   * page; the headings inside it follow one level deeper each.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** A heading `depth` levels below the element's top one (0 for the top one). */
  protected heading(depth: number, content: unknown, options?: HeadingOptions): TemplateResult {
    return heading(this.headingLevel + depth, content, options);
  }

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
