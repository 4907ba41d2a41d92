import type { AppFixture, Fixtures } from '../../src/api/memory/fixture-types.js';
import { fixtures } from '../../src/api/memory/fixtures.js';

/** Fixtures with `count` apps, all available: copies of the bundled ones under new ids. */
export function manyApps(count: number): Fixtures {
  const apps: AppFixture[] = [];
  for (let index = 0; index < count; index += 1) {
    const source = fixtures.apps[index % fixtures.apps.length]!;
    apps.push({ ...source, id: `${source.id}-${index}`, name: `${source.name} ${index}`, initialStatus: undefined });
  }
  return { ...fixtures, apps };
}
