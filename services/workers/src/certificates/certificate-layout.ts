import { japaneseDate, japaneseMonth } from './japanese-format';
import type { CertificateHeader } from './certificate-data';

/** The layout both certificates share: title, issue date, the worker, the period, a table, the attestation. */

const LEFT = 56;
const TABLE_WIDTH = 483;
const CELL_FONT_SIZE = 10.5;

export function drawHeading(doc: PDFKit.PDFDocument, title: string, header: CertificateHeader): void {
  doc.font('bold').fontSize(20).text(title, { align: 'center' });
  doc.moveDown(1);
  doc
    .font('regular')
    .fontSize(10.5)
    .text(`発行日：${japaneseDate(header.issuedOn)}`, { align: 'right' });
  doc.text(`発行者：${header.issuer}`, { align: 'right' });
  doc.moveDown(1);
  const w = header.worker;
  doc.fontSize(11);
  doc.text(`氏名：${w.familyName} ${w.givenName}（${w.familyNameKana} ${w.givenNameKana}）`, LEFT);
  if (w.address) doc.text(`住所：${w.address}`, LEFT);
  doc.text(`就労形態：住民テレワーカー（業務委託・在宅等）`, LEFT);
  doc.text(
    `契約期間：${w.contractStart ? japaneseDate(w.contractStart) : '—'} 〜 ${w.contractEnd ? japaneseDate(w.contractEnd) : '定めなし'}`,
    LEFT,
  );
  doc.text(`証明期間：${japaneseMonth(header.from)} 〜 ${japaneseMonth(header.to)}`, LEFT);
  doc.moveDown(1);
}

/** A table with a bold header row and a bold last row when `totalRow` is set; columns share the width by `weights`. */
export function drawTable(
  doc: PDFKit.PDFDocument,
  columns: readonly string[],
  weights: readonly number[],
  rows: readonly (readonly string[])[],
  totalRow?: readonly string[],
): void {
  const unit = TABLE_WIDTH / weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => w * unit);
  const drawRow = (cells: readonly string[], bold: boolean) => {
    const y = doc.y;
    let x = LEFT;
    doc.font(bold ? 'bold' : 'regular');
    cells.forEach((cell, i) => {
      // A long amount (past 2^53 yen, say) shrinks to fit its cell rather than wrap mid-number.
      doc.fontSize(CELL_FONT_SIZE);
      const room = widths[i] - 8;
      const needed = doc.widthOfString(cell);
      doc.fontSize(needed > room ? (CELL_FONT_SIZE * room) / needed : CELL_FONT_SIZE);
      doc.text(cell, x + 4, y + 4, { width: room, align: i === 0 ? 'left' : 'right', lineBreak: false });
      x += widths[i];
    });
    doc.rect(LEFT, y, TABLE_WIDTH, 20).stroke();
    doc.y = y + 20;
  };
  drawRow(columns, true);
  for (const row of rows) drawRow(row, false);
  if (totalRow) drawRow(totalRow, true);
  doc.x = LEFT;
  doc.moveDown(1);
}

export function drawAttestation(doc: PDFKit.PDFDocument, issuer: string): void {
  doc.font('regular').fontSize(11).text('上記のとおり相違ないことを証明します。', LEFT);
  doc.moveDown(1);
  doc.text(issuer, { align: 'right' });
}
