import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { ExportOutline } from '../outline/export-outline';
import { installPdfBidi } from './pdf-bidi';
import { PDF_FONTS, pdfDefinition } from './pdf-document';

/**
 * pdfmake on the server with the DejaVu fonts that `npm ci` installs (dejavu-fonts-ttf): no browser, no system
 * fonts, no binaries. Its font and URL access is locked to those font files, so nothing in a document (an image
 * URL, say) can make the server read a file or fetch an address.
 */
let configured = false;

function fontDirectory(): string {
  // Resolved through the package, never a relative path into node_modules (the built server runs from dist/).
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

function configure(): void {
  if (configured) return;
  const dir = fontDirectory();
  const font = (name: string) => join(dir, `${name}.ttf`);
  pdfmake.setFonts({
    [PDF_FONTS.heading]: {
      normal: font('DejaVuSans'),
      bold: font('DejaVuSans-Bold'),
      italics: font('DejaVuSans-Oblique'),
      bolditalics: font('DejaVuSans-BoldOblique'),
    },
  });
  pdfmake.setLocalAccessPolicy((path: string) => path.startsWith(dir));
  pdfmake.setUrlAccessPolicy(() => false);
  // pdfmake has no bidirectional algorithm: lines mixing Arabic with numbers or Latin come out in the wrong order.
  installPdfBidi();
  configured = true;
}

/** The PDF file of an outline. */
export async function renderPdf(outline: ExportOutline): Promise<Buffer> {
  configure();
  const buffer = await pdfmake.createPdf(pdfDefinition(outline)).getBuffer();
  return Buffer.from(buffer);
}
