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

/** The most apps the catalog loads, whatever total the backend claims. */
export const MAX_CATALOG_APPS = 100_000;
/** Pages asked for beyond what the announced total needs, for apps added while paging. */
const SPARE_PAGES = 2;

/** Why paging stopped before the backend said it was done, or why its answers disagree. */
export type PagingProblem = 'repeated-cursor' | 'no-progress' | 'too-many-pages' | 'repeated-ids' | 'total-mismatch';

/**
 * Keeps paging through a backend's apps bounded, whatever it answers: a cursor seen before,
 * a page that adds no app, or more pages than the announced total needs ends the paging;
 * an app already loaded is not loaded twice. What arrived stays; `problem` says what went wrong.
 */
export class CatalogPaging {
  private readonly cursors = new Set<string>();
  private readonly ids = new Set<string>();
  private readonly maxPages: number;
  private pages = 0;
  problem: PagingProblem | undefined;

  /** `total` as the first page announced it; `pageSize` as later pages are asked for. */
  constructor(total: number, pageSize: number) {
    this.maxPages = Math.ceil(Math.min(total, MAX_CATALOG_APPS) / pageSize) + SPARE_PAGES;
  }

  /** How many distinct apps arrived so far. */
  get loaded(): number {
    return this.ids.size;
  }

  /** The apps of a page that were not loaded before. */
  take(items: readonly AppSummary[]): AppSummary[] {
    const fresh: AppSummary[] = [];
    for (const app of items) {
      if (this.ids.has(app.id)) {
        this.problem ??= 'repeated-ids';
      } else if (this.ids.size < MAX_CATALOG_APPS) {
        this.ids.add(app.id);
        fresh.push(app);
      }
    }
    return fresh;
  }

  /** The cursor to ask for next after a page that added `added` apps; `null` once paging ends. */
  next(cursor: string | null, added: number): string | null {
    if (cursor === null) return null;
    this.pages += 1;
    const stop: PagingProblem | undefined = this.cursors.has(cursor)
      ? 'repeated-cursor'
      : added === 0
        ? 'no-progress'
        : this.pages > this.maxPages || this.ids.size >= MAX_CATALOG_APPS
          ? 'too-many-pages'
          : undefined;
    if (stop) {
      this.problem = stop;
      return null;
    }
    this.cursors.add(cursor);
    return cursor;
  }

  /** Notes a finished paging whose apps disagree with the total the backend announced. */
  finish(total: number): void {
    if (this.problem === undefined && this.ids.size !== total) this.problem = 'total-mismatch';
  }
}
