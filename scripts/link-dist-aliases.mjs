// After `tsc` compiles the API into dist/api, makes the workspace aliases of
// tsconfig.base.json (`@mps/api-core` -> libs/api/core/src/index.ts) resolvable
// by Node: one tiny package per alias in dist/api/node_modules that re-exports
// the compiled file. Node's own lookup then finds it from any compiled module.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'api');
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));

for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  if (!alias.startsWith('@mps/api-') && alias !== '@mps/shared-domain') continue;
  const packageDir = join(dist, 'node_modules', alias);
  const compiled = join(dist, target.replace(/^\.\//, '').replace(/\.ts$/, '.js'));
  mkdirSync(packageDir, { recursive: true });
  writeFileSync(join(packageDir, 'index.js'), `module.exports = require(${JSON.stringify(relative(packageDir, compiled))});\n`);
  writeFileSync(join(packageDir, 'package.json'), JSON.stringify({ name: alias, private: true, main: 'index.js' }) + '\n');
}
