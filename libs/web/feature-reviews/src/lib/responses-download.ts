export type ResponsesFormat = 'csv' | 'xlsx';

/** Where the API serves a cycle's comment-response matrix as a file (bearer token required). */
export function responsesUrl(cycleId: string, format: ResponsesFormat): string {
  return `/exports/review-cycles/${encodeURIComponent(cycleId)}/responses.${format}`;
}

/** The file name the server proposes (Content-Disposition), else null. */
export function fileNameFrom(contentDisposition: string | null): string | null {
  if (!contentDisposition) return null;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(contentDisposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      /* a malformed encoding: fall back to the plain name */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(contentDisposition);
  return plain?.[1]?.trim() || null;
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

/** The download failed: the HTTP status (0 when the server could not be reached). */
export class DownloadError extends Error {
  constructor(readonly status: number) {
    super(`Download failed (${status})`);
  }
}

/**
 * Fetches the file with the session's token and hands it to the browser as a download (a plain link
 * cannot carry the token, which the web app keeps in memory only).
 */
export async function downloadResponses(
  fetchFn: (input: string, init?: RequestInit) => Promise<Response>,
  cycleId: string,
  title: string,
  format: ResponsesFormat,
): Promise<void> {
  let response: Response;
  try {
    response = await fetchFn(responsesUrl(cycleId, format));
  } catch {
    throw new DownloadError(0);
  }
  if (!response.ok) throw new DownloadError(response.status);
  const blob = await response.blob();
  const name = fileNameFrom(response.headers.get('content-disposition')) ?? fallbackFileName(title, format);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: release it later, not at once.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
