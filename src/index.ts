// The package's entry: classes, types and adapters. It registers no element; import
// `plugboard/define` (all elements) or one element's registration file for that.
export * from './api/index.js';
export * from './i18n/index.js';
export { PlugboardElement } from './internal/plugboard-element.js';
export { foldForSearch, matchesQuery } from './internal/search.js';
