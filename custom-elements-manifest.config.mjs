/**
 * The analyzer also reads each `dispatchEvent(new SomeEvent(...))` as an event and, not
 * knowing the class's `eventName`, lists it without a name. Every event is documented
 * with its name in the class's JSDoc, so entries without one are dropped.
 */
const dropUnnamedEvents = {
  name: 'plugboard-drop-unnamed-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      }
    }
  },
};

/**
 * The analyzer lists modules in the order the file system returns them, which differs
 * between checkouts; sorting by path makes the committed manifest reproducible.
 */
const sortModules = {
  name: 'plugboard-sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};

/**
 * Elements register through `defineElement('tag-name', ElementClass)` (it registers the
 * nested elements first), which the analyzer does not know. This reads those calls so each
 * element's declaration carries its tag name and each registration module its definition,
 * as tools that read the manifest (Storybook, JSX types, editors) expect. The base classes
 * are not elements of their own.
 */
function tagNamesFromDefineElement() {
  const definitions = [];
  return {
    name: 'plugboard-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, elementClass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !elementClass || !ts.isIdentifier(elementClass)) return;
      definitions.push({ tagName: tag.text, className: elementClass.text });
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: elementClass.text } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          delete declaration.customElement;
          classes.set(declaration.name, { declaration, module: module.path });
        }
      }
      for (const { tagName, className } of definitions) {
        const found = classes.get(className);
        if (!found) throw new Error(`defineElement('${tagName}', ${className}): no class ${className} in the manifest.`);
        found.declaration.tagName = tagName;
        found.declaration.customElement = true;
      }
      for (const module of customElementsManifest.modules) {
        for (const entry of module.exports ?? []) {
          if (entry.kind === 'custom-element-definition' && !entry.declaration.module) {
            entry.declaration.module = classes.get(entry.declaration.name)?.module;
          }
        }
      }
    },
  };
}

export default {
  // Class files carry the JSDoc; the registration files give the tag names; the base
  // classes give what every element inherits (`heading-level`, `adapter`).
  globs: ['src/components/**/*.ts', 'src/internal/plugboard-element.ts', 'src/internal/adapter-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  // package.json names the manifest itself; the analyzer must not rewrite it (the manifest
  // check generates a copy elsewhere).
  packagejson: false,
  litelement: true,
  plugins: [dropUnnamedEvents, tagNamesFromDefineElement(), sortModules],
};
