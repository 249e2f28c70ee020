/** The download failed: the HTTP status (0 when the server could not be reached). */
export class DownloadError extends Error {
  constructor(readonly status: number) {
    super(`Download failed (${status})`);
  }
}

/** The file name the server proposes (Content-Disposition), else null. */
export function fileNameFrom(contentDisposition: string | null): string | null {
  const plain = contentDisposition ? /filename\s*=\s*"?([^";]+)"?/i.exec(contentDisposition) : null;
  return plain?.[1]?.trim() || null;
}

/**
 * Fetches a file with the session's token and hands it to the browser as a download (a plain link cannot carry
 * the token, which the web app keeps in memory only).
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
    throw new DownloadError(0);
  }
  if (!response.ok) throw new DownloadError(response.status);
  const blob = await response.blob();
  const link = document.createElement('a');
  const objectUrl = URL.createObjectURL(blob);
  link.href = objectUrl;
  link.download = fileNameFrom(response.headers.get('content-disposition')) ?? fallbackName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: release it later, not at once.
  window.setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
}
