// The JSX and template types of the elements, generated from custom-elements.json into
// types/ (shipped as `plugboard/types/*`; `npm run build` writes them, a test checks the
// committed ones are current):
//   elements.d.ts  each element's attributes, properties and `on<event>` callbacks
//                  (@wc-toolkit/jsx-types), for any JSX library;
//   react.d.ts     React 19's JSX (`<app-marketplace host-name="Hotelio" onpb-activated={…}>`);
//   preact.d.ts    Preact's JSX, the same names;
//   vue.d.ts       Vue's templates and JSX (`@pb-activated`, `onPbActivated`);
//   svelte.d.ts    Svelte's templates (`onpb-activated`, `on:pb-activated`).
// Each framework file augments that framework's own module only, so a host opts in per
// framework: `import type {} from 'plugboard/types/react'`.
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HEADER = '// Generated from custom-elements.json by scripts/jsx-types.mjs (`npm run build`). Do not edit.\n';

/** The elements of the manifest, by tag name, with what the framework files need of them. */
function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        summary: firstParagraph(declaration.summary ?? declaration.description ?? ''),
        events: (declaration.events ?? []).map((event) => ({
          name: event.name,
          type: event.type?.text ?? 'Event',
          description: oneLine(event.description ?? ''),
        })),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

function oneLine(text) {
  return text.replace(/\s+/g, ' ').replaceAll('*/', '*\\/').trim();
}

function firstParagraph(text) {
  return oneLine(text.split(/\n\s*\n/)[0] ?? '');
}

/** `pb-app-open` → `PbAppOpen`. */
function pascal(name) {
  return name.replace(/(^|-)([a-z0-9])/g, (_, _dash, letter) => letter.toUpperCase());
}

/** The type @wc-toolkit/jsx-types gives an element's event: the event class with the element as its target. */
function elementEventType(element, event) {
  return `${element.className}${pascal(event.name)}ElementEvent`;
}

/**
 * @wc-toolkit/jsx-types' file without the module augmentations it appends for a dozen JSX
 * libraries (some a host does not have, which fails its type check), and with the event
 * classes imported (it imports only `CustomEvent<…>` details).
 */
function elementsFile(manifest, elements) {
  const folder = mkdtempSync(join(tmpdir(), 'plugboard-jsx-'));
  try {
    generateJsxTypes(manifest, { outdir: folder, fileName: 'elements.d.ts', globalTypePath: 'plugboard', stronglyTypedEvents: true });
    const generated = readFileSync(join(folder, 'elements.d.ts'), 'utf8');
    const augmentations = generated.search(/^declare (module|global)\b/m);
    if (augmentations < 0) throw new Error('@wc-toolkit/jsx-types: no module augmentations where they were expected');
    const tail = generated.slice(augmentations);
    if (!/^(declare (module "[^"]+"|global) \{\n[\s\S]*?\n\}\n*)+$/.test(tail)) {
      throw new Error('@wc-toolkit/jsx-types: something other than module augmentations follows them');
    }
    const eventTypes = [...new Set(elements.flatMap((element) => element.events.map((event) => event.type)))].sort();
    for (const type of eventTypes) {
      if (!/^[A-Z][A-Za-z0-9]*$/.test(type)) throw new Error(`an event type that is not a class name: ${type}`);
    }
    const eventImport = `import type {\n${eventTypes.map((type) => `  ${type},`).join('\n')}\n} from "plugboard";\n`;
    return `${HEADER}${eventImport}${withoutLooseTypes(generated.slice(0, augmentations)).trimEnd()}\n`;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The two loose types of the generated file (`any` children, an empty `{}`), made strict. */
function withoutLooseTypes(source) {
  let strict = source;
  for (const [loose, tight] of [
    ['  children?: any | undefined;\n', '  children?: unknown;\n'],
    ['type BaseEvents = {};\n', 'type BaseEvents = Record<never, never>;\n'],
  ]) {
    if (strict.split(loose).length !== 2) throw new Error(`@wc-toolkit/jsx-types: expected one ${JSON.stringify(loose)}`);
    strict = strict.replace(loose, tight);
  }
  return strict;
}

function classImport(elements) {
  return `import type {\n${elements.map((element) => `  ${element.className},`).join('\n')}\n} from 'plugboard';\n`;
}

function propsImport(elements, extra = []) {
  const names = [...elements.map((element) => `${element.className}Props`), ...extra].sort();
  return `import type {\n${names.map((name) => `  ${name},`).join('\n')}\n} from './elements.js';\n`;
}

function tagEntries(elements, type, indent) {
  return elements.map((element) => `${indent}/** ${element.summary} */\n${indent}'${element.tag}': ${type(element)};`).join('\n');
}

/** React 19 sets the element's properties, its attributes otherwise, and listens to `on<event>` props. */
function reactFile(elements) {
  return `${HEADER}// React 19's JSX: \`<app-marketplace host-name="Hotelio" onpb-activated={…}>\`. In a project:
// \`import type {} from 'plugboard/types/react';\` once, or "types": ["plugboard/types/react"].
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${classImport(elements)}${propsImport(elements)}
/** The element's attributes, properties and \`on<event>\` callbacks, and React's props of any element. */
type ElementProps<E extends HTMLElement, P> = P & Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${tagEntries(elements, (element) => `ElementProps<${element.className}, ${element.className}Props>`, '      ')}
    }
  }
}
`;
}

/** Preact sets properties the element has and listens to `on<event>` props, the event name kept as written. */
function preactFile(elements) {
  return `${HEADER}// Preact's JSX: \`<app-marketplace host-name="Hotelio" onpb-activated={…}>\`. In a project:
// \`import type {} from 'plugboard/types/preact';\` once, or "types": ["plugboard/types/preact"].
import type { HTMLAttributes } from 'preact';
${classImport(elements)}${propsImport(elements)}
/** The element's attributes, properties and \`on<event>\` callbacks, and Preact's props of any element. */
type ElementProps<E extends HTMLElement, P> = P & Omit<HTMLAttributes<E>, keyof P>;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${tagEntries(elements, (element) => `ElementProps<${element.className}, ${element.className}Props>`, '      ')}
    }
  }
}
`;
}

/**
 * Vue listens to \`on\` + a capitalised name: the template's \`@pb-activated\` compiles to
 * \`onPbActivated\`, which Vue attaches to the element as \`pb-activated\`.
 */
function vueFile(elements) {
  const vueProps = elements
    .map((element) => {
      const reactStyle = element.events.map((event) => `'on${event.name}'`);
      const base = reactStyle.length > 0 ? `Omit<${element.className}Props, ${reactStyle.join(' | ')}>` : `${element.className}Props`;
      const callbacks = element.events
        .map((event) => `  /** ${event.description} */\n  on${pascal(event.name)}?: ((event: ${elementEventType(element, event)}) => void) | undefined;`)
        .join('\n');
      return `/** \`<${element.tag}>\`: its attributes and properties, and a callback per event. */\ntype ${element.className}VueProps = ${base} & {\n${callbacks}\n};`;
    })
    .join('\n\n');
  const eventTypes = elements.flatMap((element) => element.events.map((event) => elementEventType(element, event)));
  return `${HEADER}// Vue's templates (vue-tsc) and JSX: \`<app-marketplace host-name="Hotelio" @pb-activated="…">\`.
// In a project: \`import type {} from 'plugboard/types/vue';\` once, or "types": ["plugboard/types/vue"];
// tell Vue's compiler the tags are custom elements (compilerOptions.isCustomElement).
import type { HTMLAttributes } from 'vue';
${propsImport(elements, eventTypes)}
${vueProps}

/** The element's props, and Vue's props of any element (class, style, native events). */
type ElementProps<P> = P & Omit<HTMLAttributes, keyof P>;

declare module 'vue' {
  interface IntrinsicElementAttributes {
${tagEntries(elements, (element) => `ElementProps<${element.className}VueProps>`, '    ')}
  }
}
`;
}

/** Svelte 5 listens to \`on<event>\` attributes; Svelte 4's \`on:<event>\` directive still works. */
function svelteFile(elements) {
  const directives = elements
    .map((element) => {
      const entries = element.events
        .map((event) => `  /** ${event.description} */\n  'on:${event.name}'?: ((event: ${elementEventType(element, event)}) => void) | undefined;`)
        .join('\n');
      return `/** \`<${element.tag}>\`'s events as \`on:\` directives. */\ntype ${element.className}Directives = {\n${entries}\n};`;
    })
    .join('\n\n');
  const eventTypes = elements.flatMap((element) => element.events.map((event) => elementEventType(element, event)));
  return `${HEADER}// Svelte's templates (svelte-check): \`<app-marketplace host-name="Hotelio" onpb-activated={…}>\`.
// In a project: \`import type {} from 'plugboard/types/svelte';\` once, or "types": ["plugboard/types/svelte"].
import type { HTMLAttributes } from 'svelte/elements';
${classImport(elements)}${propsImport(elements, eventTypes)}
${directives}

/** The element's attributes, properties and callbacks, and Svelte's attributes of any element. */
type ElementProps<E extends HTMLElement, P> = P & Omit<HTMLAttributes<E>, keyof P>;

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
${tagEntries(elements, (element) => `ElementProps<${element.className}, ${element.className}Props & ${element.className}Directives>`, '    ')}
  }
}
`;
}

/** The contents of every file, by name, generated from the manifest at `manifestPath`. */
export function jsxTypes(manifestPath = 'custom-elements.json') {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const elements = elementsOf(manifest);
  if (elements.length === 0) throw new Error(`${manifestPath} describes no element`);
  return {
    'elements.d.ts': elementsFile(manifest, elements),
    'react.d.ts': reactFile(elements),
    'preact.d.ts': preactFile(elements),
    'vue.d.ts': vueFile(elements),
    'svelte.d.ts': svelteFile(elements),
  };
}

/** Writes the files into `folder` (types/ by default). */
export function writeJsxTypes(folder = 'types', manifestPath = 'custom-elements.json') {
  mkdirSync(folder, { recursive: true });
  for (const [name, contents] of Object.entries(jsxTypes(manifestPath))) writeFileSync(join(folder, name), contents);
}

if (import.meta.url === `file://${process.argv[1]}`) writeJsxTypes(process.argv[2], process.argv[3]);
