/**
 * Benchmark page: `<app-marketplace>` from the package's registration entry, fed by the
 * in-memory adapter (no latency) with the generated catalog.
 */
import '../../src/define.js';
import { MemoryAdapter } from '../../src/api/memory/index.js';
import { BENCH_APP_COUNT, generateFixtures } from '../catalog-fixtures.js';
import { installHooks } from './probes.js';

const adapter = new MemoryAdapter({ fixtures: generateFixtures(BENCH_APP_COUNT), latency: 0 });
const dataReady = performance.now();

const element = document.createElement('app-marketplace');
element.adapter = adapter;
document.querySelector('#app')?.append(element);
const root = element.shadowRoot;
if (!root) throw new Error('<app-marketplace> has no shadow root.');

installHooks(
  {
    root,
    settled: () => element.updateComplete,
    resultCount: () => element.visibleApps.length,
    // With an empty query every loaded app is visible; the harness only asks then.
    loadedCount: () => element.visibleApps.length,
  },
  dataReady,
  BENCH_APP_COUNT,
);
