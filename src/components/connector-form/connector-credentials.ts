import { html, nothing, type TemplateResult } from 'lit';
import type { CopyController } from '../../internal/copy-controller.js';
import type { StringKey } from '../../i18n/keys.js';
import type { TOptions } from 'i18next';

/** A registry connector's credentials as its create answered them: the only time the secret is known. */
export interface IssuedCredentials {
  connectorName: string;
  clientId: string;
  clientSecret: string;
}

export interface CredentialsContext {
  t: (key: StringKey, options?: TOptions) => string;
  heading: (content: string) => TemplateResult;
  copier: CopyController;
  onClose: () => void;
}

/** One credential: its label, the value as text to select, and Copy. */
const CREDENTIAL_STRINGS = {
  'client-id': { label: 'connectors.clientId', copy: 'connectors.copyId', copied: 'connectors.copiedId' },
  'client-secret': { label: 'connectors.clientSecret', copy: 'connectors.copySecret', copied: 'connectors.copiedSecret' },
} as const satisfies Record<string, Record<string, StringKey>>;

/** A credential to copy: its label, its value as text (selected when the clipboard is refused), and Copy. */
export function renderCredential(
  context: Pick<CredentialsContext, 't' | 'copier'>,
  key: keyof typeof CREDENTIAL_STRINGS,
  value: string,
): TemplateResult {
  const { t, copier } = context;
  const strings = CREDENTIAL_STRINGS[key];
  const copy = (event: Event) => {
    const shown = (event.currentTarget as HTMLElement).parentElement?.querySelector('code');
    if (shown) {
      void copier.copy(value, shown, { copied: strings.copied, selected: 'connectors.copySelectedText' });
    }
  };
  return html`<div class="credential" part=${key}>
    <dt>${t(strings.label)}</dt>
    <dd>
      <code part="credential-value" translate="no">${value}</code>
      <button type="button" class="button" part=${`copy-${key}-button`} aria-label=${t(strings.copy)} @click=${copy}>
        ${t('common.copy')}
      </button>
    </dd>
  </div>`;
}

/**
 * The panel a registry connector's create ends on: its ID and secret with Copy, and the
 * warning that the secret is not shown again. Closing it asks whether the secret was copied.
 */
export function renderIssuedCredentials(context: CredentialsContext, issued: IssuedCredentials): TemplateResult {
  const { t } = context;
  return html`<section class="credentials" part="credentials" aria-labelledby="credentials-title">
    ${context.heading(t('connectors.credentialsTitle'))}
    <p part="credentials-intro">${t('connectors.credentialsIntro', { name: issued.connectorName })}</p>
    <p class="notice warning" part="secret-warning"><strong>${t('connectors.secretOnce')}</strong></p>
    <dl class="credential-list">
      ${renderCredential(context, 'client-id', issued.clientId)}
      ${renderCredential(context, 'client-secret', issued.clientSecret)}
    </dl>
    <p class="status muted" role="status" part="status">${context.copier.message ? t(context.copier.message) : nothing}</p>
    <div class="actions" part="actions">
      <button type="button" class="button primary" part="credentials-close-button" @click=${context.onClose}>
        ${t('common.close')}
      </button>
    </div>
  </section>`;
}
