import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileDownloadError } from '@mps/web-data-access';
import { downloadResponses, fallbackFileName, responsesUrl } from './responses-download';

afterEach(() => vi.restoreAllMocks());

describe('comment-response downloads', () => {
  it('asks the export path of the cycle', () => {
    expect(responsesUrl('c-1', 'csv')).toBe('/exports/review-cycles/c-1/responses.csv');
    expect(responsesUrl('c/1', 'xlsx')).toBe('/exports/review-cycles/c%2F1/responses.xlsx');
  });

  it('names the file from the cycle title when the server gives no name', () => {
    expect(fallbackFileName('Consultation on chapter A – Mai 2026', 'xlsx')).toBe('comment-responses-consultation-on-chapter-a-mai-2026.xlsx');
    expect(fallbackFileName('???', 'csv')).toBe('comment-responses.csv');
  });

  it('hands the fetched file to the browser under its name', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const fetchFn = vi.fn(async () => new Response('a,b\n', { headers: { 'content-disposition': 'attachment; filename="cycle.csv"' } }));
    await downloadResponses(fetchFn, 'c-1', 'Cycle', 'csv');
    expect(fetchFn).toHaveBeenCalledWith('/exports/review-cycles/c-1/responses.csv');
    expect(clicked).toEqual(['cycle.csv']);
  });

  it('reports the status of a refused download, and 0 when the server could not be reached', async () => {
    await expect(downloadResponses(async () => new Response('', { status: 403 }), 'c-1', 'T', 'csv')).rejects.toEqual(new FileDownloadError(403));
    const failing = downloadResponses(() => Promise.reject(new TypeError('offline')), 'c-1', 'T', 'csv');
    await expect(failing).rejects.toMatchObject({ status: 0 });
  });
});
