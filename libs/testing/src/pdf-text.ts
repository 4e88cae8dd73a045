import { execFile } from 'node:child_process';
import { join } from 'node:path';

/** pdfjs-dist resolves from the repository's node_modules. */
const REPO_ROOT = join(__dirname, '../../..');

/**
 * Reads a PDF's text as a viewer would, with Mozilla's pdf.js (pdfjs-dist): glyphs are mapped
 * back to Unicode through the font's ToUnicode table, so a test can assert the Japanese text a
 * document shows. pdf.js is ESM-only with top-level module features jest's CommonJS runtime
 * cannot load, so it runs in a short-lived Node process. Pages are separated by form feeds.
 */
export function pdfText(bytes: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--input-type=module', '-e', EXTRACT],
      { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`pdf.js could not read the document: ${stderr || error.message}`));
        else resolve(stdout);
      },
    );
    child.stdin?.end(bytes);
  });
}

const EXTRACT = `
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), disableFontFace: true, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const content = await (await pdf.getPage(n)).getTextContent();
  pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\\n' : '') : '')).join(''));
}
process.stdout.write(pages.join('\\f'));
`;
