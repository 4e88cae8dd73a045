/** Hands a file the API sent to the browser as a download (a text file, or a base64 PDF). */
export function downloadFile(filename: string, contentType: string, body: string | Uint8Array<ArrayBuffer>): void {
  const url = URL.createObjectURL(new Blob([body], { type: contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file once click() returns; the URL is let go a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
}
