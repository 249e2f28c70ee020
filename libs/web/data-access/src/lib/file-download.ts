/** The download failed: the HTTP status (0 when the server could not be reached). */
export class FileDownloadError extends Error {
  constructor(readonly status: number) {
    super(`Download failed (${status})`);
  }
}

/** The file name the server proposes (Content-Disposition: RFC 5987 `filename*` first, then `filename`), else null. */
export function proposedFileName(contentDisposition: string | null): string | null {
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

export type DocumentFormat = 'pdf' | 'docx';

/**
 * Where the API serves a release or a profile's current draft as Word or PDF; `language` (the interface language)
 * is the language of the file's fixed words (contents, page numbers, ...), the profile's text stays as written.
 */
export function documentExportUrl(kind: 'release' | 'draft', id: string, format: DocumentFormat, language?: string): string {
  const path = `/exports/${kind === 'release' ? 'releases' : 'profiles'}/${encodeURIComponent(id)}.${format}`;
  return language ? `${path}?lang=${encodeURIComponent(language)}` : path;
}

/**
 * Fetches a file (with the session's token when `fetchFn` is useAuthorizedFetch's) and hands it to the browser as a
 * download under the name the server proposes. A plain link could not carry the token, which lives in memory only.
 */
export async function downloadFile(
  fetchFn: (input: string, init?: RequestInit) => Promise<Response>,
  url: string,
  fallbackName: string,
): Promise<void> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch {
    throw new FileDownloadError(0);
  }
  if (!response.ok) throw new FileDownloadError(response.status);
  const blob = await response.blob();
  const name = proposedFileName(response.headers.get('content-disposition')) ?? fallbackName;
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: release it later, not at once.
  window.setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
}
