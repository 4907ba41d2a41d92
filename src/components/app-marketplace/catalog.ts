import type { AppStatus, AppSummary, Category } from '../../api/schemas.js';
import { containsWords, foldForSearch, queryWords } from '../../internal/search.js';

/** What the catalog shows: every app, the active view, or one category. */
export type CatalogView = { kind: 'all' } | { kind: 'active' } | { kind: 'category'; category: Category };

/** Apps that are active or still being set up. */
export function isInstalled(app: AppSummary): boolean {
  return app.status !== 'available';
}

/**
 * The apps with their search text folded once per language, so a keystroke compares
 * strings and nothing more, even across ten thousand apps. Immutable: changes return a
 * new index that reuses what was already folded.
 */
export class CatalogIndex {
  readonly apps: readonly AppSummary[];
  readonly language: string;
  private readonly folded: readonly string[];

  constructor(apps: readonly AppSummary[], language: string, folded?: readonly string[]) {
    this.apps = apps;
    this.language = language;
    this.folded = folded ?? apps.map((app) => fold(app, language));
  }

  /** The index with another page of apps at the end; only the new apps are folded. */
  append(apps: readonly AppSummary[]): CatalogIndex {
    const folded = apps.map((app) => fold(app, this.language));
    return new CatalogIndex([...this.apps, ...apps], this.language, [...this.folded, ...folded]);
  }

  /** The index with one app's status changed; the search text stays as folded. */
  withStatus(appId: string, status: AppStatus): CatalogIndex {
    const apps = this.apps.map((app) => (app.id === appId ? { ...app, status } : app));
    return new CatalogIndex(apps, this.language, this.folded);
  }

  /** The apps of a view matching every word of the query, in catalog order. */
  filter(query: string, view: CatalogView): AppSummary[] {
    const words = queryWords(query, this.language);
    const result: AppSummary[] = [];
    this.apps.forEach((app, index) => {
      if (view.kind === 'active' && !isInstalled(app)) return;
      if (view.kind === 'category' && !app.categoryIds.includes(view.category.id)) return;
      if (containsWords(this.folded[index] ?? '', words)) result.push(app);
    });
    return result;
  }
}

function fold(app: AppSummary, language: string): string {
  return foldForSearch(`${app.name}\n${app.vendor}\n${app.summary}`, language);
}
