import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

/**
 * Noto Sans JP from npm (@expo-google-fonts/noto-sans-jp, SIL Open Font License): the standard
 * PDF fonts have no Japanese glyphs. pdfkit embeds only the glyphs a document uses (a subset),
 * so a one-page certificate stays around 20–40 KB although the font files are megabytes.
 */
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
} as const;

export type JapaneseFont = keyof typeof FONT_FILES;

/** Read once per process: parsing is per document, reading the files need not be. */
const fontBytes = new Map<JapaneseFont, Buffer>();
function fontOf(font: JapaneseFont): Buffer {
  let bytes = fontBytes.get(font);
  if (!bytes) {
    bytes = readFileSync(require.resolve(FONT_FILES[font]));
    fontBytes.set(font, bytes);
  }
  return bytes;
}

export interface PdfMetadata {
  title: string;
  /** The issuing organization, shown as the document's author. */
  author: string;
}

/**
 * Renders an A4 document whose fonts `regular` and `bold` are Noto Sans JP; `regular` is
 * selected when `draw` starts. Resolves with the finished PDF's bytes.
 */
export function renderJapanesePdf(metadata: PdfMetadata, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: metadata.title, Author: metadata.author }, lang: 'ja-JP' });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const font of Object.keys(FONT_FILES) as JapaneseFont[]) doc.registerFont(font, fontOf(font));
  doc.font('regular');
  try {
    draw(doc);
  } catch (error) {
    doc.end();
    return Promise.reject(error);
  }
  doc.end();
  return done;
}
