import { renderJapanesePdf } from '@kyodo/pdf';
import { drawAttestation, drawHeading, drawTable, PAY_NOT_CLOSED } from './certificate-layout';
import type { WorkCertificateData } from './certificate-data';
import { hoursAndMinutes, japaneseMonth } from './japanese-format';

/**
 * 就労証明書: the approved days and hours of each month, e.g. for a nursery-school application
 * (保育所の入所申請), which asks how much a parent works.
 */
export function renderWorkCertificate(data: WorkCertificateData): Promise<Buffer> {
  return renderJapanesePdf({ title: '就労証明書', author: data.issuer.legalName }, (doc) => {
    drawHeading(doc, '就労証明書', data);
    const days = data.months.reduce((sum, m) => sum + m.days, 0);
    const minutes = data.months.reduce((sum, m) => sum + m.minutes, 0);
    const average = data.months.length ? Math.round(minutes / data.months.length) : 0;
    drawTable(
      doc,
      ['年月', '就労日数', '就労時間', '備考'],
      [2, 1, 1.5, 1],
      data.months.map((m) => [japaneseMonth(m.month), `${m.days}日`, hoursAndMinutes(m.minutes), m.payClosed ? '' : PAY_NOT_CLOSED]),
      ['合計', `${days}日`, hoursAndMinutes(minutes), ''],
    );
    doc
      .font('regular')
      .fontSize(10.5)
      .text(`1か月平均の就労時間：${hoursAndMinutes(average)}（承認済みの作業実績による）`);
    if (data.months.some((m) => !m.payClosed))
      doc.text(`「${PAY_NOT_CLOSED}」の月は報酬の締めがまだで、その月の実績は締めまでに変わることがあります。`);
    doc.moveDown(1);
    drawAttestation(doc, data.issuer);
  });
}
