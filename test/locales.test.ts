import { expect } from '@open-wc/testing';
import bg from '../src/i18n/locales/bg.json';
import en from '../src/i18n/locales/en.json';
import ru from '../src/i18n/locales/ru.json';
import tr from '../src/i18n/locales/tr.json';

type Tree = { [key: string]: string | Tree };
const locales: Record<string, Tree> = { en, bg, ru, tr };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** The plural forms each language's cardinal rules use, as Intl knows them. */
const pluralForms = (language: string) => new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
/** Placeholders that always hold a number: they must go through `Intl` (`{{name, number}}`). */
const NUMERIC_PLACEHOLDERS = new Set(['count', 'loaded', 'total', 'used', 'min', 'max', 'current', 'seconds', 'limit']);

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') entries.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) entries.set(inner, text);
  }
  return entries;
}

interface Placeholder {
  name: string;
  format: string;
}

function placeholderList(text: string): Placeholder[] {
  return [...text.matchAll(/{{\s*(\w+)\s*(?:,\s*([^}]*?)\s*)?}}/g)].map((match) => ({ name: match[1]!, format: match[2] ?? '' }));
}

/** `name` or `name, format`, sorted: what a translation must keep of the English. */
const placeholders = (text: string) =>
  placeholderList(text)
    .map(({ name, format }) => (format ? `${name}, ${format}` : name))
    .sort();

const english = flatten(en);
const baseOf = (key: string) => key.replace(PLURAL_SUFFIX, '');

describe('locale files', () => {
  const baseKeys = new Set([...english.keys()].map(baseOf));
  const pluralKeys = [...english.keys()].filter((key) => key.endsWith('_other')).map(baseOf);

  for (const [language, tree] of Object.entries(locales)) {
    const strings = flatten(tree);

    it(`${language}: has exactly the keys of en`, () => {
      const keys = new Set([...strings.keys()].map(baseOf));
      expect([...baseKeys].filter((key) => !keys.has(key)), 'missing').to.deep.equal([]);
      expect([...keys].filter((key) => !baseKeys.has(key)), 'extra').to.deep.equal([]);
    });

    it(`${language}: has every plural form the language needs`, () => {
      const forms = pluralForms(language);
      // Russian needs four forms, the others two: a check that the rules are the expected ones.
      expect([...forms].sort(), language).to.deep.equal(language === 'ru' ? ['few', 'many', 'one', 'other'] : ['one', 'other']);
      expect(pluralKeys.length).to.be.greaterThan(10);
      for (const key of pluralKeys) {
        for (const form of forms) expect(strings.has(`${key}_${form}`), `${key}_${form}`).to.equal(true);
        // A plural key is never also a plain one: i18next would pick one or the other by accident.
        expect(strings.has(key), `${key} is plural and plain`).to.equal(false);
      }
      // No form the language never picks, and no stray plural key that English does not have.
      for (const key of strings.keys()) {
        const form = PLURAL_SUFFIX.exec(key)?.[1];
        if (!form) continue;
        expect(forms, key).to.include(form);
        expect(pluralKeys, key).to.include(baseOf(key));
      }
      // The forms the language's rules pick must be the ones present, as Intl sees it.
      const rules = new Intl.PluralRules(language);
      const picked = new Set([0, 1, 2, 3, 5, 11, 21, 22, 25, 1.5].map((count) => rules.select(count)));
      expect([...picked].sort()).to.deep.equal([...forms].sort());
    });

    it(`${language}: every string holding a count is plural, and every form shows it`, () => {
      for (const [key, text] of strings) {
        const holdsCount = placeholderList(text).some(({ name }) => name === 'count');
        if (holdsCount) expect(pluralKeys, `${key} holds {{count}} but is not plural`).to.include(baseOf(key));
        if (PLURAL_SUFFIX.test(key)) expect(holdsCount, `${key} does not show its count`).to.equal(true);
      }
    });

    it(`${language}: formats every number through Intl ({{name, number}})`, () => {
      for (const [key, text] of strings) {
        for (const { name, format } of placeholderList(text)) {
          if (NUMERIC_PLACEHOLDERS.has(name)) expect(format, `${key}: {{${name}}}`).to.equal('number');
        }
        // A digit right before or after a placeholder is a number glued to it, not formatted.
        expect(/\d{{|}}\d/.test(text), key).to.equal(false);
      }
    });

    it(`${language}: keeps the placeholders of en, and no string is empty`, () => {
      for (const [key, text] of strings) {
        expect(text.trim(), key).to.not.equal('');
        const source = english.get(key) ?? english.get(key.replace(PLURAL_SUFFIX, '_other'));
        expect(source, `en source of ${key}`).to.be.a('string');
        expect(placeholders(text), key).to.deep.equal(placeholders(source!));
      }
    });

  }

  it('translates rather than copies English', () => {
    for (const language of ['bg', 'ru', 'tr']) {
      const strings = flatten(locales[language]!);
      const same = [...strings].filter(([key, text]) => english.get(key) === text && /[a-z]{4}/i.test(text));
      expect(same.length, `${language} strings identical to English: ${same.map(([key]) => key).join(', ')}`).to.be.below(12);
    }
  });

  it('translates the credential field labels in every language', () => {
    const labels = ['connectors.clientId', 'connectors.clientSecret', 'sync.clientId', 'sync.clientSecret'];
    for (const language of ['bg', 'ru', 'tr']) {
      const strings = flatten(locales[language]!);
      for (const key of labels) {
        const text = strings.get(key)!;
        expect(text, `${language} ${key}`).to.not.equal(english.get(key));
        expect(text, `${language} ${key}`).to.not.match(/\b(Client|Connector|Secret|ID)\b/);
      }
    }
  });
});
