import { renderJapanesePdf } from '@kyodo/pdf';
import { drawAttestation, drawHeading, drawTable, PAY_NOT_CLOSED } from './certificate-layout';
import type { PaymentCertificateData } from './certificate-data';
import { japaneseMonth, yen } from './japanese-format';

/** 支払証明書: what was paid for each closed month, before and after withholding tax (源泉徴収). */
export function renderPaymentCertificate(data: PaymentCertificateData): Promise<Buffer> {
  return renderJapanesePdf({ title: '支払証明書', author: data.issuer.legalName }, (doc) => {
    drawHeading(doc, '支払証明書', data);
    const paid = data.months.flatMap((m) => (m.paid ? [m.paid] : []));
    const total = (field: 'grossYen' | 'withholdingYen' | 'netYen') => yen(paid.reduce((sum, p) => sum + p[field], 0n));
    drawTable(
      doc,
      ['年月', '支払金額', '源泉徴収税額', '差引支払額'],
      [1.4, 1.2, 1.2, 1.2],
      data.months.map((m) =>
        m.paid
          ? [japaneseMonth(m.month), yen(m.paid.grossYen), yen(m.paid.withholdingYen), yen(m.paid.netYen)]
          : [japaneseMonth(m.month), PAY_NOT_CLOSED, '', ''],
      ),
      ['合計', total('grossYen'), total('withholdingYen'), total('netYen')],
    );
    if (paid.length < data.months.length)
      doc
        .font('regular')
        .fontSize(9.5)
        .text(`「${PAY_NOT_CLOSED}」の月は報酬の締めがまだで、支払額は確定していません（未払いではありません）。証明の対象外です。`);
    doc.moveDown(1);
    drawAttestation(doc, data.issuer);
  });
}
