// npm run build:web: the web app in two passes of the same Vite config (apps/web/vite.config.mts, docs/adr/0027).
// 1. MPS_WEB_CHUNK_PLAN=write: a build with the default splitting, which writes dist/web-chunk-plan.json (the routes
//    whose first load needs each module);
// 2. MPS_WEB_CHUNK_PLAN=use: the build that is kept (dist/web), modules needed by the same routes in one chunk.
// Both passes read the same sources, so the result depends on them alone. The config is loaded by Vite's module runner
// (`configLoader: 'runner'`): it imports TypeScript modules of the app, which the default loader bundles with a
// warning that the future native loader will not.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const configFile = fileURLToPath(new URL('./vite.config.mts', import.meta.url));

process.env.MPS_WEB_CHUNK_PLAN = 'write';
await build({ configFile, configLoader: 'runner', logLevel: 'warn' });
process.env.MPS_WEB_CHUNK_PLAN = 'use';
// Warnings and errors only (`npm start` builds before it starts, and its terminal should show the start-up lines):
// what each route loads is printed by `npm run bench` against its budget, and listed in dist/web/.vite/manifest.json.
const started = performance.now();
const output = await build({ configFile, configLoader: 'runner', logLevel: 'warn' });
const files = [output].flat().flatMap((o) => ('output' in o ? o.output : [])).length;
console.log(`Web app built: ${files} files in dist/web (${((performance.now() - started) / 1000).toFixed(1)} s)`);
