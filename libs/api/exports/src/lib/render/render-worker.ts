import { parentPort, workerData } from 'node:worker_threads';
import type { ExportOutline } from '../outline/export-outline';
import { renderDocx } from './docx-document';
import { renderPdf } from './render-pdf';

/**
 * The body of a render thread (see render-pool.ts): renders one outline to one format, posts the bytes back and
 * ends. It imports only the renderers (docx, pdfmake) and types, so it runs from the compiled file as it is.
 */
export interface RenderJob {
  format: 'docx' | 'pdf';
  outline: ExportOutline;
}

async function run(job: RenderJob): Promise<void> {
  const bytes = job.format === 'docx' ? await renderDocx(job.outline) : await renderPdf(job.outline);
  const copy = new Uint8Array(bytes);
  parentPort!.postMessage(copy, [copy.buffer]);
}

if (parentPort) void run(workerData as RenderJob);
