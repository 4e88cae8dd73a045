/** A PDF the API sent as base64, as a blob URL the browser downloads or opens. */
export function pdfUrl(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
}
