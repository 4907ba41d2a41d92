// Which browsers the browser tests run in: Chromium and Firefox unless PLUGBOARD_BROWSERS names
// some of them (comma-separated), e.g. PLUGBOARD_BROWSERS=firefox for a quick local run.
export const BROWSER_NAMES = ['chromium', 'firefox'];

export function chosenBrowsers() {
  const chosen = (process.env.PLUGBOARD_BROWSERS ?? BROWSER_NAMES.join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = chosen.filter((name) => !BROWSER_NAMES.includes(name));
  if (unknown.length > 0 || chosen.length === 0) {
    throw new Error(`PLUGBOARD_BROWSERS="${process.env.PLUGBOARD_BROWSERS}": name ${BROWSER_NAMES.join(' and/or ')}, comma-separated.`);
  }
  return [...new Set(chosen)];
}
