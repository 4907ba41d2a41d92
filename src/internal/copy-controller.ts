import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StringKey } from '../i18n/keys.js';

export interface CopyMessages {
  /** Said once the text is on the clipboard. */
  copied: StringKey;
  /** Said when the clipboard is refused and the text was selected instead. */
  selected: StringKey;
}

/**
 * Copies text with the async clipboard API. Where the page may not write to the clipboard
 * (no permission, an insecure origin, an embedding frame's policy), it selects the text on
 * the page for the user to copy themselves. `message` names the string saying which
 * happened, for a live region; the host words it in its current language.
 */
export class CopyController implements ReactiveController {
  message: StringKey | undefined;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  async copy(text: string, shown: Node, messages: CopyMessages): Promise<void> {
    this.clear();
    try {
      await navigator.clipboard.writeText(text);
      this.message = messages.copied;
    } catch {
      getSelection()?.selectAllChildren(shown);
      this.message = messages.selected;
    }
    this.host.requestUpdate();
  }

  /** A copy confirmation is about the page as it was: it is not said again on return. */
  hostDisconnected(): void {
    this.message = undefined;
  }

  clear(): void {
    if (!this.message) return;
    this.message = undefined;
    this.host.requestUpdate();
  }
}
