import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';

/** How a file's bytes were read: Excel's 「CSV UTF-8」 writes a BOM, its plain 「CSV」 writes Shift_JIS. */
export type CsvEncoding = 'UTF-8' | 'Shift_JIS';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Text of an uploaded CSV file. UTF-8 (with or without BOM) is taken when the bytes are valid
 * UTF-8; anything else is read as Shift_JIS the way Excel writes it on Japanese Windows, which is
 * Microsoft's code page 932 (Windows-31J: NEC and IBM extensions such as ①, ㈱, 髙), hence
 * iconv-lite's `cp932` rather than strict JIS X 0208 Shift_JIS. A file that is ASCII only reads
 * the same either way. Invalid Shift_JIS becomes U+FFFD, which the row checks then refuse.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const hasBom = bytes.length >= 3 && UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    if (hasBom) return { text: new TextDecoder('utf-8').decode(body), encoding: 'UTF-8' };
    return { text: iconv.decode(Buffer.from(body), 'cp932'), encoding: 'Shift_JIS' };
  }
}

/** An uploaded file as the API carries it (base64), read: its text, encoding and SHA-256. */
export function readUpload(base64: string): { text: string; encoding: CsvEncoding; sha256: string } {
  const bytes = Buffer.from(base64, 'base64');
  return { ...decodeCsvBytes(bytes), sha256: createHash('sha256').update(bytes).digest('hex') };
}
