import { downloadFile } from '@mps/web-data-access';

export type ResponsesFormat = 'csv' | 'xlsx';

/**
 * Where the API serves a cycle's comment-response matrix as a file (bearer token required); `language` (the interface
 * language) is the language of its headings.
 */
export function responsesUrl(cycleId: string, format: ResponsesFormat, language?: string): string {
  const path = `/exports/review-cycles/${encodeURIComponent(cycleId)}/responses.${format}`;
  return language ? `${path}?lang=${encodeURIComponent(language)}` : path;
}

/** A name for the file when the server gives none: "comment-responses-<cycle title>.csv". */
export function fallbackFileName(title: string, format: ResponsesFormat): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `comment-responses${slug ? `-${slug}` : ''}.${format}`;
}

/** Fetches the cycle's comment-response matrix with the session's token and hands it to the browser as a download. */
export function downloadResponses(
  fetchFn: (input: string, init?: RequestInit) => Promise<Response>,
  cycleId: string,
  title: string,
  format: ResponsesFormat,
  language?: string,
): Promise<void> {
  return downloadFile(fetchFn, responsesUrl(cycleId, format, language), fallbackFileName(title, format));
}
