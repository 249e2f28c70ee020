/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { formatDocument, stringifyDocument } from '@urql/core';
// What the config shares with the app, by path (the config is loaded on its own, without the tsconfig aliases): the
// boot script's constants (plain modules without imports) and the compact GraphQL documents' encoder and decoder.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { SESSION_MARKER_KEY, SESSION_REFRESH_LOCK } from '../../libs/web/data-access/src/lib/storage-keys';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { REFRESH_TOKEN_TRANSPORT_HEADER } from '../../libs/shared/domain/src/lib/session-cookie';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { decodeDocument, documentShapes, encodeDocument, type DocumentShape } from '../../libs/web/data-access/src/lib/compact-documents';

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

/**
 * React Router's production build for `vite build`. Its package exports name only its development build
 * (dist/development, remix-run/react-router#12532 and #14102: a stopgap since 7.0.2), which keeps its development
 * warnings and the "hey developer" error screens in production bundles; dist/production is the same code with them
 * switched off. Both of its entry points (react-router, react-router/dom) move together, so they share one copy of
 * the router's modules and contexts. The dev server and the tests keep the development build and its warnings.
 */
function reactRouterProductionBuild(): Plugin {
  return {
    name: 'mps-react-router-production-build',
    apply: 'build',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      if (id !== 'react-router' && id !== 'react-router/dom') return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      const production = resolved.id.replace(/([\\/]react-router[\\/]dist[\\/])development([\\/])/, '$1production$2');
      if (production === resolved.id || !existsSync(production)) {
        throw new Error(`mps-react-router-production-build: no production build beside ${resolved.id} (did React Router change its package layout?)`);
      }
      return { ...resolved, id: production };
    },
  };
}

const GENERATED_DOCUMENTS = resolve(repoRoot, 'libs/web/data-access/src/gql/graphql.ts');
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/;

const DOCUMENT_MODULE = 'virtual:mps-document/';
/** The shapes table of the compact documents and their decoder, one module every document module imports. */
const DOCUMENT_SHAPES_MODULE = 'virtual:mps-document-shapes';
const COMPACT_DOCUMENTS = resolve(repoRoot, 'libs/web/data-access/src/lib/compact-documents.ts');

/**
 * What the codegen client preset's Babel plugin does, for the build: each `graphql(`...`)` call becomes an import of
 * the document codegen generated for it (`<Name>Document`, `<Name>FragmentDoc`), each from a module of its own
 * (`virtual:mps-document/<Name>`, the document's JSON from the generated file; each document carries the fragments it
 * spreads), so a route's chunks carry only the documents it uses. Without it, `graphql()` looks every document of the
 * app up in one map, all in the entry; from the one generated module, every document any route uses would land in
 * one shared chunk. Tests and the dev server keep calling graphql() (same documents, same objects).
 *
 * Each document is written in the compact form of libs/web/data-access/src/lib/compact-documents.ts and decoded when
 * its module first runs (a third of the AST's size before compression; docs/adr/0029). The build checks that every
 * document decodes to exactly the generated AST, so a wrong document can only fail the build.
 */
function graphqlDocumentImports(): Plugin {
  let documents: Map<string, string> | null = null;
  const generated = () =>
    (documents ??= new Map(
      [...readFileSync(GENERATED_DOCUMENTS, 'utf8').matchAll(/^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as /gm)].map((m) => [m[1]!, m[2]!]),
    ));
  let shapes: DocumentShape[] | null = null;
  const shapesOf = () => (shapes ??= documentShapes([...generated().values()].map((json) => JSON.parse(json) as unknown)));
  return {
    name: 'mps-graphql-document-imports',
    apply: 'build',
    resolveId(id) {
      return id.startsWith(DOCUMENT_MODULE) || id === DOCUMENT_SHAPES_MODULE ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${DOCUMENT_SHAPES_MODULE}`) {
        return {
          code: `import { decodeDocument } from ${JSON.stringify(COMPACT_DOCUMENTS)};\nconst shapes = ${JSON.stringify(shapesOf())};\nexport const decode = (encoded) => decodeDocument(encoded, shapes);\n`,
          moduleSideEffects: false,
        };
      }
      if (!id.startsWith(`\0${DOCUMENT_MODULE}`)) return null;
      const name = id.slice(DOCUMENT_MODULE.length + 1);
      const json = generated().get(name);
      if (!json) throw new Error(`mps-graphql-document-imports: ${name} is not in ${GENERATED_DOCUMENTS} (npm run codegen)`);
      const encoded = encodeDocument(JSON.parse(json), shapesOf());
      if (JSON.stringify(decodeDocument(encoded, shapesOf())) !== JSON.stringify(JSON.parse(json))) {
        throw new Error(`mps-graphql-document-imports: ${name} does not decode to the generated document (compact-documents.ts)`);
      }
      return {
        code: `import { decode } from ${JSON.stringify(DOCUMENT_SHAPES_MODULE)};\nexport const ${name} = /* @__PURE__ */ decode(${JSON.stringify(encoded)});\n`,
        moduleSideEffects: false,
      };
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
const ROUTE_MODULES: Array<[pattern: string, modules: string[], name: string]> = [
  ['^/profiles/[^/]+', [feature('profiles'), feature('reviews')], 'profile'],
  ['^/profiles/?$', [feature('profiles'), 'libs/web/feature-profiles/src/lib/profiles-page.tsx'], 'profiles'],
  ['^/(my-work/?)?$', [feature('my-work')], 'my-work'],
  ['^/review-cycles', [feature('reviews'), 'libs/web/feature-reviews/src/lib/review-cycle-pages.ts'], 'review-cycles'],
  ['^/indicators', [feature('indicators')], 'indicators'],
  ['^/releases', [feature('releases')], 'releases'],
  ['^/admin', [feature('admin')], 'admin'],
  ['^/audit', [feature('audit')], 'audit'],
  ['^/workspaces', [feature('workspaces')], 'workspaces'],
  ['^/notifications', [feature('notifications'), 'libs/web/feature-notifications/src/lib/notification-pages.ts'], 'notifications'],
  ['^/(login|forgot-password|reset-password|invitation|account)', [feature('auth')], 'auth'],
];
/** What the header of every signed-in screen loads on first paint (the notification bell), beside the route's own. */
const SIGNED_IN_MODULES = [feature('notifications')];
const SIGNED_OUT_ROUTES = new Set(['auth']);

// ---------------------------------------------------------------------------------------------------------------
// Chunks by route set (two passes, apps/web/build.mjs; docs/adr/0027). The first pass (MPS_WEB_CHUNK_PLAN=write)
// builds with the default splitting and writes, for every module a route's first load needs beyond the entry, the
// routes that need it (dist/web-chunk-plan.json). The second (MPS_WEB_CHUNK_PLAN=use) puts the modules needed by
// exactly the same routes in one chunk: a route then loads one file per set of routes it shares code with, instead
// of one per set of dynamic imports (the reading route: 53 files before, 17 after). Which modules a route needs is a property
// of the code after tree-shaking, not of the chunking, so the second pass's plan is the first's. Without the variable
// (vite build alone, the dev server, the tests) the splitting is the default one.
const CHUNK_PLAN_MODE = process.env.MPS_WEB_CHUNK_PLAN as 'write' | 'use' | undefined;
const CHUNK_PLAN_FILE = resolve(repoRoot, 'dist/web-chunk-plan.json');

interface ChunkPlan {
  description: string;
  routes: string[];
  /**
   * Module (repository-relative path, or the virtual id) -> the routes whose first load needs it, its size in the
   * output, and the modules of the plan it imports statically.
   */
  modules: Record<string, { routes: string[]; bytes: number; imports: string[] }>;
}

/**
 * A set of routes whose modules come to less than this (minified, before compression) joins the chunk of the
 * narrowest larger set that includes all its routes: a file saved on those routes for a few KB more on others.
 */
const MIN_ROUTE_SET_BYTES = 12 * 1024;

/** Below this a set shared with a screen loaded on demand joins the small leftovers' chunk rather than being a file. */
const MIN_ON_DEMAND_SET_BYTES = 2 * 1024;

/** A module's id as the plan names it: relative to the repository when it is a file, so the plan is machine-independent. */
const planId = (id: string) => (isAbsolute(id) ? relative(repoRoot, id).split('\\').join('/') : id);

/** The modules a route's first load needs: its own (ROUTE_MODULES) and, when signed in, the header's. */
const routeModulesOf = ([, modules, name]: (typeof ROUTE_MODULES)[number]) => [...modules, ...(SIGNED_OUT_ROUTES.has(name) ? [] : SIGNED_IN_MODULES)];

/**
 * What a screen loads on demand after its first load, planned as a route of its own: [name, the screen's route, the
 * modules]. Only the modules the screen's route does not already need count for it. Without this, a module the
 * editor shares with another route's first load (a hook of web-ui that My work also uses, a Mantine component of
 * the other screens) sat in that route's chunk, and pressing Edit fetched the whole of it (+40 KB).
 */
const ON_DEMAND_MODULES: Array<[name: string, after: string, modules: string[]]> = [
  ['editor', 'profile', ['libs/web/editor/src/lib/rich-text-editor.tsx', 'libs/web/feature-profiles/src/lib/editing/section-editing.tsx']],
];

const ON_DEMAND_NAMES = new Set(ON_DEMAND_MODULES.map(([name]) => name));

/** The modules the boot script and the bench find by their own chunk: never grouped, each stays a dynamic entry. */
const ROUTE_ENTRY_MODULES = new Set(
  [...ROUTE_MODULES.flatMap((route) => routeModulesOf(route)), ...ON_DEMAND_MODULES.flatMap(([, , modules]) => modules)].map((m) => resolve(repoRoot, m)),
);

/** First pass: writes the plan from the bundle (which chunks each route loads, which modules they hold). */
function chunkPlanWriter(): Plugin {
  return {
    name: 'mps-chunk-plan-writer',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const closure = (start: OutputChunk[]) => {
        const seen = new Set<OutputChunk>();
        const walk = (chunk: OutputChunk | undefined) => {
          if (!chunk || seen.has(chunk)) return;
          seen.add(chunk);
          for (const file of chunk.imports) walk(byFile.get(file));
        };
        start.forEach(walk);
        return seen;
      };
      const entry = closure(chunks.filter((c) => c.isEntry));
      const needs = new Map<string, Set<string>>();
      const bytes = new Map<string, number>();
      const chunksOf = (modules: string[]) =>
        modules.map((module) => {
          const chunk = chunks.find((c) => c.isDynamicEntry && c.facadeModuleId === resolve(repoRoot, module));
          if (!chunk) throw new Error(`mps-chunk-plan: no chunk for ${module} (ROUTE_MODULES or ON_DEMAND_MODULES in apps/web/vite.config.mts)`);
          return chunk;
        });
      const modulesOf = (starts: OutputChunk[]) => [...closure(starts)].filter((chunk) => !entry.has(chunk)).flatMap((chunk) => chunk.moduleIds.map((id) => [id, chunk] as const));
      const need = (id: string, chunk: OutputChunk, name: string) => {
        bytes.set(id, chunk.modules[id]?.renderedLength ?? 0);
        if (!needs.has(id)) needs.set(id, new Set());
        needs.get(id)!.add(name);
      };
      for (const route of ROUTE_MODULES) {
        for (const [id, chunk] of modulesOf(chunksOf(routeModulesOf(route)))) need(id, chunk, route[2]);
      }
      for (const [name, after, modules] of ON_DEMAND_MODULES) {
        for (const [id, chunk] of modulesOf(chunksOf(modules))) if (!needs.get(id)?.has(after)) need(id, chunk, name);
      }
      const routeNames = [...ROUTE_MODULES.map((route) => route[2]), ...ON_DEMAND_MODULES.map(([name]) => name)];
      // The plan's modules a module imports statically. Through a library's barrel (rendered nowhere), each module
      // behind it that every route of the importer needs too: what tree-shaking kept of the barrel is among them.
      const staticImports = (id: string, routes: Set<string>) => {
        const found = new Set<string>();
        const seen = new Set<string>();
        const visit = (from: string) => {
          for (const imported of this.getModuleInfo(from)?.importedIds ?? []) {
            if (seen.has(imported)) continue;
            seen.add(imported);
            const needed = needs.get(imported);
            if (needed) {
              if (!ROUTE_ENTRY_MODULES.has(imported) && [...routes].every((route) => needed.has(route))) found.add(imported);
            } else if (BARREL.test(imported)) visit(imported);
          }
        };
        visit(id);
        return [...found];
      };
      const plan: ChunkPlan = {
        description: 'Written by the first pass of npm run build:web (apps/web/vite.config.mts, mps-chunk-plan-writer): the routes whose first load needs each module. The second pass groups modules with the same routes into one chunk.',
        routes: routeNames,
        modules: Object.fromEntries(
          [...needs]
            .filter(([id]) => !ROUTE_ENTRY_MODULES.has(id))
            .map(([id, names]): [string, ChunkPlan['modules'][string]] => [
              planId(id),
              {
                routes: routeNames.filter((name) => names.has(name)),
                bytes: bytes.get(id) ?? 0,
                imports: staticImports(id, names).map(planId).sort(),
              },
            ])
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        ),
      };
      mkdirSync(dirname(CHUNK_PLAN_FILE), { recursive: true });
      writeFileSync(CHUNK_PLAN_FILE, `${JSON.stringify(plan, null, 1)}\n`);
    },
  };
}

/** Second pass: the chunk name of a module from the plan (null: not needed by any route's first load, default splitting). */
function chunkOfPlan(): ((id: string) => string | null) | null {
  if (CHUNK_PLAN_MODE !== 'use') return null;
  let plan: ChunkPlan;
  try {
    plan = JSON.parse(readFileSync(CHUNK_PLAN_FILE, 'utf8')) as ChunkPlan;
  } catch (error) {
    throw new Error(`MPS_WEB_CHUNK_PLAN=use needs ${CHUNK_PLAN_FILE} from the first pass: build with npm run build:web (${String(error)})`);
  }
  // The sets of routes, their size, and the chunk each set's modules go to.
  const sets = new Map<string, { routes: string[]; bytes: number }>();
  for (const { routes, bytes } of Object.values(plan.modules)) {
    const key = routes.join(',');
    const set = sets.get(key) ?? { routes, bytes: 0 };
    set.bytes += bytes;
    sets.set(key, set);
  }
  const big = [...sets.values()].filter((set) => set.bytes >= MIN_ROUTE_SET_BYTES);
  // The modules a set's modules import statically, all the way down (each needed by the set's routes and maybe more).
  const importsOf = (key: string) => {
    const seen = new Set<string>();
    const visit = (id: string) => {
      for (const imported of plan.modules[id]?.imports ?? []) {
        if (seen.has(imported)) continue;
        seen.add(imported);
        visit(imported);
      }
    };
    for (const [id, { routes }] of Object.entries(plan.modules)) if (routes.join(',') === key) visit(id);
    return [...seen];
  };
  // A set may join a larger set's chunk only when what its modules import is needed by all the larger set's routes
  // anyway: otherwise those routes would load, beside its modules, the chunks of what they import (the profile screen
  // once loaded the forms of the profiles list, with zod, because that list's dialog had joined its chunk).
  const closedIn = (key: string, into: { routes: string[] }) =>
    importsOf(key).every((id) => into.routes.every((route) => plan.modules[id]!.routes.includes(route)));
  const nameOf = (routes: string[]) =>
    // Short names for the sets of a few routes; a digest for the wide ones (the name must only be stable and unique).
    routes.length <= 3 ? `routes-${routes.join('+')}` : `routes-${routes.length}-${createHash('sha256').update(routes.join(',')).digest('hex').slice(0, 8)}`;
  const chunkOfSet = new Map<string, string>();
  for (const [key, set] of sets) {
    if (set.bytes >= MIN_ROUTE_SET_BYTES) {
      chunkOfSet.set(key, nameOf(set.routes));
      continue;
    }
    // The narrowest big set that has all these routes (fewest routes, then largest, then by name: deterministic);
    // none: the chunk of the small leftovers.
    const into = big
      .filter((candidate) => set.routes.every((route) => candidate.routes.includes(route)) && closedIn(key, candidate))
      .sort((a, b) => a.routes.length - b.routes.length || b.bytes - a.bytes || (a.routes.join() < b.routes.join() ? -1 : 1))[0];
    // A set that a screen loaded on demand shares with other routes has no larger set to join (no route's first
    // load needs the editor). In the chunk of the small leftovers, every route would load it; so it keeps a chunk of
    // its own unless it is tiny.
    const onDemand = set.routes.some((route) => ON_DEMAND_NAMES.has(route));
    // Nor may one whose modules import others' join the small leftovers, which many routes load: it keeps a chunk of
    // its own unless it is tiny.
    const importsElsewhere = importsOf(key).some((id) => plan.modules[id]!.routes.join(',') !== key);
    chunkOfSet.set(key, into ? nameOf(into.routes) : (onDemand || importsElsewhere) && set.bytes >= MIN_ON_DEMAND_SET_BYTES ? nameOf(set.routes) : 'routes-shared');
  }
  return (id) => {
    const entry = plan.modules[planId(id)];
    if (!entry || ROUTE_ENTRY_MODULES.has(id)) return null;
    return chunkOfSet.get(entry.routes.join(',')) ?? null;
  };
}
const planChunkName = chunkOfPlan();

interface BootConfig {
  marker: string;
  lock: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  routes: Array<[string, string[]]>;
  queries: EarlyQueryRoute[];
}

/**
 * The data queries the boot script starts once the refresh answers (docs/adr/0028): for an address matching `pattern`,
 * each operation with its variables from the pattern's groups (`id: 1` = the first group, URI-decoded).
 */
interface EarlyQueryRoute {
  pattern: string;
  operations: Array<{ operationName: string; query: string; variables: Record<string, number> }>;
}

/**
 * The profile screen's first requests, as ProfilePage and SectionScreen send them (libs/web/feature-profiles): the
 * outline (`ProfileScreen`) and, when the address names a section, its text (`SectionContent`). The documents come
 * from the generated ones at build time (never a copy); the app takes an answer only for exactly the same document and
 * variables (takeEarlyQuery in libs/web/data-access/src/lib/early-queries.ts), so a change on either side can only cost
 * the head start, never give a wrong answer.
 */
const EARLY_QUERIES: Array<{ pattern: string; operations: Array<{ document: string; variables: Record<string, number> }> }> = [
  {
    pattern: '^/profiles/([^/]+)(?:/sections/([^/]+))?/?$',
    operations: [
      { document: 'ProfileScreenDocument', variables: { id: 1 } },
      { document: 'SectionContentDocument', variables: { id: 2 } },
    ],
  },
];

/**
 * The boot script, run by the browser as soon as the HTML's head is parsed (a classic script: the app's modules are
 * deferred), in parallel with the download of the app's JavaScript:
 * 1. when this browser has a session to restore (the marker in localStorage, storage-keys.ts), starts the session
 *    refresh at once, under the same Web Lock as SessionManager.refresh (tabs never rotate one refresh token twice),
 *    and leaves the answer in `__mpsSessionStart` for createFetchRefresh (graphql-client.ts) to take once. The refresh
 *    token stays in its HttpOnly cookie and the access token in memory, as before;
 * 2. preloads the chunks of the address's screen (ROUTE_MODULES);
 * 3. once the refresh has answered with an access token, starts the screen's first data queries (EARLY_QUERIES) with
 *    that token and leaves them in `__mpsEarlyQueries` (query, variables, token, answer), for the app's link to take
 *    each once (early-queries.ts). Nothing is started without a fresh token from this very refresh.
 * Serialised with Function.prototype.toString: nothing from outside the function may be used in it.
 */
function bootScript(config: BootConfig) {
  // The refresh first: on HTTP/1.1 (six connections, given in the order asked at equal priority) it would otherwise
  // queue behind the preloads, and the data waits for it. The Web Lock is granted asynchronously, so the preloads are
  // added once the refresh is sent (or after 100 ms, should another tab hold the lock for its own refresh).
  let preloaded = false;
  const preload = () => {
    if (preloaded) return;
    preloaded = true;
    const path = location.pathname;
    const route = config.routes.find(([pattern]) => new RegExp(pattern).test(path));
    for (const href of route ? route[1] : []) {
      const link = document.createElement('link');
      if (href.endsWith('.css')) {
        link.rel = 'preload';
        link.as = 'style';
      } else {
        link.rel = 'modulepreload';
      }
      // CORS mode, as Vite requests a chunk's stylesheet too (crossorigin): a preload in another mode is not used, and
      // the stylesheet was fetched twice.
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    }
  };
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(config.marker);
  } catch {
    /* storage blocked: no session to restore */
  }
  if (stored === null) {
    preload();
    return;
  }
  const post = (headers: Record<string, string>, body: string) =>
    fetch(config.url, { method: 'POST', credentials: 'same-origin', headers, body, priority: 'high' })
      .then((response) => response.json())
      .then((answer: unknown) => ({ ok: true, body: answer }), () => ({ ok: false, body: null }));
  // The screen's data, with the token this refresh returned (none: nothing is started). Registered before the refresh's
  // answer is handed on, so the app finds them when its session starts.
  const startQueries = (answer: { ok: boolean; body: unknown }) => {
    try {
      const token = (answer.body as { data?: { refreshSession?: { accessToken?: unknown } } } | null)?.data?.refreshSession?.accessToken;
      if (!answer.ok || typeof token !== 'string' || !token) return;
      const started: unknown[] = [];
      for (const route of config.queries) {
        const match = new RegExp(route.pattern).exec(location.pathname);
        if (!match) continue;
        for (const operation of route.operations) {
          const variables: Record<string, string> = {};
          let complete = true;
          for (const [name, group] of Object.entries(operation.variables)) {
            const value = match[group];
            if (value === undefined) complete = false;
            else variables[name] = decodeURIComponent(value);
          }
          if (!complete) continue;
          const headers = { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` };
          const body = JSON.stringify({ operationName: operation.operationName, variables, query: operation.query });
          started.push({ operationName: operation.operationName, query: operation.query, variables, token, answer: post(headers, body) });
        }
        break;
      }
      if (started.length > 0) (window as unknown as { __mpsEarlyQueries?: unknown[] }).__mpsEarlyQueries = started;
    } catch {
      /* a malformed address: the app asks itself */
    }
  };
  const refresh = () => {
    const answer = post(config.headers, config.body).then((result) => {
      startQueries(result);
      return result;
    });
    preload();
    return answer;
  };
  (window as unknown as { __mpsSessionStart?: Promise<unknown> }).__mpsSessionStart = navigator.locks
    ? navigator.locks.request(config.lock, refresh)
    : refresh();
  setTimeout(preload, 100);
}

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
      const query = stringifyDocument(formatDocument(JSON.parse(refreshDocument[1]!)));
      const routes = ROUTE_MODULES.map(([pattern, modules]): [string, string[]] => [pattern, moduleFiles(bundle, modules)]);
      const queries = EARLY_QUERIES.map(({ pattern, operations }): EarlyQueryRoute => ({
        pattern,
        operations: operations.map(({ document, variables }) => {
          const source = new RegExp(`^export const ${document} = (\\{.*\\}) as unknown as `, 'm').exec(generated);
          if (!source) throw new Error(`mps-boot-script: ${document} not found in the generated documents (npm run codegen)`);
          const parsed = JSON.parse(source[1]!) as { definitions: Array<{ kind: string; name?: { value: string } }> };
          const operationName = parsed.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value;
          if (!operationName) throw new Error(`mps-boot-script: ${document} has no named operation`);
          // As the app's client sends it (with __typename; graphql-client.ts, requestText): the app compares the text
          // it would send with this one.
          return { operationName, query: stringifyDocument(formatDocument(parsed as never)), variables };
        }),
      }));
      const config: BootConfig = {
        marker: SESSION_MARKER_KEY,
        lock: SESSION_REFRESH_LOCK,
        url: '/graphql',
        headers: { 'content-type': 'application/json', accept: 'application/json', [REFRESH_TOKEN_TRANSPORT_HEADER]: 'cookie' },
        body: JSON.stringify({ operationName: 'RefreshSession', query, variables: {} }),
        routes,
        queries,
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

/**
 * The app renders with Preact (preact/compat) in place of React DOM: the same components and libraries, some 57 KB
 * (gzipped) less on every route (docs/adr/0032-preact-in-place-of-react-dom.md). React stays installed for its types and
 * the libraries' peer dependencies; the build, the dev server and the component tests all resolve `react` and
 * `react-dom` here, so what the tests render is what ships.
 */
const REACT_ON_PREACT = [
  { find: /^react$/, replacement: resolve(appRoot, 'src/react-on-preact.mjs') },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
];

export default defineConfig({
  root: appRoot,
  cacheDir: resolve(repoRoot, 'node_modules/.vite/web'),
  plugins: [
    reactRouterProductionBuild(),
    graphqlDocumentImports(),
    // JSX only: React Fast Refresh needs React DOM (the app runs on Preact, REACT_ON_PREACT), so the dev server reloads
    // the page when a module changes.
    react({ refreshExclude: /./ }),
    bootScriptPlugin(),
    // The plan pass's output is replaced by the second pass: no compressed copies for it.
    ...(CHUNK_PLAN_MODE === 'write' ? [chunkPlanWriter()] : [precompress(outDir)]),
  ],
  resolve: {
    // The web and shared libraries by their aliases (tsconfig.base.json is the one list).
    alias: [
      ...REACT_ON_PREACT,
      ...Object.entries(pathAliases)
        .filter(([name]) => name.startsWith('@mps/web-') || name === '@mps/shared-domain')
        .map(([name, [target]]) => ({ find: name, replacement: resolve(repoRoot, target!) })),
    ],
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
    sourcemap: CHUNK_PLAN_MODE !== 'write',
    // dist/web/.vite/manifest.json: which chunks each route loads, for the bundle budgets (bench/web.mjs).
    manifest: true,
    target: 'es2022',
    // The editor's chunk (Tiptap, ProseMirror's model and view, the editing screen: loaded when someone presses Edit)
    // is one file by design (docs/adr/0027) and, since the reading route lays out its text without ProseMirror
    // (docs/adr/0029), also holds the model the other routes no longer load: some 530 kB before compression.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      onLog(level, log, handler) {
        // React Router uses React's useOptimistic when the runtime has one and falls back when it does not
        // (useOptimisticSafe in its components); Preact has none (docs/adr/0032), so this import is undefined by design.
        if (log.code === 'IMPORT_IS_UNDEFINED' && log.message.includes('`useOptimistic`') && log.message.includes('react-on-preact')) return;
        handler(level, log);
      },
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
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser|preact)[\\/]/, priority: 30 },
            { name: 'vendor-graphql', test: /node_modules[\\/](urql|@urql|wonka|@0no-co)[\\/]/, priority: 20 },
            // Not <Trans> (with its HTML parser): only My work uses it, so it travels with that page.
            { name: 'vendor-i18n', test: /node_modules[\\/](i18next[\\/]|react-i18next[\\/](?!dist[\\/]es[\\/]Trans))/, priority: 20 },
            // Everything else the entry needs before the first render, in one file: split by shared use, it was some 40
            // files, each a request of its own (HTTP/1.1 fetches six at a time; on a slow link each costs a round trip).
            { name: 'app-initial', tags: ['$initial'], test: (id) => !ENTRY_MODULES.test(id), priority: 10 },
            // Second pass of build:web: what the routes' first loads need, one chunk per set of routes (see above).
            // Only the captured modules: their dependencies are in the plan with the same routes or more.
            ...(planChunkName ? [{ name: planChunkName, debugName: 'routes-by-plan', priority: 5, includeDependenciesRecursively: false }] : []),
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
    setupFiles: [resolve(appRoot, 'src/test-react-on-preact.ts'), resolve(appRoot, 'src/test-setup.ts')],
    restoreMocks: true,
    testTimeout: 15000,
    // Testing Library's React renderer, on Preact (its API is the same): the tests render what ships (REACT_ON_PREACT;
    // test-react-on-preact.ts tells Node the same for the libraries it loads itself).
    alias: [{ find: /^@testing-library\/react$/, replacement: '@testing-library/preact' }],
  },
});
