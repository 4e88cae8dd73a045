import { renderJapanesePdf } from '@kyodo/pdf';
import { excelCsv } from '../exports/excel-csv';
import { ExportFile } from '../exports/export-file.model';
import { KpiSheetLine } from './kpi-sheet';

/** How the sheet shows a rate that has none (a target of 0, or no actual yet). */
export const NO_RATE = '—';

const HEADER = [
  '指標',
  '基準年度',
  '基準値',
  '最終目標年度',
  '最終目標',
  '単年度目標',
  '単年度実績',
  '達成率（%）',
  '累計目標',
  '累計実績',
  '達成率（%）',
] as const;

/** Whole numbers with thousands separators, every digit kept (bigint's own formatting never rounds). */
const figure = (value: bigint | null): string => (value === null ? NO_RATE : value.toLocaleString('ja-JP'));
const rate = (value: number | null): string => (value === null ? NO_RATE : value.toFixed(1));
const fy = (year: number): string => `${year}年度`;

/** Whose sheet it is: a member (org id), the consortium (null), or a project (its key for the file name and its name). */
export type SheetSubject = string | null | { fileKey: string; label: string };

const keyOf = (subject: SheetSubject): string =>
  subject === null ? 'consortium' : typeof subject === 'string' ? subject : subject.fileKey;
const labelOf = (subject: SheetSubject): string =>
  subject === null ? 'コンソーシアム全体' : typeof subject === 'string' ? subject : subject.label;

const fileBase = (subject: SheetSubject, fiscalYear: number) => `kyodo-kpi-sheet-fy${fiscalYear}-${keyOf(subject)}`;

/** The KPI sheet (KPIシート) as CSV for Excel: one row per KPI; figures as plain digits, rates with one decimal or "—". */
export function kpiSheetCsv(subject: SheetSubject, fiscalYear: number, lines: readonly KpiSheetLine[]): ExportFile {
  return excelCsv(
    `${fileBase(subject, fiscalYear)}.csv`,
    HEADER,
    lines.map((l) => [
      l.label,
      fy(l.baseYear),
      l.baseValue,
      fy(l.finalYear),
      l.finalIncrease,
      l.yearTarget ?? NO_RATE,
      l.yearActual ?? NO_RATE,
      rate(l.yearRatePercent),
      l.cumulativeTarget,
      l.cumulativeActual ?? NO_RATE,
      rate(l.cumulativeRatePercent),
    ]),
  );
}

const LEFT = 28;

/** The KPI sheet as a PDF (A4; the 11 columns in small type), titled with the org and fiscal year. */
export function kpiSheetPdf(subject: SheetSubject, fiscalYear: number, lines: readonly KpiSheetLine[]): Promise<Buffer> {
  return renderJapanesePdf({ title: `KPIシート ${fy(fiscalYear)} ${labelOf(subject)}`, author: 'Kyodo' }, (doc) => {
    doc
      .font('bold')
      .fontSize(16)
      .text(`KPIシート（${fy(fiscalYear)}）`, { align: 'center' });
    doc.moveDown(0.5);
    doc
      .font('regular')
      .fontSize(10)
      .text(`${typeof subject === 'object' && subject !== null ? '事業' : '団体'}：${labelOf(subject)}`, { align: 'left' });
    doc.text('目標・実績はいずれも基準値からの増加分。達成率は小数第2位を四捨五入。目標が0の達成率は「—」。');
    doc.moveDown(0.5);
    const width = doc.page.width - 2 * LEFT;
    const weights = [2.2, 0.9, 1.6, 0.9, 1.6, 1.6, 1.6, 0.8, 1.6, 1.6, 0.8];
    const unit = width / weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => w * unit);
    const row = (cells: readonly string[], bold: boolean) => {
      const y = doc.y;
      let x = LEFT;
      doc.font(bold ? 'bold' : 'regular').fontSize(6.5);
      // Each cell wraps within its column (a 20-digit amount takes two lines), so the row is as tall as its tallest cell.
      const height = Math.max(18, ...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i] - 4 }) + 6));
      cells.forEach((cell, i) => {
        doc.text(cell, x + 2, y + 3, { width: widths[i] - 4, align: i === 0 ? 'left' : 'right' });
        doc.rect(x, y, widths[i], height).stroke();
        x += widths[i];
      });
      doc.x = LEFT;
      doc.y = y + height;
    };
    row(HEADER, true);
    for (const l of lines) {
      row(
        [
          l.label,
          fy(l.baseYear),
          figure(l.baseValue),
          fy(l.finalYear),
          figure(l.finalIncrease),
          figure(l.yearTarget),
          figure(l.yearActual),
          rate(l.yearRatePercent),
          figure(l.cumulativeTarget),
          figure(l.cumulativeActual),
          rate(l.cumulativeRatePercent),
        ],
        false,
      );
    }
    if (!lines.length) doc.font('regular').fontSize(10).text('この年度を含む目標はまだ設定されていません。', LEFT);
  });
}

export const kpiSheetPdfName = (subject: SheetSubject, fiscalYear: number): string => `${fileBase(subject, fiscalYear)}.pdf`;
