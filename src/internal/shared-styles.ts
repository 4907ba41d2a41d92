import { css } from 'lit';

/**
 * Styles every element shares. Colours, radii and fonts come from the global `--pb-*`
 * tokens (see `themes/`), with the light theme as the fallback.
 */
export const sharedStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--pb-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--pb-font-size, 0.9375rem);
    line-height: 1.45;
    color: var(--pb-color-text, #1c2430);
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
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  a {
    color: var(--pb-color-link, #1d4fd7);
  }
  :focus-visible {
    outline: 2px solid var(--pb-color-focus, #1d4fd7);
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
    border: 1px solid var(--pb-color-border, #d5dbe3);
    border-radius: var(--pb-radius, 6px);
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
    border: 1px solid var(--pb-color-border-strong, #9aa5b4);
    border-radius: var(--pb-radius, 6px);
    background: var(--pb-color-surface, #ffffff);
    cursor: pointer;
    font-weight: 500;
    white-space: nowrap;
  }
  .button:hover:not(:disabled) {
    background: var(--pb-color-surface-hover, #eef2f7);
  }
  .button.primary {
    border-color: var(--pb-color-accent, #1d4fd7);
    background: var(--pb-color-accent, #1d4fd7);
    color: var(--pb-color-on-accent, #ffffff);
  }
  .button.primary:hover:not(:disabled) {
    background: var(--pb-color-accent-hover, #173fae);
  }
  .button.danger {
    border-color: var(--pb-color-danger, #b42318);
    background: var(--pb-color-danger, #b42318);
    color: var(--pb-color-on-accent, #ffffff);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--pb-color-link, #1d4fd7);
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
    color: var(--pb-color-text-muted, #4f5b6b);
  }
  .alert {
    padding: 0.75rem 1rem;
    border: 1px solid var(--pb-color-danger, #b42318);
    border-radius: var(--pb-radius, 6px);
    background: var(--pb-color-danger-surface, #fdecea);
    color: var(--pb-color-danger-text, #8a1c12);
  }
  .notice {
    padding: 0.75rem 1rem;
    border: 1px solid var(--pb-color-border, #d5dbe3);
    border-radius: var(--pb-radius, 6px);
    background: var(--pb-color-surface-raised, #f5f7fa);
  }
  .badge {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 600;
    background: var(--pb-color-badge, #e4e9f0);
    color: var(--pb-color-text, #1c2430);
  }
  .badge[data-status='active'] {
    background: var(--pb-color-success-surface, #dff3e4);
    color: var(--pb-color-success-text, #14532d);
  }
  .badge[data-status='pending-configuration'] {
    background: var(--pb-color-warning-surface, #fff1cc);
    color: var(--pb-color-warning-text, #6b4400);
  }
  .badge[data-status='credentials-expired'] {
    background: var(--pb-color-danger-surface, #fdecea);
    color: var(--pb-color-danger-text, #8a1c12);
  }
  dialog {
    max-width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 0;
    border: 1px solid var(--pb-color-border, #d5dbe3);
    border-radius: var(--pb-radius-large, 10px);
    background: var(--pb-color-surface, #ffffff);
    color: var(--pb-color-text, #1c2430);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.25);
  }
  dialog::backdrop {
    background: var(--pb-color-backdrop, rgb(15 23 42 / 0.45));
  }
  .dialog-body {
    display: grid;
    gap: 1rem;
    padding: 1.25rem 1.5rem;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
  }
`;
