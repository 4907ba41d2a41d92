import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
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

// Every dependency and peer (React is the host's) stays an import, so a host's bundler
// loads one copy of each, Lit's ReactiveElement among them.
const { dependencies, peerDependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
const packages = Object.keys({ ...dependencies, ...peerDependencies });
const external = (id) => packages.some((name) => id === name || id.startsWith(`${name}/`));

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
