import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { FailedPreconditionError, RateLimitedError } from '@mps/api-core';
import type { ExportOutline } from '../outline/export-outline';
import type { RenderJob } from './render-worker';

/**
 * Renders outlines on worker threads, never on the event loop: laying out a PDF is synchronous work that takes
 * seconds for a large profile (about 15 s for 300 sections of text, 30 s for one 2 MB section on a shared CPU; see
 * `npm run bench`), during which the server would answer nothing else. One short-lived thread per file (a fresh
 * heap each time, nothing kept between documents).
 *
 * Three limits keep one person's huge document, or a burst of downloads, from taking the server's exports away from
 * everyone else:
 * - at most `parallel` threads at once, so that a burst queues instead of taking every core and all memory;
 * - at most `queue` files waiting for a thread, each for at most `waitMs`; past either the request is refused
 *   (RATE_LIMITED, with a Retry-After) instead of piling up waiting connections;
 * - a thread that has not finished within `timeoutMs` is stopped, and so is one that runs out of its heap: the
 *   request gets FAILED_PRECONDITION saying the document is too large, never a 500 or a thread that holds its slot
 *   for ever.
 */
export interface RenderLimits {
  parallel: number;
  queue: number;
  /** How long a file may wait for a thread; with `timeoutMs`, a bound on how long a download can take. */
  waitMs: number;
  timeoutMs: number;
  /** The thread's heap ceiling: a document past it fails alone (that request), not the server. */
  heapMb: number;
}

export const DEFAULT_RENDER_LIMITS: RenderLimits = { parallel: 2, queue: 16, waitMs: 120_000, timeoutMs: 120_000, heapMb: 1536 };

const FORMAT_NAMES: Record<RenderJob['format'], string> = { docx: 'Word', pdf: 'PDF' };

/**
 * The built server runs the compiled render-worker.js beside this file; from TypeScript sources (tests, tsx) the
 * thread compiles render-worker.ts with tsx first.
 */
function startWorker(job: RenderJob, heapMb: number): Worker {
  const options = { workerData: job, resourceLimits: { maxOldGenerationSizeMb: heapMb } };
  const compiled = join(__dirname, 'render-worker.js');
  if (existsSync(compiled)) return new Worker(compiled, options);
  const source = join(__dirname, 'render-worker.ts');
  const tsx = require.resolve('tsx/cjs/api');
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`, { ...options, eval: true });
}

function tooLarge(format: RenderJob['format'], why: string): FailedPreconditionError {
  return new FailedPreconditionError(
    `The ${FORMAT_NAMES[format]} file could not be made: ${why}. Shorten or split the longest sections and try again.`,
    [`The document is too large to lay out as ${FORMAT_NAMES[format]} (${why}).`],
  );
}

function busy(): RateLimitedError {
  return new RateLimitedError('The server is busy making other Word and PDF files. Try again in a minute.', 60);
}

export class RenderPool {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limits: RenderLimits = DEFAULT_RENDER_LIMITS) {}

  /** Files being laid out and files waiting for a thread (for tests and operations). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async render(format: RenderJob['format'], outline: ExportOutline): Promise<Buffer> {
    const release = await this.slot();
    try {
      return await this.run({ format, outline });
    } finally {
      release();
    }
  }

  private async slot(): Promise<() => void> {
    if (this.running < this.limits.parallel) {
      this.running += 1;
      return this.releaser();
    }
    if (this.waiting.length >= this.limits.queue) throw busy();
    await new Promise<void>((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(turn), 1);
        reject(busy());
      }, this.limits.waitMs);
      this.waiting.push(turn);
    });
    return this.releaser();
  }

  /** Gives the slot back: straight to the next file waiting (so no newcomer slips in between), else free. */
  private releaser(): () => void {
    return () => {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    };
  }

  private run(job: RenderJob): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      const worker = startWorker(job, this.limits.heapMb);
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        outcome();
        void worker.terminate();
      };
      const timer = setTimeout(() => {
        const seconds = Math.round(this.limits.timeoutMs / 1000);
        settle(() => reject(tooLarge(job.format, `laying it out took longer than ${seconds} second${seconds === 1 ? '' : 's'}`)));
      }, this.limits.timeoutMs);
      worker.once('message', (bytes: Uint8Array) => settle(() => resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))));
      worker.once('error', (error: Error & { code?: string }) =>
        settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooLarge(job.format, 'it needs more memory than a file may use') : error)),
      );
      worker.once('exit', (code) =>
        settle(() => reject(new Error(`The ${job.format} render thread stopped (exit code ${code}) without a file.`))),
      );
    });
  }
}

/** The pool with the default limits, for scripts that render outside the server (bench/exports.mjs). */
const defaultPool = new RenderPool();

export function renderInWorker(format: RenderJob['format'], outline: ExportOutline): Promise<Buffer> {
  return defaultPool.render(format, outline);
}
