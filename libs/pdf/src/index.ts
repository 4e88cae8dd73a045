export { renderJapanesePdf } from './japanese-pdf';
export type { JapaneseFont, PdfMetadata } from './japanese-pdf';
export { PdfFile, toPdfFile, PDF_CONTENT_TYPE } from './pdf-file.model';
export { DocumentIssuerModel } from './document-issuer.model';
