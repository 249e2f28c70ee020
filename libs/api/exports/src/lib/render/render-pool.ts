import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExportOutline } from '../outline/export-outline';
import type { RenderJob } from './render-worker';

/**
 * Renders outlines on worker threads, never on the event loop: laying out a PDF is synchronous work that takes
 * seconds for a large profile (about 15 s for 300 sections of text, 30 s for one 2 MB section on a shared CPU; see
 * `npm run bench`), during which the server would answer nothing else. One short-lived thread per file (a fresh
 * heap each time, nothing kept between documents) and at most `MAX_PARALLEL_RENDERS` at once, so that a burst of
 * large exports queues instead of taking every core and all memory.
 */
export const MAX_PARALLEL_RENDERS = 2;

/** The thread's heap ceiling: a document past it fails alone (that request), not the server. */
const WORKER_HEAP_MB = 1536;

let running = 0;
const waiting: Array<() => void> = [];

async function slot(): Promise<() => void> {
  if (running >= MAX_PARALLEL_RENDERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  return () => {
    running -= 1;
    waiting.shift()?.();
  };
}

/**
 * The built server runs the compiled render-worker.js beside this file; from TypeScript sources (tests, tsx) the
 * thread compiles render-worker.ts with tsx first.
 */
function startWorker(job: RenderJob): Worker {
  const options = { workerData: job, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  const compiled = join(__dirname, 'render-worker.js');
  if (existsSync(compiled)) return new Worker(compiled, options);
  const source = join(__dirname, 'render-worker.ts');
  const tsx = require.resolve('tsx/cjs/api');
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`, { ...options, eval: true });
}

export async function renderInWorker(format: RenderJob['format'], outline: ExportOutline): Promise<Buffer> {
  const release = await slot();
  try {
    return await new Promise<Buffer>((resolve, reject) => {
      const worker = startWorker({ format, outline });
      let settled = false;
      worker.once('message', (bytes: Uint8Array) => {
        settled = true;
        resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        void worker.terminate();
      });
      worker.once('error', (error) => {
        settled = true;
        reject(error);
      });
      worker.once('exit', (code) => {
        if (!settled) reject(new Error(`The ${format} render thread stopped (exit code ${code}) without a file.`));
      });
    });
  } finally {
    release();
  }
}
