export default {
  // Class files carry the JSDoc; the registration files give the tag names.
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
