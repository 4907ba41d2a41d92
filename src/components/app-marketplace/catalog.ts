import type { AppSummary, Category } from '../../api/schemas.js';
import { containsWords, foldForSearch, queryWords } from '../../internal/search.js';

/** What the catalog shows: every app, the active view, or one category. */
export type CatalogView = { kind: 'all' } | { kind: 'active' } | { kind: 'category'; category: Category };

/** Apps that are active or still being set up. */
export function isInstalled(app: AppSummary): boolean {
  return app.status !== 'available';
}

/**
 * The apps with their search text folded once per language, so a keystroke compares
 * strings and nothing more, even across ten thousand apps.
 */
export class CatalogIndex {
  readonly apps: readonly AppSummary[];
  private readonly folded: string[];
  private readonly language: string;

  constructor(apps: readonly AppSummary[], language: string) {
    this.apps = apps;
    this.language = language;
    this.folded = apps.map((app) => foldForSearch(`${app.name}\n${app.vendor}\n${app.summary}`, language));
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
