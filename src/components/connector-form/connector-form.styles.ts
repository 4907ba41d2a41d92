import { css } from 'lit';

export const connectorFormStyles = css`
  :host {
    display: block;
    --_gap: var(--pb-connector-form-gap, 1.25rem);
  }
  form,
  .fields,
  .step,
  .prerequisites,
  .manage,
  .credentials,
  header {
    display: grid;
    gap: var(--_gap);
  }
  header {
    gap: 0.35rem;
  }
  p {
    margin: 0;
  }
  .step,
  .prerequisites {
    gap: 0.75rem;
    padding: 1rem;
    border: 1px solid var(--_pb-color-border);
    border-radius: var(--_pb-radius);
    background: var(--pb-connector-form-step-background, var(--_pb-color-surface-raised));
  }
  .step-count {
    font-size: 0.875rem;
  }
  .warning {
    display: grid;
    gap: 0.35rem;
    border-color: var(--_pb-color-warning-text);
    background: var(--_pb-color-warning-surface);
    color: var(--_pb-color-warning-text);
  }
  .field {
    display: grid;
    gap: 0.3rem;
    min-width: 0;
  }
  .field > label,
  .field > .label,
  legend {
    font-weight: 500;
  }
  fieldset.choices {
    margin: 0;
    padding: 0.6rem 0.85rem 0.75rem;
  }
  .optional {
    font-weight: 400;
  }
  .hint {
    font-size: 0.875rem;
  }
  .hint a {
    margin-inline-start: 0.25rem;
  }
  .field input:not([type='checkbox'], [type='radio']),
  .field select,
  .field textarea {
    min-height: 2.25rem;
    width: 100%;
    max-width: 36rem;
    box-sizing: border-box;
    padding: 0.35rem 0.6rem;
    border: 1px solid var(--_pb-color-border-strong);
    border-radius: var(--_pb-radius);
    background: var(--_pb-color-surface);
  }
  .field textarea {
    resize: vertical;
  }
  /* A value the host fixed: no field frame to type into, so it does not look editable. */
  .field [data-fixed] {
    border-style: dashed;
    background: transparent;
    color: var(--_pb-color-text-muted);
  }
  .field [aria-invalid='true'] {
    border-color: var(--_pb-color-danger);
  }
  .field-error {
    margin: 0;
    color: var(--_pb-color-danger-text);
    font-size: 0.875rem;
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0.35rem 1rem;
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.55rem;
    align-items: start;
  }
  .option input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_pb-color-accent);
  }
  .option label {
    cursor: pointer;
  }
  .checklist {
    display: grid;
    gap: 0.4rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .secret-set,
  .secret-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .secret-row input {
    flex: 1 1 14rem;
  }
  .copy-list {
    display: grid;
    gap: 0.4rem;
    justify-items: start;
  }
  .copy-items {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .copy-items code {
    display: inline-block;
    padding: 0.15rem 0.45rem;
    border-radius: var(--_pb-radius);
    background: var(--_pb-color-surface);
    border: 1px solid var(--_pb-color-border);
    font-family: var(--_pb-font-family-mono);
    user-select: all;
  }
  .field-notice {
    display: grid;
    gap: 0.35rem;
  }
  .actions,
  .manage-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  .manage {
    gap: 0.6rem;
    margin-top: var(--_gap);
    padding-top: var(--_gap);
    border-top: 1px solid var(--_pb-color-border);
  }
  .manage-actions {
    justify-content: flex-start;
  }
  .status:empty {
    display: none;
  }
  dialog {
    width: var(--pb-connector-form-dialog-width, 30rem);
  }
`;
