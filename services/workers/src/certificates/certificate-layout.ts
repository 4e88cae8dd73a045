import { WORK_LOCATION_LABELS } from '../workers/work-location.enum';
import { hoursAndMinutes, japaneseDate, japaneseMonth } from './japanese-format';
import type { CertificateHeader, CertifiedWorker } from './certificate-data';
import type { DocumentIssuer } from '@kyodo/domain';

/**
 * The layout both certificates share, after the national standard 就労証明書: title, issue date,
 * the issuer (事業所: name, representative, address, phone), the worker, the terms of work, the
 * period, a table, the attestation.
 */

const LEFT = 56;
const TABLE_WIDTH = 483;
const CELL_FONT_SIZE = 10.5;

/** 就労形態: a resident teleworker is an individual contractor, not an employee. */
export const FORM_OF_WORK = '業務委託・自営';

/** Printed for a month whose pay is not closed: nothing is owed or certified for it yet. */
export const PAY_NOT_CLOSED = '締め前';

/** 週あたりの予定: the weekdays with availability and their minutes, from the worker's registered week. */
export function weeklySchedule(worker: Pick<CertifiedWorker, 'availabilityMinutes'>): { days: number; minutes: number } {
  const week = worker.availabilityMinutes.filter((m) => m > 0);
  return { days: week.length, minutes: week.reduce((sum, m) => sum + m, 0) };
}

function issuerLines(issuer: DocumentIssuer): string[] {
  return [
    `事業所名：${issuer.legalName}`,
    ...(issuer.programme ? [`事業名：${issuer.programme}`] : []),
    ...(issuer.registrationNumber ? [`登録番号：${issuer.registrationNumber}`] : []),
    ...(issuer.representative ? [`代表者：${issuer.representative}`] : []),
    ...(issuer.address ? [`所在地：${issuer.address}`] : []),
    ...(issuer.phone ? [`電話番号：${issuer.phone}`] : []),
  ];
}

export function drawHeading(doc: PDFKit.PDFDocument, title: string, header: CertificateHeader): void {
  doc.font('bold').fontSize(20).text(title, { align: 'center' });
  doc.moveDown(1);
  doc
    .font('regular')
    .fontSize(10.5)
    .text(`発行日：${japaneseDate(header.issuedOn)}`, { align: 'right' });
  for (const line of issuerLines(header.issuer)) doc.text(line, { align: 'right' });
  doc.moveDown(1);
  const w = header.worker;
  doc.fontSize(11);
  doc.text(`氏名：${w.familyName} ${w.givenName}（${w.familyNameKana} ${w.givenNameKana}）`, LEFT);
  if (w.dateOfBirth) doc.text(`生年月日：${japaneseDate(w.dateOfBirth)}`, LEFT);
  if (w.address) doc.text(`住所：${w.address}`, LEFT);
  doc.text(`就労形態：${FORM_OF_WORK}（住民テレワーカー）`, LEFT);
  doc.text(`就労場所：${WORK_LOCATION_LABELS[w.workLocation]}`, LEFT);
  const week = weeklySchedule(w);
  doc.text(`就労予定：週${week.days}日 週${hoursAndMinutes(week.minutes)}（登録された稼働可能時間による）`, LEFT);
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

export function drawAttestation(doc: PDFKit.PDFDocument, issuer: DocumentIssuer): void {
  doc.font('regular').fontSize(11).text('上記のとおり相違ないことを証明します。', LEFT);
  doc.moveDown(1);
  doc.text(issuer.representative ? `${issuer.legalName}\u3000${issuer.representative}` : issuer.legalName, { align: 'right' });
}
