import type en from './locales/en.json';

/** i18next picks `key_one`, `key_few`… from `key` and a count: callers name the base key. */
type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type WithoutPlural<Key extends string> = Key extends `${infer Base}${PluralSuffix}` ? Base : Key;

type KeyPaths<Tree, Prefix extends string = ''> = {
  [Key in keyof Tree & string]: Tree[Key] extends string
    ? WithoutPlural<`${Prefix}${Key}`>
    : KeyPaths<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];

/**
 * Every key of the English strings, the reference locale: a misspelled or missing key is
 * a type error wherever an element asks for a string.
 */
export type StringKey = KeyPaths<typeof en>;
