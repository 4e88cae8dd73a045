/**
 * A file's bytes as base64, as importOrderHistory/importWorkerHistory take them: the bytes, not
 * text, so a Shift_JIS file from Excel reaches the server as written and is decoded there.
 * btoa takes a binary string; it is built in slices so a large file does not overflow the stack.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
