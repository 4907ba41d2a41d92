export default {
  // Class files carry the JSDoc; the registration files give the tag names; the base
  // classes give what every element inherits (`heading-level`, `adapter`).
  globs: ['src/components/**/*.ts', 'src/internal/plugboard-element.ts', 'src/internal/adapter-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
