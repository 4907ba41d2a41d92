import { css, unsafeCSS } from 'lit';
import { tokenDeclarations } from '../themes/tokens.js';

/**
 * Resolves every global token once, on the element: `--_pb-x` is the `--pb-x` set on the
 * element or inherited from an ancestor, else its default from `themes/tokens.ts`. Styles
 * read `var(--_pb-x)` and never repeat a default; they never set a `--pb-*` token, which
 * would override the partner's value. Built from constants, so `unsafeCSS` is safe here.
 */
export const tokenStyles = unsafeCSS(`:host {\n${tokenDeclarations()}\n}\n`);

/**
 * Styles every element shares, starting with `tokenStyles`: every element lists them first.
 * Colours, radii and fonts come from the global tokens.
 */
export const sharedStyles = css`
  ${tokenStyles}
  :host {
    box-sizing: border-box;
    font-family: var(--_pb-font-family);
    font-size: var(--_pb-font-size);
    line-height: 1.45;
    color: var(--_pb-color-text);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
  }
  /* A heading's size follows its role, never its level, which the host page sets. */
  .title {
    font-size: 1.5em;
  }
  .subtitle {
    font-size: 1.17em;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  a {
    color: var(--_pb-color-link);
  }
  :focus-visible {
    outline: 2px solid var(--_pb-color-focus);
    outline-offset: 2px;
  }
  /* Lists here are groups of things, not prose: no bullets, elements set their own gaps. */
  ul {
    display: grid;
    gap: 0.4rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  fieldset {
    display: grid;
    gap: 0.625rem;
    margin: 0;
    padding: 0.875rem 1rem;
    border: 1px solid var(--_pb-color-border);
    border-radius: var(--_pb-radius);
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.25rem;
    padding: 0.4rem 1rem;
    border: 1px solid var(--_pb-color-border-strong);
    border-radius: var(--_pb-radius);
    background: var(--_pb-color-surface);
    cursor: pointer;
    font-weight: 500;
    white-space: nowrap;
  }
  .button:hover:not(:disabled) {
    background: var(--_pb-color-surface-hover);
  }
  .button.primary {
    border-color: var(--_pb-color-accent);
    background: var(--_pb-color-accent);
    color: var(--_pb-color-on-accent);
  }
  .button.primary:hover:not(:disabled) {
    background: var(--_pb-color-accent-hover);
  }
  .button.danger {
    border-color: var(--_pb-color-danger);
    background: var(--_pb-color-danger);
    color: var(--_pb-color-on-accent);
  }
  /* Darker on hover, as the primary button: the plain hover surface would leave white text unreadable. */
  .button.danger:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_pb-color-danger) 85%, black);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_pb-color-link);
    text-decoration: underline;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .muted {
    color: var(--_pb-color-text-muted);
  }
  .alert {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_pb-color-danger);
    border-radius: var(--_pb-radius);
    background: var(--_pb-color-danger-surface);
    color: var(--_pb-color-danger-text);
  }
  /* A read that failed: the reason, then Retry below it, alike in every element. */
  .load-failure {
    display: grid;
    justify-items: start;
    gap: 0.75rem;
  }
  .load-failure p {
    margin: 0;
  }
  .notice {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_pb-color-border);
    border-radius: var(--_pb-radius);
    background: var(--_pb-color-surface-raised);
  }
  .badge {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 600;
    background: var(--_pb-color-badge);
    color: var(--_pb-color-text);
  }
  .badge[data-status='active'] {
    background: var(--_pb-color-success-surface);
    color: var(--_pb-color-success-text);
  }
  .badge[data-status='pending-configuration'] {
    background: var(--_pb-color-warning-surface);
    color: var(--_pb-color-warning-text);
  }
  .badge[data-status='credentials-expired'] {
    background: var(--_pb-color-danger-surface);
    color: var(--_pb-color-danger-text);
  }
  dialog {
    max-width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 0;
    border: 1px solid var(--_pb-color-border);
    border-radius: var(--_pb-radius-large);
    background: var(--_pb-color-surface);
    color: var(--_pb-color-text);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.25);
  }
  dialog::backdrop {
    background: var(--_pb-color-backdrop);
  }
  .dialog-body {
    display: grid;
    gap: 1rem;
    padding: 1.25rem 1.5rem;
  }
  /*
   * What a dialog asks of the admin (a failure, a hint, the buttons) stays in view at the
   * bottom while a long dialog scrolls on a small screen.
   */
  .dialog-footer {
    position: sticky;
    bottom: 0;
    display: grid;
    gap: 0.75rem;
    margin: 0 -1.5rem -1.25rem;
    padding: 0.75rem 1.5rem 1.25rem;
    border-top: 1px solid var(--_pb-color-border);
    background: var(--_pb-color-surface);
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  /* A credential to copy (a connector's ID and secret): label, value, Copy. */
  .credential-list {
    display: grid;
    gap: 0.75rem;
    margin: 0;
  }
  .credential dt {
    font-weight: 600;
  }
  .credential dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0.25rem 0 0;
  }
  .credential code {
    flex: 1 1 12rem;
    min-width: 0;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_pb-color-border);
    border-radius: var(--_pb-radius);
    background: var(--_pb-color-surface-raised);
    font-family: var(--_pb-font-family-mono);
    overflow-wrap: anywhere;
    user-select: all;
  }
`;
