/** Polls until `condition` holds (at most ~3 s), for what arrives asynchronously. */
export async function waitFor(condition: () => boolean, what = 'the condition'): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Text without the invisible bidi isolate marks the elements put around values, as a reader sees it. */
export function readable(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u2066-\u2069]/g, '');
}

/** Text content with white space folded and the isolate marks left out, as a reader sees it. */
export function textOf(node: Node | null | undefined): string {
  return readable(node?.textContent).replace(/\s+/g, ' ').trim();
}
