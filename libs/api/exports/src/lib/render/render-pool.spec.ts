import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@mps/api-core';
import type { ProfileDocument } from '@mps/api-releases';
import { buildExportOutline } from '../outline/export-outline';
import { DEFAULT_RENDER_LIMITS, RenderPool } from './render-pool';

/**
 * The pool's limits on real render threads: a file that takes too long or needs too much memory is stopped and
 * refused as too large (FAILED_PRECONDITION), a burst past the queue is refused at once (RATE_LIMITED), and a
 * refused or stopped file gives its slot back.
 */

const outline = buildExportOutline({
  kind: 'DRAFT',
  profileId: 'p',
  title: 'Norland',
  edition: '2026',
  workspace: { id: 'w', name: 'Norland', slug: 'norland', countryCode: null },
  organizations: [],
  release: null,
  asOf: new Date('2026-12-03T00:00:00Z'),
  sections: [
    {
      sectionId: 'a',
      key: null,
      number: '1',
      title: 'Migration trends',
      depth: 0,
      revisionId: 'r',
      revisionNumber: 1,
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Emigration fell in 2025.' }] }] } as ProfileDocument['sections'][number]['content'],
      html: null,
      text: null,
    },
  ],
} as ProfileDocument);

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string; extensions: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, message: error.message, extensions: error.extensions };
    throw error;
  }
  throw new Error('The render was not refused');
}

describe('RenderPool', () => {
  it('renders a file within the limits', async () => {
    const pool = new RenderPool({ ...DEFAULT_RENDER_LIMITS, timeoutMs: 60_000 });
    const bytes = await pool.render('docx', outline);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(pool.load).toEqual({ running: 0, waiting: 0 });
  }, 60_000);

  it('stops a file that takes longer than the time limit and says the document is too large', async () => {
    // No thread starts, loads its renderer and lays a page out in 20 ms.
    const pool = new RenderPool({ ...DEFAULT_RENDER_LIMITS, timeoutMs: 20 });
    const error = await refusal(pool.render('pdf', outline));
    expect(error.code).toBe('FAILED_PRECONDITION');
    expect(error.message).toMatch(/^The PDF file could not be made: laying it out took longer than 0 seconds\. Shorten or split/);
    expect(error.extensions['blockers']).toEqual([expect.stringContaining('too large to lay out as PDF')]);
    expect(pool.load).toEqual({ running: 0, waiting: 0 });
  }, 30_000);

  it('stops a file that needs more memory than a thread may use and says the document is too large', async () => {
    const pool = new RenderPool({ ...DEFAULT_RENDER_LIMITS, timeoutMs: 60_000, heapMb: 16 });
    const error = await refusal(pool.render('pdf', outline));
    expect(error.code).toBe('FAILED_PRECONDITION');
    expect(error.message).toContain('it needs more memory than a file may use');
    expect(pool.load).toEqual({ running: 0, waiting: 0 });
  }, 60_000);

  it('queues files past the parallel limit and refuses those past the queue at once, with a time to retry', async () => {
    const pool = new RenderPool({ ...DEFAULT_RENDER_LIMITS, parallel: 1, queue: 1, timeoutMs: 60_000 });
    const first = pool.render('docx', outline);
    const second = pool.render('docx', outline);
    expect(pool.load).toEqual({ running: 1, waiting: 1 });
    const third = await refusal(pool.render('docx', outline));
    expect(third).toEqual({ code: 'RATE_LIMITED', message: expect.stringContaining('Try again in a minute') as unknown as string, extensions: { retryAfterSeconds: 60 } });
    await expect(Promise.all([first, second])).resolves.toHaveLength(2);
    expect(pool.load).toEqual({ running: 0, waiting: 0 });
  }, 90_000);

  it('refuses a file that waited for a thread longer than the wait limit, and lets the one laid out finish', async () => {
    // A thread takes far longer than 50 ms to start and load its renderer: the second file is still waiting then.
    const pool = new RenderPool({ ...DEFAULT_RENDER_LIMITS, parallel: 1, queue: 4, waitMs: 50, timeoutMs: 60_000 });
    const first = pool.render('docx', outline);
    const second = await refusal(pool.render('docx', outline));
    expect(second.code).toBe('RATE_LIMITED');
    expect(pool.load).toEqual({ running: 1, waiting: 0 });
    await expect(first).resolves.toBeInstanceOf(Buffer);
    expect(pool.load).toEqual({ running: 0, waiting: 0 });
  }, 60_000);
});
