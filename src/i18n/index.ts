export { I18nController, findLangAttribute, resolveLocale, type ResolvedLocale } from './i18n-controller.js';
export {
  BUILT_IN_LANGUAGES,
  DEFAULT_LANGUAGE,
  defineStrings,
  hasLanguage,
  isLanguageLoaded,
  loadLanguage,
  resetDefinedStrings,
  type BuiltInLanguage,
  type Strings,
} from './strings.js';
export { formatDate, formatDateTime, formatList, formatNumber, formatRelativeTime, type DateInput } from './format.js';
