/**
 * Fails a test during which Lit warned in dev mode (an update scheduled after an update,
 * a missing property, ...). Lit's one-time "dev mode" notice is not a warning about us.
 */
const warnings: string[] = [];
const originalWarn = console.warn.bind(console);

console.warn = (...args: unknown[]) => {
  const message = args.map(String).join(' ');
  if (/lit\.dev\/msg\//.test(message) && !/lit\.dev\/msg\/dev-mode/.test(message)) warnings.push(message);
  originalWarn(...args);
};

afterEach(() => {
  const seen = warnings.splice(0);
  if (seen.length > 0) throw new Error(`Lit warned:\n${seen.join('\n')}`);
});
