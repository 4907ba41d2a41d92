import { expect } from '@open-wc/testing';
import bg from '../src/i18n/locales/bg.json';
import en from '../src/i18n/locales/en.json';
import ru from '../src/i18n/locales/ru.json';
import tr from '../src/i18n/locales/tr.json';

type Tree = { [key: string]: string | Tree };
const locales: Record<string, Tree> = { en, bg, ru, tr };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const PLURAL_FORMS: Record<string, string[]> = {
  en: ['one', 'other'],
  bg: ['one', 'other'],
  tr: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
};

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') entries.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) entries.set(inner, text);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

describe('locale files', () => {
  const english = flatten(en);
  const baseKeys = new Set([...english.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
  const pluralKeys = [...english.keys()].filter((key) => key.endsWith('_other')).map((key) => key.replace(PLURAL_SUFFIX, ''));

  for (const [language, tree] of Object.entries(locales)) {
    const strings = flatten(tree);

    it(`${language}: has exactly the keys of en`, () => {
      const keys = new Set([...strings.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
      expect([...baseKeys].filter((key) => !keys.has(key)), 'missing').to.deep.equal([]);
      expect([...keys].filter((key) => !baseKeys.has(key)), 'extra').to.deep.equal([]);
    });

    it(`${language}: has every plural form the language needs`, () => {
      expect(pluralKeys.length).to.be.greaterThan(5);
      for (const key of pluralKeys) {
        for (const form of PLURAL_FORMS[language]!) {
          expect(strings.has(`${key}_${form}`), `${key}_${form}`).to.equal(true);
        }
      }
      // The forms the language's rules pick must be the ones present, as Intl sees it.
      const rules = new Intl.PluralRules(language);
      const picked = new Set([0, 1, 2, 3, 5, 11, 21, 22, 25, 1.5].map((count) => rules.select(count)));
      expect([...picked].sort()).to.deep.equal([...PLURAL_FORMS[language]!].sort());
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
    const english = flatten(en);
    for (const language of ['bg', 'ru', 'tr']) {
      const strings = flatten(locales[language]!);
      const same = [...strings].filter(([key, text]) => english.get(key) === text && /[a-z]{4}/i.test(text));
      expect(same.length, `${language} strings identical to English: ${same.map(([key]) => key).join(', ')}`).to.be.below(12);
    }
  });
});
