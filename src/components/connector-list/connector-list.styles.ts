import { css } from 'lit';

export const connectorListStyles = css`
  :host {
    display: block;
    --_gap: var(--pb-connector-list-gap, 1rem);
  }
  .base {
    display: grid;
    gap: var(--_gap);
  }
  p {
    margin: 0;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.75rem 1.5rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.75rem 1.25rem;
  }
  .owner-filter {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .add {
    display: grid;
    justify-items: start;
    gap: 0.35rem;
    max-width: 22rem;
  }
  .add p {
    font-size: 0.875rem;
  }
  .limit-reached {
    color: var(--_pb-color-danger-text);
    font-size: 0.875rem;
  }
  .list {
    gap: var(--_gap);
  }
  .connector {
    display: grid;
    gap: 0.6rem;
    padding: 1rem 1.125rem;
    border: 1px solid var(--_pb-color-border);
    border-radius: var(--_pb-radius);
    background: var(--pb-connector-list-row-background, var(--_pb-color-surface-raised));
  }
  .connector-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .connector-name {
    margin: 0;
    font-size: 1.0625rem;
    overflow-wrap: anywhere;
  }
  .connector .credential-list {
    max-width: 34rem;
  }
  .credential dt {
    font-size: 0.875rem;
  }
  .credential code {
    background: var(--_pb-color-surface);
  }
  .groups {
    display: grid;
    gap: 0.5rem;
  }
  .groups-title {
    margin: 0;
    font-size: 0.9375rem;
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .group .button {
    min-height: 2rem;
    padding: 0.2rem 0.75rem;
  }
  .add-group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .actions,
  .empty-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .empty {
    display: grid;
    gap: 0.75rem;
  }
  /* Drawn on the theme's surface: the browser's own dark face for a select lacks contrast. */
  select {
    min-height: 2.25rem;
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--_pb-color-border-strong);
    border-radius: var(--_pb-radius);
    background: var(--_pb-color-surface);
    color: var(--_pb-color-text);
  }
  .form-dialog {
    width: var(--pb-connector-list-dialog-width, 40rem);
  }
  .picker {
    display: grid;
    gap: 1rem;
  }
  .service-group {
    padding: 0.5rem 0.75rem;
  }
  .service {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    cursor: pointer;
  }
  .service input {
    margin-top: 0.25rem;
  }
  .service-text {
    display: grid;
    gap: 0.15rem;
  }
  .service-name {
    font-weight: 600;
  }
  .title {
    margin: 0;
  }
  .status:empty {
    display: none;
  }
`;
