import { BANK_ACCOUNT_TYPE_LABEL } from '@kyodo/domain';
import { renderJapanesePdf } from '@kyodo/pdf';
import { InvoiceDocument, japaneseDate, yen } from './invoice-document';
import { InvoiceKind } from './invoice-kind.enum';

const TITLES: Record<InvoiceKind, string> = {
  [InvoiceKind.INVOICE]: '請求書',
  /** 適格返還請求書 (返還インボイス): what a credit note is under the qualified-invoice rules. */
  [InvoiceKind.CREDIT_NOTE]: '適格返還請求書',
};

/**
 * Column x offsets from the left margin and widths: No, 取引日, 品名, 税率, 金額. The amount column
 * holds "¥9,999,999,999,999,999" on one line, so no amount is ever wrapped mid-number.
 */
const COLUMNS = [
  { x: 0, width: 24, align: 'left' },
  { x: 26, width: 62, align: 'left' },
  { x: 92, width: 200, align: 'left' },
  { x: 296, width: 44, align: 'right' },
  { x: 344, width: 139, align: 'right' },
] as const;
const AMOUNT_X = 344;
const AMOUNT_WIDTH = 139;

const ACCOUNT_TYPES: Record<string, string> = BANK_ACCOUNT_TYPE_LABEL;

/** 2026-11-21 → 2026/11/21, short enough for the line table. */
const slashDate = (isoDate: string): string => isoDate.replaceAll('-', '/');

/**
 * 請求書 / 適格返還請求書 with what the qualified-invoice rules ask for: issuer and registration
 * number, recipient, date, lines with their tax rate, the amount and the tax per rate (rounded
 * once per rate), and the total.
 */
export function renderInvoicePdf(document: InvoiceDocument): Promise<Buffer> {
  const title = TITLES[document.kind];
  return renderJapanesePdf({ title: `${title} ${document.numberLabel}`, author: document.issuer.name }, (doc) => {
    const left = doc.page.margins.left;
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;

    doc.font('bold').fontSize(20).text(title, { align: 'center' });
    doc.moveDown(0.8);
    doc.font('regular').fontSize(10).text(`番号：${document.numberLabel}`, { align: 'right' });
    doc.text(`発行日：${japaneseDate(document.issuedOn)}`, { align: 'right' });
    if (document.transactionPeriod) {
      const { from, to } = document.transactionPeriod;
      doc.text(`取引年月日：${from === to ? japaneseDate(from) : `${japaneseDate(from)}〜${japaneseDate(to)}`}`, { align: 'right' });
    }
    if (document.paymentDueOn) doc.text(`お支払期限：${japaneseDate(document.paymentDueOn)}`, { align: 'right' });
    doc.moveDown(0.5);

    const top = doc.y;
    doc
      .font('bold')
      .fontSize(13)
      .text(`${document.clientName} 御中`, left, top, { width: width / 2 });
    const issuer = [
      document.issuer.name,
      document.issuer.programme ? `（${document.issuer.programme}）` : null,
      document.issuer.address,
      document.issuer.phone ? `TEL ${document.issuer.phone}` : null,
    ];
    doc.font('regular').fontSize(10);
    doc.text(issuer.filter(Boolean).join('\n'), left + width / 2, top, { width: width / 2, align: 'right' });
    doc.text(document.issuer.registrationNumber ? `登録番号：${document.issuer.registrationNumber}` : '登録番号：なし', {
      width: width / 2,
      align: 'right',
    });
    doc.x = left;
    doc.moveDown(1);

    if (document.corrects) {
      doc.text(`対象の請求書：${document.corrects.numberLabel}`, left);
      if (document.corrects.reason) doc.text(`返還の理由：${document.corrects.reason}`, left);
      doc.moveDown(0.5);
    }
    doc
      .font('bold')
      .fontSize(14)
      .text(`${document.kind === InvoiceKind.INVOICE ? 'ご請求金額' : '返還金額'}（税込）\u3000${yen(document.totals.totalYen)}`, left);
    doc.moveDown(0.8);

    const row = (cells: string[], font: 'regular' | 'bold' = 'regular'): void => {
      if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
      const y = doc.y;
      doc.font(font).fontSize(10);
      const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: COLUMNS[i].width }));
      cells.forEach((cell, i) => doc.text(cell, left + COLUMNS[i].x, y, { width: COLUMNS[i].width, align: COLUMNS[i].align }));
      doc.y = y + Math.max(...heights) + 4;
      doc
        .moveTo(left, doc.y - 2)
        .lineTo(left + width, doc.y - 2)
        .lineWidth(0.5)
        .strokeColor('#999999')
        .stroke();
    };
    row(['No', '取引日', '品名', '税率', '金額（税抜）'], 'bold');
    for (const line of document.lines) {
      row([
        String(line.position),
        line.transactionOn ? slashDate(line.transactionOn) : '',
        line.description,
        `${line.taxRatePercent}%`,
        yen(line.amountYen),
      ]);
    }
    doc.moveDown(0.8);

    const summary = (label: string, amount: string, font: 'regular' | 'bold' = 'regular'): void => {
      const y = doc.y;
      doc
        .font(font)
        .fontSize(10.5)
        .text(label, left + 140, y, { width: 200, align: 'right' });
      doc.text(amount, left + AMOUNT_X, y, { width: AMOUNT_WIDTH, align: 'right' });
      doc.moveDown(0.3);
    };
    for (const rate of document.totals.byRate) {
      summary(`${rate.taxRatePercent}%対象`, yen(rate.amountYen));
      summary(`消費税（${rate.taxRatePercent}%）`, yen(rate.taxYen));
    }
    summary('小計（税抜）', yen(document.totals.subtotalYen));
    summary('消費税合計', yen(document.totals.taxYen));
    summary('合計（税込）', yen(document.totals.totalYen), 'bold');
    doc.x = left;
    doc.moveDown(1.5);
    const account = document.issuer.bankAccount;
    if (account) {
      doc.font('bold').fontSize(10.5).text('お振込先', left);
      doc
        .font('regular')
        .fontSize(10)
        .text(
          `${account.bankName} ${account.branch} ${ACCOUNT_TYPES[account.type] ?? account.type} ${account.number} ${account.holder}`,
          left,
        );
      doc.moveDown(1);
    }
    doc.font('regular').fontSize(8.5).text('消費税は税率ごとに合計した金額に対して計算し、1円未満を切り捨てています。', left);
  });
}
