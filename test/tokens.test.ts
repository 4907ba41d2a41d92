// Guards the design tokens: each default is written once (src/themes/tokens.ts for the
// light values, src/themes/dark.css for the dark ones), every `--pb-*` the styles read is
// defined, every one defined is read, and partners' values win over the defaults.
//
// The style modules are found on disk (scripts/style-sources.mjs, served by the test
// runner at /__plugboard/style-sources), so a new `src/**/*.styles.ts` is checked without
// editing this file.
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import '../src/define.js';
import * as plugboard from '../src/index.js';
import { provideAdapter } from '../src/internal/adapter-context.js';
import { tokenStyles } from '../src/internal/shared-styles.js';
import { lightThemeCss, resolvedName, tokens, type Token } from '../src/themes/tokens.js';

interface StyleSources {
  /** `src/**\/*.styles.ts` and `src/**\/*-styles.ts`. */
  modules: string[];
  /** `src/themes/*.css`. */
  themes: string[];
  /** Other source files that write a css`` literal. */
  inlineCss: string[];
  /** Every `@cssproperty` of the JSDoc: the per-element properties. */
  cssProperties: { file: string; name: string; default: string | null }[];
}

interface StyleModule {
  path: string;
  /** The module's style sheets, comments and the token declarations taken out. */
  cssText: string;
  /** How many CSSResults it exports. */
  results: number;
}

interface VarReference {
  name: string;
  /** The fallback as written, or null when there is none. */
  fallback: string | null;
}

const TOKENS = Object.keys(tokens) as Token[];
const isToken = (name: string): name is Token => Object.hasOwn(tokens, name);
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '');
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Reads a default as its JSDoc writes it: `var(--_pb-color-surface)` is `var(--pb-color-surface)`. */
const publicForm = (text: string) => squeeze(text.replace(/--_pb-/g, '--pb-'));

/** Every `var()` in `cssText`, nested ones included. */
function varReferences(cssText: string): VarReference[] {
  const references: VarReference[] = [];
  for (let start = cssText.indexOf('var('); start >= 0; start = cssText.indexOf('var(', start + 4)) {
    let depth = 0;
    let end = start + 3;
    for (; end < cssText.length; end += 1) {
      if (cssText[end] === '(') depth += 1;
      else if (cssText[end] === ')' && --depth === 0) break;
    }
    const inner = cssText.slice(start + 4, end);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    references.push({ name, fallback: comma < 0 ? null : inner.slice(comma + 1).trim() });
  }
  return references;
}

/** Every custom property declared in `cssText`, with its value. */
function declarations(cssText: string): { name: string; value: string }[] {
  return [...cssText.matchAll(/(?:^|[{;\s])(--[\w-]+)\s*:\s*([^;{}]*)/g)].map(([, name, value]) => ({
    name: name!,
    value: squeeze(value!),
  }));
}

const HEX = /(?<![\w-])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi;
const COLOR_FUNCTION = /(?<![\w-])(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^()]*\)/gi;

function isCssResult(value: unknown): value is { cssText: string } {
  return typeof value === 'object' && value !== null && typeof (value as { cssText?: unknown }).cssText === 'string';
}

/** The CSSResults a module exports, arrays of them included. */
function cssResults(value: unknown): { cssText: string }[] {
  if (isCssResult(value)) return [value];
  if (Array.isArray(value)) return value.flatMap(cssResults);
  return [];
}

/** Lists what it is given, one per line, for a readable failure. */
function report(problems: string[]): string {
  return `\n  ${problems.join('\n  ')}\n`;
}

const sources: StyleSources = { modules: [], themes: [], inlineCss: [], cssProperties: [] };
const modules: StyleModule[] = [];
/** Theme style sheets by path, with the generated light theme as `light.css (generated)`. */
const themes = new Map<string, string>();
const documented = new Map<string, string | null>();

before(async () => {
  Object.assign(sources, (await (await fetch('/__plugboard/style-sources')).json()) as StyleSources);
  for (const path of sources.modules) {
    const exported = (await import(`/${path}`)) as Record<string, unknown>;
    const results = Object.values(exported).flatMap(cssResults);
    const cssText = results.map((result) => withoutComments(result.cssText.split(tokenStyles.cssText).join(''))).join('\n');
    modules.push({ path, cssText, results: results.length });
  }
  for (const path of sources.themes) {
    const response = await fetch(`/${path}`);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    themes.set(path, withoutComments(await response.text()));
  }
  themes.set('light.css (generated)', withoutComments(lightThemeCss()));
  for (const { name, default: fallback } of sources.cssProperties) documented.set(name, fallback);
});

describe('design tokens', () => {
  it('finds every style module, and no css`` literal outside them', () => {
    expect(sources.modules).to.include('src/internal/shared-styles.ts');
    expect(sources.modules.filter((path) => path.startsWith('src/components/')).length).to.be.greaterThan(3);
    expect(
      modules.filter((module) => module.results === 0).map((module) => module.path),
      'style modules exporting no styles',
    ).to.deep.equal([]);
    expect(sources.inlineCss, 'styles belong in a *.styles.ts module').to.deep.equal([]);
    expect(sources.themes).to.include('src/themes/dark.css');
  });

  it('reads only tokens and properties that are defined', () => {
    const problems: string[] = [];
    for (const { path, cssText } of modules) {
      const privateDeclared = new Set(declarations(cssText).map(({ name }) => name));
      for (const { name } of varReferences(cssText)) {
        if (name.startsWith('--_pb-')) {
          if (!isToken(`--${name.slice(3)}`)) problems.push(`${path}: reads ${name}, but src/themes/tokens.ts defines no --${name.slice(3)}`);
        } else if (isToken(name)) {
          problems.push(`${path}: reads the token ${name} itself; read var(${resolvedName(name)}), resolved once by tokenStyles`);
        } else if (name.startsWith('--pb-')) {
          if (!documented.has(name)) problems.push(`${path}: reads ${name}, which is no token and no element's @cssproperty`);
        } else if (!privateDeclared.has(name)) {
          problems.push(`${path}: reads ${name}, which it never declares`);
        }
      }
    }
    expect(problems, report(problems)).to.deep.equal([]);
  });

  it('defines no token or property that no style reads', () => {
    const read = new Set(modules.flatMap(({ cssText }) => varReferences(cssText).map(({ name }) => name.replace(/^--_pb-/, '--pb-'))));
    const problems: string[] = [];
    for (const token of TOKENS) if (!read.has(token)) problems.push(`src/themes/tokens.ts: no style reads ${token}`);
    for (const { file, name } of sources.cssProperties) if (!read.has(name)) problems.push(`${file}: documents ${name}, which no style reads`);
    for (const [path, cssText] of themes) {
      for (const { name } of declarations(cssText)) if (!isToken(name)) problems.push(`${path}: sets ${name}, which is no token`);
    }
    for (const { path, cssText } of modules) {
      const privateRead = new Set(varReferences(cssText).map(({ name }) => name));
      for (const { name } of declarations(cssText)) {
        if (name.startsWith('--_') && !name.startsWith('--_pb-') && !privateRead.has(name)) problems.push(`${path}: declares ${name}, which it never reads`);
      }
    }
    expect(problems, report(problems)).to.deep.equal([]);
  });

  it('leaves the global tokens to the partner: no style sets one or resolves one itself', () => {
    const problems: string[] = [];
    for (const { path, cssText } of modules) {
      for (const { name } of declarations(cssText)) {
        if (name.startsWith('--pb-')) problems.push(`${path}: sets ${name}, which would override the partner's value`);
        if (name.startsWith('--_pb-')) problems.push(`${path}: declares ${name}; only tokenStyles resolves the tokens`);
      }
    }
    expect(problems, report(problems)).to.deep.equal([]);
  });

  it('writes colours only in the token sources', () => {
    const values = new Map(TOKENS.map((token) => [squeeze(tokens[token]).toLowerCase(), token]));
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const { path, cssText } of modules) {
      for (const [hex] of cssText.matchAll(HEX)) problems.push(`${path}: ${hex}; hex colours belong in src/themes/tokens.ts (and dark.css)`);
      for (const [color] of cssText.matchAll(COLOR_FUNCTION)) {
        const key = squeeze(color).toLowerCase();
        const token = values.get(key);
        if (token) problems.push(`${path}: ${color} is the default of ${token}; read var(${resolvedName(token)})`);
        else if (seen.has(key)) problems.push(`${path}: ${color} is written again (also in ${seen.get(key)}); make it a token`);
        else seen.set(key, path);
      }
    }
    expect(problems, report(problems)).to.deep.equal([]);
  });

  it('themes: light.css is the defaults, dark.css sets every colour once', () => {
    const light = declarations(themes.get('light.css (generated)')!);
    expect(Object.fromEntries(light.map(({ name, value }) => [name, value]))).to.deep.equal(
      Object.fromEntries(TOKENS.map((token) => [token, squeeze(tokens[token])])),
    );
    const dark = declarations(themes.get('src/themes/dark.css')!).map(({ name }) => name);
    expect(dark.filter((name, index) => dark.indexOf(name) !== index), 'set twice in dark.css').to.deep.equal([]);
    const colors = TOKENS.filter((token) => token.startsWith('--pb-color-'));
    expect(colors.filter((token) => !dark.includes(token)), 'colour tokens dark.css leaves light').to.deep.equal([]);
  });

  it('gives each per-element property one fallback, the one its JSDoc documents', () => {
    const problems: string[] = [];
    const references = modules.flatMap(({ path, cssText }) => varReferences(cssText).map((reference) => ({ path, ...reference })));
    for (const { file, name, default: fallback } of sources.cssProperties) {
      const reads = references.filter((reference) => reference.name === name);
      if (sources.cssProperties.filter((property) => property.name === name).length > 1) problems.push(`${file}: ${name} is documented twice`);
      if (reads.length > 1) problems.push(`${name} is read ${reads.length} times (${reads.map((read) => read.path).join(', ')}); resolve it once on :host`);
      for (const read of reads) {
        if (fallback === null) problems.push(`${file}: ${name} documents no default ([${name}=…])`);
        else if (read.fallback === null || publicForm(read.fallback) !== publicForm(fallback)) {
          problems.push(`${read.path}: ${name} falls back to ${read.fallback ?? 'nothing'}, but ${file} documents ${fallback}`);
        }
      }
    }
    expect(problems, report(problems)).to.deep.equal([]);
  });

  it('are all named in docs/theming.md', async () => {
    const guide = await (await fetch('/docs/theming.md')).text();
    expect(TOKENS.filter((token) => !guide.includes(`\`${token}\``))).to.deep.equal([]);
  });
});

describe('design tokens in the elements', () => {
  const elementClasses = Object.values(plugboard as Record<string, unknown>).filter(
    (value): value is CustomElementConstructor => typeof value === 'function' && value.prototype instanceof HTMLElement,
  );
  const tags = elementClasses.map((element) => customElements.getName(element)).filter((tag): tag is string => !!tag);
  const resolved = (element: Element, token: Token) => squeeze(getComputedStyle(element).getPropertyValue(resolvedName(token)));

  async function render(tag: string): Promise<{ region: HTMLElement; element: HTMLElement }> {
    const region = await fixture<HTMLElement>(html`<div></div>`);
    provideAdapter(region, new MemoryAdapter());
    const element = document.createElement(tag);
    region.append(element);
    await (element as LitElement).updateComplete;
    return { region, element };
  }

  it('registers every element', () => {
    expect(tags).to.include.members(['app-marketplace', 'app-detail', 'consent-dialog', 'network-security']);
  });

  it('resolve every token to its default when nothing sets it', async () => {
    for (const tag of tags) {
      const { element } = await render(tag);
      const values = Object.fromEntries(TOKENS.map((token) => [token, resolved(element, token)]));
      expect(values, tag).to.deep.equal(Object.fromEntries(TOKENS.map((token) => [token, squeeze(tokens[token])])));
    }
  });

  it('take a token from any ancestor, and from the element itself, over the default', async () => {
    for (const tag of tags) {
      const { region, element } = await render(tag);
      region.style.setProperty('--pb-color-text', 'rgb(1, 2, 3)');
      region.style.setProperty('--pb-radius', '1px');
      expect(resolved(element, '--pb-color-text'), tag).to.equal('rgb(1, 2, 3)');
      expect(resolved(element, '--pb-radius'), tag).to.equal('1px');
      if (getComputedStyle(element).display !== 'contents') expect(getComputedStyle(element).color, tag).to.equal('rgb(1, 2, 3)');
      element.style.setProperty('--pb-color-text', 'rgb(4, 5, 6)');
      expect(resolved(element, '--pb-color-text'), tag).to.equal('rgb(4, 5, 6)');
    }
  });

  it('follow dark.css on an ancestor, and light.css inside it', async () => {
    const sheets = document.createElement('style');
    sheets.textContent = `${themes.get('src/themes/dark.css')!}\n${lightThemeCss()}`;
    document.head.append(sheets);
    try {
      const dark = new Map(declarations(themes.get('src/themes/dark.css')!).map(({ name, value }) => [name, value]));
      for (const tag of tags) {
        const { region, element } = await render(tag);
        region.dataset['pbTheme'] = 'dark';
        expect(resolved(element, '--pb-color-text'), tag).to.equal(dark.get('--pb-color-text'));
        expect(resolved(element, '--pb-radius'), tag).to.equal(tokens['--pb-radius']);
        element.dataset['pbTheme'] = 'light';
        expect(resolved(element, '--pb-color-text'), tag).to.equal(tokens['--pb-color-text']);
      }
    } finally {
      sheets.remove();
    }
  });
});
