import { fileTypeFromBuffer } from 'file-type';

/** 10 MiB: a scanned manual or a sample sheet, not a video. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/**
 * What instructions may carry, by content (magic numbers read by file-type), never by the name or
 * the type a client declares: documents, spreadsheets, images. Office files are zip containers
 * that file-type tells apart by their parts, so a plain zip or anything executable is refused.
 */
const ALLOWED: ReadonlyMap<string, string> = new Map([
  ['application/pdf', 'pdf'],
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['image/gif', 'gif'],
  ['image/webp', 'webp'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'],
]);

export const ALLOWED_MEDIA_TYPES: readonly string[] = [...ALLOWED.keys(), 'text/plain'];

/** Bytes with no magic number count as text only if they are UTF-8 without control characters (tab and line breaks aside). */
function isPlainText(content: Buffer): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    return !/(?![\t\n\r\f])[\p{Cc}]/u.test(text);
  } catch {
    return false;
  }
}

/** The media type the content really is, when it is on the allow-list; null otherwise. */
export async function allowedMediaType(content: Buffer): Promise<string | null> {
  const detected = await fileTypeFromBuffer(content);
  if (detected) return ALLOWED.has(detected.mime) ? detected.mime : null;
  return content.length > 0 && isPlainText(content) ? 'text/plain' : null;
}
