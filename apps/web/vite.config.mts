/// <reference types="vitest/config" />
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

const appRoot = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(appRoot, '../..');
const { compilerOptions } = JSON.parse(readFileSync(resolve(repoRoot, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const pathAliases = compilerOptions.paths;
const outDir = resolve(repoRoot, 'dist/web');
const apiTarget = process.env.MPS_API_URL ?? 'http://localhost:3000';

/** The API paths the dev and preview servers pass to the API (WebSocket too, for subscriptions). */
const apiProxy = {
  '/graphql': { target: apiTarget, changeOrigin: true, ws: true },
  '/health': { target: apiTarget, changeOrigin: true },
  '/exports': { target: apiTarget, changeOrigin: true },
  '/open-data': { target: apiTarget, changeOrigin: true },
  '/portal': { target: apiTarget, changeOrigin: true },
};

/** Text files worth compressing; fonts and images are compressed already, source maps only reach devtools. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt)$/;
/** The project's TypeScript modules (the libraries' barrels aside), for tree-shaking. */
const LIB_MODULE = /[\\/]libs[\\/](web|shared)[\\/].*\.tsx?$/;
const BARREL = /[\\/]src[\\/]index\.tsx?$/;
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible built file, at the highest levels: compressed once at
 * build time, they cost the server nothing per request (it picks the copy the browser accepts; see
 * apps/api/src/app/http.ts).
 */
function precompress(outDir: string): Plugin {
  return {
    name: 'mps-precompress',
    apply: 'build',
    closeBundle() {
      for (const file of filesUnder(outDir)) {
        if (!COMPRESSIBLE.test(file) || statSync(file).size < MIN_BYTES) continue;
        const content = readFileSync(file);
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, {
            params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
          }),
        );
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

const GENERATED_DOCUMENTS = resolve(repoRoot, 'libs/web/data-access/src/gql/graphql.ts');
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/;

/**
 * What the codegen client preset's Babel plugin does, for the build: each `graphql(`...`)` call becomes an import of
 * the document codegen generated for it (`<Name>Document`, `<Name>FragmentDoc`), so a route's chunks carry only the
 * documents it uses. Without it, `graphql()` looks every document of the app up in one map, all in the entry. Tests
 * and the dev server keep calling graphql() (same documents, same objects).
 */
function graphqlDocumentImports(): Plugin {
  let exported: Set<string> | null = null;
  return {
    name: 'mps-graphql-document-imports',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/](libs|apps)[\\/]web[^\\/]*[\\/].*\.tsx?$/.test(id) || id.includes(`${join('src', 'gql')}`) || !code.includes('graphql(`')) return null;
      exported ??= new Set([...readFileSync(GENERATED_DOCUMENTS, 'utf8').matchAll(/^export const (\w+(?:Document|FragmentDoc)) = /gm)].map((m) => m[1]!));
      const names = new Set<string>();
      const out = code.replace(GRAPHQL_CALL, (call, source: string) => {
        const definition = DEFINITION.exec(source);
        if (!definition) return call;
        const name = `${definition[2]}${definition[1] === 'fragment' ? 'FragmentDoc' : 'Document'}`;
        if (!exported!.has(name)) return call;
        names.add(name);
        return name;
      });
      if (names.size === 0) return null;
      // On the first line, so that every other line keeps its number in the source map.
      return { code: `import { ${[...names].join(', ')} } from ${JSON.stringify(GENERATED_DOCUMENTS)}; ${out}`, map: null };
    },
  };
}

export default defineConfig({
  root: appRoot,
  cacheDir: resolve(repoRoot, 'node_modules/.vite/web'),
  plugins: [graphqlDocumentImports(), react(), precompress(outDir)],
  resolve: {
    // The web and shared libraries by their aliases (tsconfig.base.json is the one list).
    alias: Object.fromEntries(
      Object.entries(pathAliases)
        .filter(([name]) => name.startsWith('@mps/web-') || name === '@mps/shared-domain')
        .map(([name, [target]]) => [name, resolve(repoRoot, target!)]),
    ),
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 4200),
    host: 'localhost',
    proxy: apiProxy,
  },
  preview: {
    port: Number(process.env.WEB_PORT ?? 4300),
    host: 'localhost',
    proxy: apiProxy,
  },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    // dist/web/.vite/manifest.json: which chunks each route loads, for the bundle budgets (bench/web.mjs).
    manifest: true,
    target: 'es2022',
    rolldownOptions: {
      treeshake: {
        // The project's own modules run nothing when imported (the barrels, src/index.ts, keep their stylesheet
        // imports): what a route does not use stays out of its chunks, however the libraries re-export it. Without
        // this, one constant from @mps/shared-domain brought zod, the ProseMirror schema and the diff library.
        moduleSideEffects: (id) => (LIB_MODULE.test(id) && !BARREL.test(id) ? false : undefined),
      },
      output: {
        // Long-lived vendor chunks for what every route needs: they change less often than the app and cache well.
        // Mantine and the icons are not among them: each route takes only the components it uses (one chunk of all
        // of them made the reading route load the admin's and the charts' too).
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/, priority: 30 },
            { name: 'vendor-apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|@graphql-typed-document-node|tslib)[\\/]/, priority: 20 },
            { name: 'vendor-i18n', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
  test: {
    name: 'web',
    root: repoRoot,
    environment: 'jsdom',
    globals: true,
    css: false,
    include: ['apps/web/src/**/*.spec.{ts,tsx}', 'libs/web/**/src/**/*.spec.{ts,tsx}'],
    setupFiles: [resolve(appRoot, 'src/test-setup.ts')],
    restoreMocks: true,
    testTimeout: 15000,
  },
});
