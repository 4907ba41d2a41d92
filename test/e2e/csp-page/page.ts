/**
 * The host page of the strict-CSP end-to-end test, written as the README tells a host to:
 * every element registered from the registration entry, all of them talking to the
 * in-memory backend (answering at once) provided on their container. Bundled by
 * test/e2e/strict-csp.test.mjs and loaded as an external module script.
 */
import '../../../src/define.js';
import { provideAdapter } from '../../../src/index.js';
import { MemoryAdapter, fixtures, withLogosAt } from '../../../src/api/memory/index.js';

// The fixtures point logos at another origin, which `img-src` (here `default-src 'self'`)
// refuses; a host under this policy serves its logos itself, so this page does too. The
// test's server answers every /logos/*.svg.
const hostFixtures = withLogosAt(fixtures, new URL('/logos/', location.href).href);

provideAdapter(document.getElementById('settings')!, new MemoryAdapter({ fixtures: hostFixtures, latency: 0 }));
