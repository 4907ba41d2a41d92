import { css } from 'lit';

export const networkSecurityStyles = css`
  :host {
    display: block;
    --_gap: var(--pb-network-security-gap, 1.25rem);
  }
  .panel {
    display: grid;
    gap: var(--_gap);
  }
  header {
    display: grid;
    gap: 0.35rem;
  }
  p {
    margin: 0;
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.6rem;
    row-gap: 0.15rem;
    align-items: start;
  }
  .option label {
    font-weight: 500;
    cursor: pointer;
  }
  .option input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_pb-color-accent);
  }
  .option .hint {
    grid-column: 2;
  }
  .networks {
    display: grid;
    gap: 0.75rem;
  }
  .networks-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.45rem 0.6rem 0.45rem 0.85rem;
    border-radius: var(--_pb-radius);
    background: var(--pb-network-security-row-background, var(--_pb-color-surface-raised));
  }
  .address {
    font-family: var(--_pb-font-family-mono);
    overflow-wrap: anywhere;
  }
  .row-label {
    flex: 1;
    min-width: 8rem;
  }
  .remove {
    margin-inline-start: auto;
  }
  form {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.75rem;
  }
  .field {
    display: grid;
    flex: 1 1 12rem;
    gap: 0.3rem;
  }
  .field label {
    font-weight: 500;
  }
  .field input {
    min-height: 2.25rem;
    padding: 0.35rem 0.6rem;
    border: 1px solid var(--_pb-color-border-strong);
    border-radius: var(--_pb-radius);
    background: var(--_pb-color-surface);
  }
  .field input[aria-invalid='true'] {
    border-color: var(--_pb-color-danger);
  }
  .field-error {
    color: var(--_pb-color-danger-text);
    font-size: 0.875rem;
  }
  .add {
    /* Lines the button up with the inputs, below their labels. */
    margin-top: calc(1.45em + 0.3rem);
  }
  dialog {
    width: var(--pb-network-security-dialog-width, 30rem);
  }
`;
