import { setCustomElementsManifest, type Decorator, type Loader, type Preview } from '@storybook/web-components';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { BUILT_IN_LANGUAGES, loadLanguage } from '../src/i18n/index.js';
import '../src/themes/dark.css';
import { lightThemeCss } from '../src/themes/tokens.js';
import '../stories/partner-skin.css';
import { PSEUDO_LOCALE, definePseudoLocale } from '../stories/pseudo-locale.js';
import {
  LATENCIES,
  STORY_LOCALES,
  THEMES,
  localeOf,
  storiesSettled,
  themeOf,
  type Latency,
  type StoryLocale,
  type Theme,
} from '../stories/support.js';

// Every element's docs page, args and controls come from the manifest the analyzer writes
// from the JSDoc (`npm run analyze`); the story files add no argTypes of their own.
setCustomElementsManifest(manifest);
// `hideArgRef`: the helpers would end every description with the arg's key, which is
// the control's own name for everything but parts.
setStorybookHelpersConfig({ hideArgRef: true });

definePseudoLocale();

// Tools that capture stories (test/e2e/storybook-axe.test.mjs, screenshots) wait for every
// adapter answer to be rendered before they read the page.
Object.assign(window, { plugboardStoriesSettled: storiesSettled });

// The package's themes/light.css is generated from the tokens at build time; here the same
// text goes first in <head>, before dark.css, as a host page links them.
const lightTheme = document.createElement('style');
lightTheme.textContent = lightThemeCss();
document.head.prepend(lightTheme);

const LOCALE_NAMES: Record<StoryLocale, string> = {
  en: 'English',
  bg: 'Български',
  ru: 'Русский',
  tr: 'Türkçe',
  [PSEUDO_LOCALE]: 'Pseudo-locale (accented, 40 % longer)',
};

const THEME_NAMES: Record<Theme, string> = {
  light: 'Light',
  dark: 'Dark',
  partner: 'Partner skin (tokens and parts only)',
};

const LATENCY_NAMES: Record<Latency, string> = {
  normal: `Normal (${LATENCIES.normal} ms a call)`,
  none: 'None',
  slow: `Slow (${LATENCIES.slow / 1000} s a call)`,
};

/**
 * Wraps every story in the toolbar's language and theme, as a host page would: the elements
 * follow the nearest `lang`, and the theme's tokens apply to `[data-pb-theme]` descendants.
 * The same template is re-rendered on a toolbar change, so the elements stay mounted and
 * switch language and theme in place.
 */
const withLocaleAndTheme: Decorator = (story, context) => {
  const theme = themeOf(context);
  return html`<div
    class="pb-story"
    lang=${localeOf(context)}
    data-pb-theme=${theme}
    style="box-sizing: border-box; min-height: 100vh; padding: 1.5rem; background: var(--pb-color-surface); color: var(--pb-color-text); font-family: var(--pb-font-family); color-scheme: ${theme === 'dark' ? 'dark' : 'light'}"
  >
    ${story()}
  </div>`;
};

/** The toolbar's language, loaded before the story renders, so no element shows English first. */
const loadToolbarLanguage: Loader = async (context) => {
  const locale = localeOf(context);
  if ((BUILT_IN_LANGUAGES as readonly string[]).includes(locale)) await loadLanguage(locale);
  return {};
};

interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  description?: string;
}

/** An element's summary and description in the manifest, for the top of its docs page. */
function elementDescription(tagName: string): string | undefined {
  const modules: ReadonlyArray<{ declarations?: readonly ManifestDeclaration[] }> = manifest.modules;
  const declaration = modules
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === tagName);
  const text = [declaration?.summary, declaration?.description].filter(Boolean).join('\n\n');
  return text || undefined;
}

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  loaders: [loadToolbarLanguage],
  // A docs page per element: its description, the primary story with every control, the
  // API tables (attributes, properties, events, slots, parts, custom properties), then
  // every story.
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the elements (the wrapper’s lang attribute)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: STORY_LOCALES.map((value) => ({ value, title: `${value} · ${LOCALE_NAMES[value]}`, right: value })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Plugboard theme (the wrapper’s data-pb-theme attribute)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: THEMES.map((value) => ({ value, title: THEME_NAMES[value] })),
        dynamicTitle: true,
      },
    },
    latency: {
      description: 'How long every call to the story’s in-memory backend waits',
      toolbar: {
        title: 'Latency',
        icon: 'timer',
        items: Object.entries(LATENCY_NAMES).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', latency: 'normal' },
  // The one control the manifest cannot give: `lang` is a global attribute, which every
  // element follows (an element's own `lang` wins over the toolbar's, on its wrapper).
  argTypes: {
    lang: {
      name: 'lang',
      description: 'The element’s own language; unset, it follows the nearest ancestor’s (the Locale toolbar).',
      control: { type: 'select' },
      options: STORY_LOCALES,
      table: { category: 'attributes', type: { summary: 'string' } },
    },
  },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'none' },
    docs: { extractComponentDescription: elementDescription },
  },
};

export default preview;
