/**
 * Content-Disposition for a download: an ASCII `filename` every browser takes (accents dropped, anything else a
 * hyphen) and the real name in RFC 5987 `filename*` (UTF-8, percent-encoded), which browsers prefer.
 */
export function contentDisposition(name: string, extension: string): string {
  const ascii = asciiName(name);
  // eslint-disable-next-line no-control-regex
  const encoded = encodeURIComponent(`${name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'document'}.${extension}`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encoded}`;
}

/** Letters (accents dropped), digits, dots and hyphens only; never empty, at most 120 characters. */
export function asciiName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 120)
    .replace(/[-.]+$/, '');
  return slug || 'document';
}
