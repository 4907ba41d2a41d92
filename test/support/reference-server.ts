/** The reference server the test runner started (see web-test-runner.config.mjs). */
export const { apiUrl } = (await (await fetch('/__plugboard/server')).json()) as { apiUrl: string };

/** A session on the reference server: its bearer token, organisation and signed-in user. */
export interface Session {
  token: string;
  orgId: string;
  userId: string;
}

/** A bearer token for a new organisation on the reference server, signed in as `userId` or its first user. */
export async function newSession(userId?: string): Promise<string>;
/**
 * A session signed in as `userId` (or the first user): in the organisation `orgId` when
 * given (another user of it, or a second tab of the same one), else in a new organisation.
 */
export async function newSession(options: { userId?: string; orgId?: string }): Promise<Session>;
export async function newSession(which?: string | { userId?: string; orgId?: string }): Promise<string | Session> {
  const options = typeof which === 'object' ? which : { userId: which };
  const body: { userId?: string; orgId?: string } = {};
  if (options.userId) body.userId = options.userId;
  if (options.orgId) body.orgId = options.orgId;
  const response = await fetch(`${apiUrl}/test/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST /test/sessions answered ${response.status}: ${await response.text()}`);
  const session = (await response.json()) as Session;
  return typeof which === 'object' ? session : session.token;
}
