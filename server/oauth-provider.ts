import { Hono, type Context } from 'hono';
import { PlugboardError } from '../src/api/errors.js';
import type { Fixtures } from '../src/api/memory/fixture-types.js';
import { OAUTH_PROVIDER_PATH } from '../src/api/memory/fixtures.js';
import { runRules } from './app.js';
import type { Db } from './database.js';
import type { SecretBox } from './secret-box.js';
import { accountLinkOwner } from './sqlite-store.js';

export interface OAuthOptions {
  db: Db;
  secrets: SecretBox;
  /** The fixtures for the request's origin (see `withOAuthProviderAt`). */
  fixtures: (origin: string) => Fixtures;
  now: () => number;
}

/** The redirect URI's path: the fixtures' `siteUrl` plus this (see `ReferenceBackend`). */
export const CALLBACK_PATH = '/oauth/callback';
/** Where the page that tells the opener how the consent ended is served from. */
export const COMPLETION_PAGE = '/plugboard/account-link-complete.html';
const DECISION_PATH = '/oauth-provider/decision';
const STYLE_PATH = '/oauth-provider/consent.css';
const MAX_PARAMETER_LENGTH = 2000;

const STYLE = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; }
body { margin: 0; display: grid; place-items: center; min-height: 100vh; }
main { max-width: 28rem; padding: 2rem; }
h1 { font-size: 1.4rem; line-height: 1.3; }
.buttons { display: flex; gap: 0.75rem; margin-top: 1.5rem; }
button { font: inherit; padding: 0.5rem 1.25rem; border-radius: 0.375rem; border: 1px solid currentColor; cursor: pointer; }
button[value='allow'] { background: #1a56db; border-color: #1a56db; color: #fff; }
`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** What the scope asks to read, in words. */
function scopeText(scope: string | undefined): string {
  const asked = new Set((scope ?? '').split(/\s+/).filter(Boolean));
  if (asked.has('calendar') && !asked.has('contacts')) return 'your calendar';
  if (asked.has('contacts') && !asked.has('calendar')) return 'your contacts';
  return 'your calendar and contacts';
}

/** A refusal the admin can read in the consent window; nothing is redirected anywhere. */
function badRequest(c: Context, reason: string): Response {
  c.header('Cache-Control', 'no-store');
  return c.text(`This authorization request is not valid: ${reason}`, 400);
}

/** A query parameter given once, of a sane length; undefined when absent. */
function single(c: Context, name: string): string | undefined {
  const all = c.req.queries(name);
  if (!all || all.length !== 1) return undefined;
  const [value] = all;
  return value && value.length <= MAX_PARAMETER_LENGTH ? value : undefined;
}

/**
 * The redirect URI if it is on this server's own origin (the only client this provider
 * knows is the reference server itself), else undefined.
 */
function ownRedirectUri(c: Context, value: string | undefined): URL | undefined {
  if (value === undefined || !URL.canParse(value)) return undefined;
  const uri = new URL(value);
  return uri.origin === new URL(c.req.url).origin && uri.username === '' && uri.password === '' ? uri : undefined;
}

function consentPage(client: string, scope: string | undefined, redirectUri: string, state: string): string {
  const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}" />`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>Allow access?</title>
    <link rel="stylesheet" href="${STYLE_PATH}" />
  </head>
  <body>
    <main>
      <p>Plugboard demo provider</p>
      <h1>Allow ${escapeHtml(client)} to read ${scopeText(scope)}?</h1>
      <p>This stands in for a real provider's consent page: nothing leaves this server.</p>
      <form method="get" action="${DECISION_PATH}">
        ${hidden('redirect_uri', redirectUri)}
        ${hidden('state', state)}
        <div class="buttons">
          <button type="submit" name="decision" value="allow">Allow</button>
          <button type="submit" name="decision" value="deny">Deny</button>
        </div>
      </form>
    </main>
  </body>
</html>
`;
}

/**
 * The reference server as its own OAuth provider, for the demo and the REST tests: the
 * consent page the sync services' authorization URLs point at, its answer back to the
 * redirect URI, and the redirect URI itself, which completes the link on the server and
 * sends the window on to the completion page (with the state only, never the code).
 */
export function createOAuthRoutes(options: OAuthOptions): Hono {
  const app = new Hono();

  app.get(STYLE_PATH, (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(STYLE);
  });

  app.get(OAUTH_PROVIDER_PATH, (c) => {
    const client = single(c, 'client_id');
    const state = single(c, 'state');
    const responseType = single(c, 'response_type');
    const redirectUri = ownRedirectUri(c, single(c, 'redirect_uri'));
    if (!client) return badRequest(c, 'client_id is missing.');
    if (!state) return badRequest(c, 'state is missing.');
    if (responseType !== undefined && responseType !== 'code') return badRequest(c, 'only response_type=code is supported.');
    if (!redirectUri) return badRequest(c, 'redirect_uri must be an address on this server.');
    c.header('Cache-Control', 'no-store');
    return c.html(consentPage(client, single(c, 'scope'), redirectUri.href, state));
  });

  app.get(DECISION_PATH, (c) => {
    const state = single(c, 'state');
    const decision = single(c, 'decision');
    const redirectUri = ownRedirectUri(c, single(c, 'redirect_uri'));
    if (!state) return badRequest(c, 'state is missing.');
    if (!redirectUri) return badRequest(c, 'redirect_uri must be an address on this server.');
    if (decision !== 'allow' && decision !== 'deny') return badRequest(c, 'decide to allow or to deny.');
    if (decision === 'allow') redirectUri.searchParams.set('code', crypto.randomUUID());
    else redirectUri.searchParams.set('error', 'access_denied');
    redirectUri.searchParams.set('state', state);
    c.header('Cache-Control', 'no-store');
    return c.redirect(redirectUri.href, 302);
  });

  app.get(CALLBACK_PATH, (c) => {
    c.header('Cache-Control', 'no-store');
    const state = single(c, 'state');
    const code = single(c, 'code');
    const error = single(c, 'error');
    const done = (outcome: Record<string, string>) => c.redirect(`${COMPLETION_PAGE}?${new URLSearchParams(outcome).toString()}`, 302);
    if (!state) return done({ error: 'invalid_state' });
    const owner = accountLinkOwner(options.db, state);
    if (!owner) return done({ state, error: 'invalid_state' });
    const context = { db: options.db, secrets: options.secrets, fixtures: options.fixtures(new URL(c.req.url).origin), now: options.now };
    try {
      runRules(context, owner, (backend) => backend.completeAccountLink({ state, ...(code ? { code } : {}), ...(error ? { error } : {}) }), true);
    } catch (refusal) {
      if (!(refusal instanceof PlugboardError)) throw refusal;
      // Denied at the provider: the link is marked so, and the page's status check says it.
      if (refusal.code !== 'forbidden') return done({ state, error: 'invalid_state' });
    }
    return done({ state });
  });

  return app;
}
