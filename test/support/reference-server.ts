/** The reference server the test runner started (see web-test-runner.config.mjs). */
export const { apiUrl } = (await (await fetch('/__plugboard/server')).json()) as { apiUrl: string };

/** A bearer token for a new organisation on the reference server, signed in as `userId` or its first user. */
export async function newSession(userId?: string): Promise<string> {
  const response = await fetch(`${apiUrl}/test/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(userId ? { userId } : {}),
  });
  return ((await response.json()) as { token: string }).token;
}
