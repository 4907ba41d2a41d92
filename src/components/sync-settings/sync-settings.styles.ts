import { css } from 'lit';

export const syncSettingsStyles = css`
  :host {
    display: block;
    --_gap: var(--pb-sync-settings-gap, 1.5rem);
  }
  .base,
  .accounts,
  .settings-form,
  .oauth,
  .sync,
  .account-form {
    display: grid;
    gap: 0.75rem;
  }
  .base {
    gap: var(--_gap);
  }
  p {
    margin: 0;
  }
  .title,
  .section-title,
  .subsection-title {
    margin: 0;
  }
  .status:empty {
    display: none;
  }
  .account-list {
    gap: 0.75rem;
  }
  .account {
    display: grid;
    gap: 0.75rem;
    padding: 1rem 1.125rem;
    border: 1px solid var(--_pb-color-border);
    border-radius: var(--_pb-radius);
    background: var(--pb-sync-settings-row-background, var(--_pb-color-surface-raised));
  }
  .account-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .account-text {
    display: grid;
    flex: 1 1 12rem;
    gap: 0.15rem;
    min-width: 0;
  }
  .account-name {
    margin: 0;
    font-size: 1.0625rem;
    overflow-wrap: anywhere;
  }
  .service-icon {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    background: var(--_pb-color-accent);
    color: var(--_pb-color-on-accent);
    font-weight: 700;
  }
  .actions,
  .form-actions,
  .linking-actions,
  .services {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .services[hidden] {
    display: none;
  }
  .service .service-icon {
    width: 1.5rem;
    height: 1.5rem;
    font-size: 0.8125rem;
  }
  .linking {
    display: grid;
    gap: 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.3rem;
    max-width: 28rem;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .hint {
    font-size: 0.875rem;
  }
  input[type='text'],
  input[type='password'],
  input[type='date'],
  select {
    min-height: 2.25rem;
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--_pb-color-border-strong);
    border-radius: var(--_pb-radius);
    background: var(--_pb-color-surface);
    color: var(--_pb-color-text);
    font: inherit;
  }
  select:disabled {
    opacity: 0.6;
  }
  .secret-set {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
  .run {
    display: grid;
    gap: 0.5rem;
  }
  progress {
    width: min(100%, 20rem);
  }
  .run-errors {
    color: var(--_pb-color-danger-text);
  }
`;
