import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface CopyMessages {
  /** Said once the text is on the clipboard. */
  copied: string;
  /** Said when the clipboard is refused and the text was selected instead. */
  selected: string;
}

/**
 * Copies text with the async clipboard API. Where the page may not write to the clipboard
 * (no permission, an insecure origin, an embedding frame's policy), it selects the text on
 * the page for the user to copy themselves. `message` says which happened, for a live
 * region, and `copiedKey` names what the message is about.
 */
export class CopyController implements ReactiveController {
  message = '';
  copiedKey = '';

  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  async copy(text: string, shown: Node, key: string, messages: CopyMessages): Promise<void> {
    this.clear();
    try {
      await navigator.clipboard.writeText(text);
      this.message = messages.copied;
    } catch {
      getSelection()?.selectAllChildren(shown);
      this.message = messages.selected;
    }
    this.copiedKey = key;
    this.host.requestUpdate();
  }

  /** A copy confirmation is about the page as it was: it is not said again on return. */
  hostDisconnected(): void {
    this.message = '';
    this.copiedKey = '';
  }

  clear(): void {
    if (!this.message) return;
    this.message = '';
    this.copiedKey = '';
    this.host.requestUpdate();
  }
}
