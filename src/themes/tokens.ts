/**
 * The global design tokens and their defaults, which are the light theme. This is the only
 * place the light values are written:
 *
 * - every element resolves each token once, on its `:host`, into a private property
 *   (`--pb-color-text` → `--_pb-color-text: var(--pb-color-text, #1c2430)`, see
 *   `tokenStyles` in `internal/shared-styles.ts`), and its styles read only the private one;
 *   a value a partner sets on any ancestor, or on the element itself, wins over the default;
 * - `themes/light.css` is generated from this object by `npm run build` (`lightThemeCss`);
 * - `themes/dark.css` holds the dark values, and only them.
 *
 * This module imports nothing, so the build scripts can load it in Node.
 * `test/tokens.test.ts` fails on a token that no style reads, a style that reads a token
 * defined nowhere, or a hex colour written outside this file and `dark.css`.
 */
export const tokens = {
  '--pb-font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  '--pb-font-family-mono': "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
  '--pb-font-size': '0.9375rem',
  '--pb-radius': '6px',
  '--pb-radius-large': '10px',
  '--pb-color-text': '#1c2430',
  '--pb-color-text-muted': '#4f5b6b',
  '--pb-color-surface': '#ffffff',
  '--pb-color-surface-raised': '#f5f7fa',
  '--pb-color-surface-hover': '#eef2f7',
  '--pb-color-border': '#d5dbe3',
  '--pb-color-border-strong': '#9aa5b4',
  '--pb-color-accent': '#1d4fd7',
  '--pb-color-accent-hover': '#173fae',
  '--pb-color-accent-surface': '#e6edfc',
  '--pb-color-accent-text': '#163a9c',
  '--pb-color-on-accent': '#ffffff',
  '--pb-color-link': '#1d4fd7',
  '--pb-color-focus': '#1d4fd7',
  '--pb-color-danger': '#b42318',
  '--pb-color-danger-surface': '#fdecea',
  '--pb-color-danger-text': '#8a1c12',
  '--pb-color-success-surface': '#dff3e4',
  '--pb-color-success-text': '#14532d',
  '--pb-color-warning-surface': '#fff1cc',
  '--pb-color-warning-text': '#6b4400',
  '--pb-color-badge': '#e4e9f0',
  '--pb-color-backdrop': 'rgb(15 23 42 / 0.45)',
} as const satisfies Record<`--pb-${string}`, string>;

/** The name of a global token, such as `--pb-color-text`. */
export type Token = keyof typeof tokens;

/** The private property an element's styles read for a token: `--pb-x` → `--_pb-x`. */
export function resolvedName(token: Token): `--_pb-${string}` {
  return `--_${token.slice(2)}` as `--_pb-${string}`;
}

/**
 * The declarations, for an element's `:host`, that resolve every token once: the value set
 * on the element or inherited from an ancestor, else the default.
 */
export function tokenDeclarations(): string {
  return Object.entries(tokens)
    .map(([token, fallback]) => `${resolvedName(token as Token)}: var(${token}, ${fallback});`)
    .join('\n');
}

/**
 * `themes/light.css`: the defaults as a style sheet, on `:root` and on the light theme's
 * class and attribute, for a host page that reads the tokens itself or brings the light
 * theme back inside a dark region. Written by `npm run build` (scripts/themes.mjs).
 */
export function lightThemeCss(): string {
  const declarations = Object.entries(tokens).map(([token, value]) => `  ${token}: ${value};`);
  return [
    '/*',
    ' * Plugboard light theme, generated from src/themes/tokens.ts: the global tokens and the',
    ' * defaults every element already falls back to. Link it when the host page reads the',
    ' * tokens itself, or to bring the light values back inside a dark region. Apply with',
    ' * :root, or with the class or attribute on any ancestor of the elements.',
    ' */',
    ':root,',
    '.pb-theme-light,',
    "[data-pb-theme='light'] {",
    ...declarations,
    '  color-scheme: light;',
    '}',
    '',
  ].join('\n');
}
