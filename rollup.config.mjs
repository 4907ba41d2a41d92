import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { readdirSync, existsSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';

// One entry per element class and per registration file, plus the index, `define`, the
// in-memory backend and the React components (`plugboard/react`).
const components = readdirSync('src/components', { withFileTypes: true }).filter((entry) => entry.isDirectory());
const input = ['src/index.ts', 'src/define.ts', 'src/api/memory/index.ts', 'src/react/index.ts'];
for (const { name } of components) {
  for (const file of [`src/components/${name}/${name}.ts`, `src/components/${name}/define.ts`]) {
    if (existsSync(file)) input.push(file);
  }
}

// React is the host's (a peer dependency); @lit/react a dependency of the React entry alone.
const external = (id) => /^(lit|@lit\/context|@lit\/react|@lit-labs\/|react|i18next|zod|ky)(\/|$)/.test(id);

export default {
  input,
  external,
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: (chunk) => (chunk.name.endsWith('.json') ? `${chunk.name}.js` : '[name].js'),
  },
  plugins: [nodeResolve(), json({ preferConst: true }), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })],
};
