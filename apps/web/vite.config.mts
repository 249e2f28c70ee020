/// <reference types="vitest/config" />
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { print } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
// Constants the boot script shares with the app: plain modules without imports, by path (the config is bundled on
// its own, without the tsconfig aliases).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { SESSION_MARKER_KEY, SESSION_REFRESH_LOCK } from '../../libs/web/data-access/src/lib/storage-keys';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { REFRESH_TOKEN_TRANSPORT_HEADER } from '../../libs/shared/domain/src/lib/session-cookie';

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
/** The app's entry (index.html and its script): they stay the entry chunk, which the manifest and the HTML name. */
const ENTRY_MODULES = /[\\/]apps[\\/]web[\\/](index\.html|src[\\/]main\.tsx)$/;
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

const DOCUMENT_MODULE = 'virtual:mps-document/';

/**
 * What the codegen client preset's Babel plugin does, for the build: each `graphql(`...`)` call becomes an import of
 * the document codegen generated for it (`<Name>Document`, `<Name>FragmentDoc`), each from a module of its own
 * (`virtual:mps-document/<Name>`, the document's JSON from the generated file; each document carries the fragments it
 * spreads), so a route's chunks carry only the documents it uses. Without it, `graphql()` looks every document of the
 * app up in one map, all in the entry; from the one generated module, every document any route uses would land in
 * one shared chunk. Tests and the dev server keep calling graphql() (same documents, same objects).
 */
function graphqlDocumentImports(): Plugin {
  let documents: Map<string, string> | null = null;
  const generated = () =>
    (documents ??= new Map(
      [...readFileSync(GENERATED_DOCUMENTS, 'utf8').matchAll(/^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as /gm)].map((m) => [m[1]!, m[2]!]),
    ));
  return {
    name: 'mps-graphql-document-imports',
    apply: 'build',
    resolveId(id) {
      return id.startsWith(DOCUMENT_MODULE) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${DOCUMENT_MODULE}`)) return null;
      const name = id.slice(DOCUMENT_MODULE.length + 1);
      const json = generated().get(name);
      if (!json) throw new Error(`mps-graphql-document-imports: ${name} is not in ${GENERATED_DOCUMENTS} (npm run codegen)`);
      return { code: `export const ${name} = ${json};\n`, moduleSideEffects: false };
    },
    transform(code, id) {
      if (!/[\\/](libs|apps)[\\/]web[^\\/]*[\\/].*\.tsx?$/.test(id) || id.includes(`${join('src', 'gql')}`) || !code.includes('graphql(`')) return null;
      const names = new Set<string>();
      const out = code.replace(GRAPHQL_CALL, (call, source: string) => {
        const definition = DEFINITION.exec(source);
        if (!definition) return call;
        const name = `${definition[2]}${definition[1] === 'fragment' ? 'FragmentDoc' : 'Document'}`;
        if (!generated().has(name)) return call;
        names.add(name);
        return name;
      });
      if (names.size === 0) return null;
      // On the first line, so that every other line keeps its number in the source map.
      const imports = [...names].map((name) => `import { ${name} } from ${JSON.stringify(DOCUMENT_MODULE + name)};`).join(' ');
      return { code: `${imports} ${out}`, map: null };
    },
  };
}

/**
 * Which lazily loaded modules each address needs first, as apps/web/src/app/router.tsx loads them (feature libraries'
 * barrels and the pages they load apart): the boot script preloads their chunks as soon as the page's address is
 * known, instead of after the entry has downloaded and run. The first pattern that matches wins; an address none
 * matches preloads nothing more.
 */
const feature = (name: string) => `libs/web/feature-${name}/src/index.ts`;
const ROUTE_MODULES: Array<[pattern: string, modules: string[]]> = [
  ['^/profiles/[^/]+', [feature('profiles'), feature('reviews')]],
  ['^/profiles/?$', [feature('profiles'), 'libs/web/feature-profiles/src/lib/profiles-page.tsx']],
  ['^/(my-work/?)?$', [feature('my-work')]],
  ['^/review-cycles', [feature('reviews'), 'libs/web/feature-reviews/src/lib/review-cycle-pages.ts']],
  ['^/indicators', [feature('indicators')]],
  ['^/releases', [feature('releases')]],
  ['^/admin', [feature('admin')]],
  ['^/audit', [feature('audit')]],
  ['^/workspaces', [feature('workspaces')]],
  ['^/notifications', [feature('notifications'), 'libs/web/feature-notifications/src/lib/notification-pages.ts']],
  ['^/(login|forgot-password|reset-password|invitation|account)', [feature('auth')]],
];

interface BootConfig {
  marker: string;
  lock: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  routes: Array<[string, string[]]>;
}

/**
 * The boot script, run by the browser as soon as the HTML's head is parsed (a classic script: the app's modules are
 * deferred), in parallel with the download of the app's JavaScript:
 * 1. when this browser has a session to restore (the marker in localStorage, storage-keys.ts), starts the session
 *    refresh at once, under the same Web Lock as SessionManager.refresh (tabs never rotate one refresh token twice),
 *    and leaves the answer in `__mpsSessionStart` for createFetchRefresh (apollo-client.ts) to take once. The refresh
 *    token stays in its HttpOnly cookie and the access token in memory, as before;
 * 2. preloads the chunks of the address's screen (ROUTE_MODULES).
 * Serialised with Function.prototype.toString: nothing from outside the function may be used in it.
 */
function bootScript(config: BootConfig) {
  // The refresh first: on HTTP/1.1 (six connections) it would otherwise queue behind the preloads.
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(config.marker);
  } catch {
    /* storage blocked: no session to restore */
  }
  if (stored !== null) {
    const refresh = () =>
      fetch(config.url, { method: 'POST', credentials: 'same-origin', headers: config.headers, body: config.body })
        .then((response) => response.json())
        .then((body: unknown) => ({ ok: true, body }), () => ({ ok: false, body: null }));
    (window as unknown as { __mpsSessionStart?: Promise<unknown> }).__mpsSessionStart = navigator.locks
      ? navigator.locks.request(config.lock, refresh)
      : refresh();
  }
  const path = location.pathname;
  const route = config.routes.find(([pattern]) => new RegExp(pattern).test(path));
  for (const href of route ? route[1] : []) {
    const link = document.createElement('link');
    if (href.endsWith('.css')) {
      link.rel = 'preload';
      link.as = 'style';
    } else {
      link.rel = 'modulepreload';
      link.crossOrigin = '';
    }
    link.href = href;
    document.head.appendChild(link);
  }
}

/**
 * Writes the boot script (bootScript above) inline into index.html's head: a file of its own would cost the first
 * load one more round trip before the refresh could start (562 ms on the bench's slow 4G). The Content-Security-Policy
 * allows exactly this script by its SHA-256, which the server computes from the index.html it serves when it starts
 * (inlineScriptHashes in apps/api/src/app/http.ts), so the hash cannot drift from the build. The refresh's query is
 * the web's own RefreshSession document, with __typename as Apollo asks, printed at build time.
 */
function bootScriptPlugin(): Plugin {
  return {
    name: 'mps-boot-script',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset') return;
      const generated = readFileSync(GENERATED_DOCUMENTS, 'utf8');
      const refreshDocument = /^export const RefreshSessionDocument = (\{.*\}) as unknown as /m.exec(generated);
      if (!refreshDocument) throw new Error('mps-boot-script: RefreshSessionDocument not found in the generated documents (npm run codegen)');
      const query = print(addTypenameToDocument(JSON.parse(refreshDocument[1]!)));
      const routes = ROUTE_MODULES.map(([pattern, modules]): [string, string[]] => [pattern, moduleFiles(bundle, modules)]);
      const config: BootConfig = {
        marker: SESSION_MARKER_KEY,
        lock: SESSION_REFRESH_LOCK,
        url: '/graphql',
        headers: { 'content-type': 'application/json', accept: 'application/json', [REFRESH_TOKEN_TRANSPORT_HEADER]: 'cookie' },
        body: JSON.stringify({ operationName: 'RefreshSession', query, variables: {} }),
        routes,
      };
      // `<` escaped in the data: nothing in it can close the script element or open a comment.
      const script = `(${bootScript.toString()})(${JSON.stringify(config).replace(/</g, '\\u003c')});`;
      if (/<\/script|<!--/i.test(script)) throw new Error('mps-boot-script: the boot script contains </script or <!--, which would end it early in the HTML');
      const tag = `<script>${script}</script>`;
      // Before the app's module script and stylesheet: a classic script after a stylesheet would wait for it.
      const source = String(html.source);
      const at = source.indexOf('<script type="module"');
      if (at < 0) throw new Error('mps-boot-script: index.html has no module script');
      html.source = `${source.slice(0, at)}${tag}\n    ${source.slice(at)}`;
    },
  };
}

/** The files (JS and CSS) the chunks of these lazily loaded modules need beyond the entry's, for the boot script's preloads. */
function moduleFiles(bundle: OutputBundle, modules: string[]): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const entryFiles = new Set<string>();
  const walk = (chunk: OutputChunk | undefined, into: Set<string>) => {
    if (!chunk || into.has(chunk.fileName)) return;
    into.add(chunk.fileName);
    for (const file of chunk.imports) walk(byFile.get(file), into);
  };
  for (const chunk of chunks) if (chunk.isEntry) walk(chunk, entryFiles);
  const files = new Set<string>();
  for (const module of modules) {
    const path = resolve(repoRoot, module);
    const chunk = chunks.find((c) => c.isDynamicEntry && c.facadeModuleId === path);
    if (!chunk) throw new Error(`mps-boot-script: no chunk for ${module} (ROUTE_MODULES in apps/web/vite.config.mts)`);
    walk(chunk, files);
  }
  const css = new Set<string>();
  for (const file of files) for (const sheet of (byFile.get(file) as OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []) css.add(sheet);
  return [...[...files].filter((f) => !entryFiles.has(f)), ...css].map((f) => `/${f}`);
}

export default defineConfig({
  root: appRoot,
  cacheDir: resolve(repoRoot, 'node_modules/.vite/web'),
  plugins: [graphqlDocumentImports(), react(), bootScriptPlugin(), precompress(outDir)],
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
            // Everything else the entry needs before the first render, in one file: split by shared use, it was some 40
            // files, each a request of its own (HTTP/1.1 fetches six at a time; on a slow link each costs a round trip).
            { name: 'app-initial', tags: ['$initial'], test: (id) => !ENTRY_MODULES.test(id), priority: 10 },
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
