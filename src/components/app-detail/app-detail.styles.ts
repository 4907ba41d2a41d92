import { css } from 'lit';

export const appDetailStyles = css`
  :host {
    display: grid;
    gap: var(--pb-app-detail-gap, 1.25rem);
    --_logo-size: var(--pb-app-detail-logo-size, 3.5rem);
  }
  .header {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: start;
    gap: 1rem;
  }
  .logo {
    width: var(--_logo-size);
    height: var(--_logo-size);
    border-radius: var(--_pb-radius);
    object-fit: contain;
    background: var(--_pb-color-surface-raised);
  }
  .monogram {
    display: grid;
    place-items: center;
    font-weight: 700;
    font-size: 1.25rem;
    color: var(--_pb-color-accent);
    background: var(--_pb-color-accent-surface);
  }
  .identity {
    display: grid;
    gap: 0.2rem;
    min-width: 0;
  }
  .identity p {
    margin: 0;
  }
  .title {
    font-size: 1.35rem;
    overflow-wrap: anywhere;
  }
  .section-title {
    margin-bottom: 0.5rem;
    font-size: 1rem;
  }
  section > p {
    margin: 0 0 0.5rem;
  }
  .description {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .flows li {
    display: grid;
    gap: 0.1rem;
  }
  .scopes li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.1rem 0.75rem;
    padding: 0.45rem 0.7rem;
    border-radius: var(--_pb-radius);
    background: var(--_pb-color-surface-raised);
  }
  .scopes .badge {
    align-self: center;
  }
  .scope-description {
    grid-column: 1 / -1;
    font-size: 0.875rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.5rem 1.25rem;
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  dd p {
    margin: 0 0 0.3rem;
  }
  .contacts {
    gap: 0.2rem;
  }
  dialog.confirm {
    width: min(30rem, calc(100vw - 2rem));
  }
  @media (max-width: 32rem) {
    .header {
      grid-template-columns: auto 1fr;
    }
    .main-action {
      grid-column: 1 / -1;
    }
    dl {
      grid-template-columns: 1fr;
    }
  }
`;
