import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join, resolve } from 'node:path';

// Jest's global setup runs in Jest's own process, where its moduleNameMapper does not apply: resolve the workspace
// aliases of tsconfig.base.json (`@mps/api-core` -> libs/api/core/src/index.ts) with a Node resolve hook instead.
// Imported first by global-setup.ts, before anything that imports an alias.
const root = join(__dirname, '..', '..', '..', '..');
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const aliases = new Map(
  Object.entries(compilerOptions.paths).map(([name, [target]]) => [name, resolve(root, target!)]),
);

registerHooks({
  resolve(specifier, context, nextResolve) {
    return nextResolve(aliases.get(specifier) ?? specifier, context);
  },
});
