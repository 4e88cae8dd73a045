import { renderJapanesePdf } from '@kyodo/pdf';
import { drawAttestation, drawHeading, drawTable } from './certificate-layout';
import type { PaymentCertificateData } from './certificate-data';
import { japaneseMonth, yen } from './japanese-format';

/** 支払証明書: what was paid for each closed month, before and after withholding tax (源泉徴収). */
export function renderPaymentCertificate(data: PaymentCertificateData): Promise<Buffer> {
  return renderJapanesePdf({ title: '支払証明書', author: data.issuer }, (doc) => {
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
          : [japaneseMonth(m.month), '未締め', '—', '—'],
      ),
      ['合計', total('grossYen'), total('withholdingYen'), total('netYen')],
    );
    if (paid.length < data.months.length)
      doc.font('regular').fontSize(9.5).text('「未締め」の月は支払が確定していないため、証明の対象外です。');
    doc.moveDown(1);
    drawAttestation(doc, data.issuer);
  });
}
