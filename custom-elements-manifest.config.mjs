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

export default {
  // Class files carry the JSDoc; the registration files give the tag names; the base
  // classes give what every element inherits (`heading-level`, `adapter`).
  globs: ['src/components/**/*.ts', 'src/internal/plugboard-element.ts', 'src/internal/adapter-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropUnnamedEvents],
};
