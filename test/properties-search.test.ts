/**
 * Property tests of search folding (src/internal/search.ts) and of the catalog's index
 * (CatalogIndex): whatever the name, in whatever case or Unicode form it is typed, an app
 * is found by its name and by each word of it, in each of the shipped languages.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { AppStatus, AppSummary } from '../src/api/schemas.js';
import { CatalogIndex, isInstalled, type CatalogView } from '../src/components/app-marketplace/catalog.js';
import { containsWords, foldForSearch, matchesQuery, queryWords } from '../src/internal/search.js';
import { anyText } from './support/arbitraries.js';

const LANGUAGES = ['en', 'bg', 'ru', 'tr'] as const;

/**
 * Letters that folding must handle: Turkish dotted and dotless i in both cases, Cyrillic
 * й and ё (й a letter of its own, ё an е to a searcher), accents precomposed and decomposed,
 * German ß and Greek sigma (app names come in every language, whatever the page's).
 */
const trickyLetter = fc.constantFrom(
  ...'aeiouxyzAEIOUXYZ0123456789'.split(''),
  ...'ıIiİşŞğĞçÇöÖüÜ'.split(''),
  ...'йЙёЁъЪщЩжЖиИеЕ'.split(''),
  ...'éÉèàÀñÑåÅ'.split(''),
  // Letters whose capitals are not one letter, or whose small form depends on the next one.
  ...'ßẞΣσς'.split(''),
  'e\u0301',
  'E\u0301',
  'и\u0306',
  'И\u0306',
  'е\u0308',
  'I\u0307',
  '-',
  '&',
  '.',
);

const word = fc.array(trickyLetter, { minLength: 1, maxLength: 8 }).map((letters) => letters.join(''));
const gap = fc.constantFrom(' ', '  ', '\t', ' \u00a0');

/** A name of one to four words, words apart by any whitespace. */
const appName = fc
  .tuple(word, fc.array(fc.tuple(gap, word), { maxLength: 3 }))
  .map(([first, rest]) => rest.reduce((name, [space, next]) => `${name}${space}${next}`, first));

/** Text to fold: tricky names, or any code points at all. */
const anyInput = fc.oneof(appName, anyText(30));

const STATUSES: AppStatus[] = ['available', 'pending-configuration', 'active', 'credentials-expired'];

function appArbitrary(index: number): fc.Arbitrary<AppSummary> {
  return fc.record({
    id: fc.constant(`app-${index}`),
    name: appName,
    vendor: appName,
    summary: fc.oneof(appName, anyText(20)),
    categoryIds: fc.subarray(['crm', 'mail', 'sync']),
    developer: fc.constantFrom('vendor' as const, 'host' as const),
    status: fc.constantFrom(...STATUSES),
  });
}

/** One to six apps with distinct ids. */
const apps: fc.Arbitrary<AppSummary[]> = fc
  .integer({ min: 1, max: 6 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => appArbitrary(index))));

/** The apps and one of them. */
const appsAndOne = apps.chain((list) => fc.tuple(fc.constant(list), fc.nat(list.length - 1).map((index) => list[index]!)));

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function ids(list: readonly AppSummary[]): string[] {
  return list.map((app) => app.id);
}

describe('search folding, property-based', () => {
  it('folding twice is folding once, in every language', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        for (const language of LANGUAGES) {
          const once = foldForSearch(text, language);
          expect(foldForSearch(once, language), `${language}: ${JSON.stringify(text)}`).to.equal(once);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('text folds the same whether its letters are precomposed or decomposed', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        for (const language of LANGUAGES) {
          const composed = foldForSearch(text.normalize('NFC'), language);
          expect(foldForSearch(text.normalize('NFD'), language), `${language}: ${JSON.stringify(text)}`).to.equal(composed);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the words of a query are folded, without whitespace, and all occur in the folded text they came from', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        for (const language of LANGUAGES) {
          const found = queryWords(text, language);
          for (const each of found) {
            expect(each).not.to.match(/\s/);
            expect(each).to.equal(foldForSearch(each, language));
          }
          expect(containsWords(foldForSearch(text, language), found), `${language}: ${JSON.stringify(text)}`).to.equal(true);
          expect(matchesQuery(text, ['elsewhere', text], language)).to.equal(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('catalog search, property-based', () => {
  it('an app is found by its name and by each word of it, in every language', () => {
    fc.assert(
      fc.property(appsAndOne, ([list, app]) => {
        for (const language of LANGUAGES) {
          const index = new CatalogIndex(list, language);
          for (const query of [app.name, ...words(app.name)]) {
            expect(ids(index.filter(query, { kind: 'all' })), `${language}: ${JSON.stringify(query)} in ${JSON.stringify(app.name)}`).to.include(app.id);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('while the name is typed, every keystroke keeps the app among the results', () => {
    fc.assert(
      fc.property(appsAndOne, ([list, app]) => {
        // Keystrokes add composed characters: é, not e and then its accent.
        const typed = [...app.name.normalize('NFC')];
        for (const language of LANGUAGES) {
          const index = new CatalogIndex(list, language);
          for (let length = 1; length <= typed.length; length += 1) {
            const query = typed.slice(0, length).join('');
            expect(ids(index.filter(query, { kind: 'all' })), `${language}: ${JSON.stringify(query)} of ${JSON.stringify(app.name)}`).to.include(app.id);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a word of the name is found typed in capitals, in small letters, or in the other Unicode form', () => {
    fc.assert(
      fc.property(appsAndOne, fc.nat(), ([list, app], pick) => {
        const nameWords = words(app.name);
        const chosen = nameWords[pick % nameWords.length]!;
        for (const language of LANGUAGES) {
          const index = new CatalogIndex(list, language);
          const typed = [
            chosen.toLocaleUpperCase(language),
            chosen.toLocaleLowerCase(language),
            chosen.normalize('NFC'),
            chosen.normalize('NFD'),
          ];
          for (const query of typed) {
            expect(ids(index.filter(query, { kind: 'all' })), `${language}: ${JSON.stringify(query)} in ${JSON.stringify(app.name)}`).to.include(app.id);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the index answers as matchesQuery does over name, vendor and summary, in catalog order, within the view', () => {
    const view: fc.Arbitrary<CatalogView> = fc.oneof(
      fc.constant({ kind: 'all' as const }),
      fc.constant({ kind: 'active' as const }),
      fc.constantFrom('crm', 'mail', 'sync').map((id) => ({ kind: 'category' as const, category: { id, name: id, appCount: 0 } })),
    );
    const query = fc.oneof(appName, word, fc.constant(''), anyText(6));
    fc.assert(
      fc.property(apps, query, view, fc.constantFrom(...LANGUAGES), (list, text, chosenView, language) => {
        const inView = list.filter(
          (app) =>
            chosenView.kind === 'all' ||
            (chosenView.kind === 'active' && isInstalled(app)) ||
            (chosenView.kind === 'category' && app.categoryIds.includes(chosenView.category.id)),
        );
        const expected = inView.filter((app) => matchesQuery(text, [app.name, app.vendor, app.summary], language));
        expect(ids(new CatalogIndex(list, language).filter(text, chosenView))).to.deep.equal(ids(expected));
      }),
      { numRuns: 200 },
    );
  });

  it('an index grown page by page, or with a status changed, answers as one built at once', () => {
    fc.assert(
      fc.property(apps, fc.nat(), fc.nat(), fc.constantFrom(...STATUSES), appName, fc.constantFrom(...LANGUAGES), (list, cut, pick, status, text, language) => {
        const split = cut % (list.length + 1);
        const paged = new CatalogIndex(list.slice(0, split), language).append(list.slice(split));
        const changed = list[pick % list.length]!;
        const updated = list.map((app) => (app.id === changed.id ? { ...app, status } : app));
        const query = pick % 2 === 0 ? text : changed.name;
        for (const view of [{ kind: 'all' as const }, { kind: 'active' as const }]) {
          expect(ids(paged.filter(query, view))).to.deep.equal(ids(new CatalogIndex(list, language).filter(query, view)));
          expect(paged.withStatus(changed.id, status).filter(query, view)).to.deep.equal(new CatalogIndex(updated, language).filter(query, view));
        }
      }),
      { numRuns: 150 },
    );
  });
});
