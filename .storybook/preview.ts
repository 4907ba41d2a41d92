import type { Decorator, Preview } from '@storybook/web-components';
import { html } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import '../src/define.js';
import { PLUGBOARD_EVENT_NAMES } from '../src/events/event-names.js';
import '../src/themes/dark.css';
import { lightThemeCss } from '../src/themes/tokens.js';
import { LOCALES, THEMES, localeOf, themeOf } from '../stories/support.js';

// The package's themes/light.css is generated from the tokens at build time; here the same
// text goes first in <head>, before dark.css, as a host page links them.
const lightTheme = document.createElement('style');
lightTheme.textContent = lightThemeCss();
document.head.prepend(lightTheme);

const LOCALE_NAMES: Record<(typeof LOCALES)[number], string> = {
  en: 'English',
  bg: 'Български',
  ru: 'Русский',
  tr: 'Türkçe',
};

/**
 * Wraps every story in the toolbar's language and theme, as a host page would: the elements
 * follow the nearest `lang`, and the theme's tokens apply to `[data-pb-theme]` descendants.
 * The same template is re-rendered on a toolbar change, so the elements stay mounted and
 * switch language and theme in place.
 */
const withLocaleAndTheme: Decorator = (story, context) =>
  html`<div
    class="pb-story"
    lang=${localeOf(context)}
    data-pb-theme=${themeOf(context)}
    style="box-sizing: border-box; min-height: 100vh; padding: 1.5rem; background: var(--pb-color-surface); color: var(--pb-color-text); font-family: var(--pb-font-family); color-scheme: ${themeOf(context)}"
  >
    ${story()}
  </div>`;

const preview: Preview = {
  decorators: [withActions, withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the elements (the wrapper’s lang attribute)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: LOCALES.map((value) => ({ value, title: `${value} · ${LOCALE_NAMES[value]}`, right: value })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Plugboard theme (the wrapper’s data-pb-theme attribute)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: THEMES.map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    // The stories take no args: their states come from the adapter and the toolbar.
    controls: { disable: true },
    // Every Plugboard event bubbles and crosses shadow roots: the Actions panel logs them.
    actions: {
      handles: [...PLUGBOARD_EVENT_NAMES],
    },
  },
};

export default preview;
