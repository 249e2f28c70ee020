import { describe, expect, it } from '@jest/globals';
import { asciiName, contentDisposition } from './file-names';

describe('contentDisposition', () => {
  it('gives an ASCII filename and the real name in RFC 5987 filename*', () => {
    expect(contentDisposition('Profil migratoire du Sénégal 2024 release 2024.1', 'pdf')).toBe(
      `attachment; filename="Profil-migratoire-du-Senegal-2024-release-2024.1.pdf"; filename*=UTF-8''Profil%20migratoire%20du%20S%C3%A9n%C3%A9gal%202024%20release%202024.1.pdf`,
    );
  });

  it('never lets quotes, slashes, control characters or header separators through', () => {
    const header = contentDisposition('"../../etc/passwd";\r\nX-Evil: 1 (draft)*', 'docx');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toMatch(/^attachment; filename="etc-passwd-X-Evil-1-draft\.docx"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+\.docx$/);
  });
});

describe('asciiName', () => {
  it('is never empty and at most 120 characters', () => {
    expect(asciiName('«»')).toBe('document');
    expect(asciiName('Миграционный профиль')).toBe('document');
    expect(asciiName('a'.repeat(300))).toHaveLength(120);
  });
});
