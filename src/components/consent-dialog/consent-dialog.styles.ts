import { css } from 'lit';

export const consentDialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    width: var(--pb-consent-dialog-width, 34rem);
  }
  header {
    padding: 1.25rem 1.5rem 0;
  }
  .consent {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    gap: 0.6rem;
    font-weight: 500;
    cursor: pointer;
  }
  .consent input {
    width: 1.15rem;
    height: 1.15rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_pb-color-accent);
  }
  .detail {
    margin: 0 0 0 1.75rem;
  }
  ul {
    display: grid;
    gap: 0.3rem;
    margin: 0 0 0 1.75rem;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
    padding: 0.35rem 0.6rem;
    border-radius: var(--_pb-radius);
    background: var(--_pb-color-surface-raised);
  }
  .hint {
    margin: 0;
    text-align: end;
  }
`;
