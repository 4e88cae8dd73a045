import { renderJapanesePdf } from '@kyodo/pdf';

/** What a completion certificate prints, gathered by CompletionCertificateService. */
export interface CompletionCertificateData {
  /** The issuing member, as printed (e.g. 立科町). */
  issuer: string;
  /** YYYY-MM-DD, Asia/Tokyo. */
  issuedOn: string;
  /** Family and given name, from the workers subgraph. */
  workerName: string;
  courseCode: string;
  courseTitle: string;
  /** YYYY-MM-DD, Asia/Tokyo. */
  completedOn: string;
  /** 0 to 100; null when the course has no test. */
  score: number | null;
  /** 1 to 5; null only for a completion recorded without one. */
  evaluation: number | null;
}

const LEFT = 56;
const LABEL_WIDTH = 90;

/** "2026-04-01" → "2026年4月1日". */
export function japaneseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/**
 * 修了証: attests that the worker completed a course, with the outcome the staff recorded. The
 * evaluation comment stays off the page: it is the staff's note about the worker, not something
 * a certificate shown to others should carry.
 */
export function renderCompletionCertificate(data: CompletionCertificateData): Promise<Buffer> {
  return renderJapanesePdf({ title: '修了証', author: data.issuer }, (doc) => {
    doc.font('bold').fontSize(26).text('修了証', { align: 'center' });
    doc.moveDown(1);
    doc
      .font('regular')
      .fontSize(10.5)
      .text(`発行日：${japaneseDate(data.issuedOn)}`, { align: 'right' });
    doc.text(`発行者：${data.issuer}`, { align: 'right' });
    doc.moveDown(2);
    doc.font('bold').fontSize(16).text(`氏名：${data.workerName}`, LEFT);
    doc.moveDown(1.5);
    doc.font('regular').fontSize(11).text('下記の研修を修了したことを証します。', LEFT);
    doc.moveDown(1);
    const rows: [string, string][] = [
      ['研修コード', data.courseCode],
      ['研修名', data.courseTitle],
      ['修了日', japaneseDate(data.completedOn)],
      ['得点', data.score === null ? '—' : `${data.score}点（100点満点）`],
      ['評価', data.evaluation === null ? '—' : `${data.evaluation}（5段階）`],
    ];
    for (const [label, value] of rows) {
      const y = doc.y;
      doc.font('bold').text(label, LEFT, y, { width: LABEL_WIDTH });
      doc.font('regular').text(value, LEFT + LABEL_WIDTH, y);
      doc.moveDown(0.6);
    }
    doc.x = LEFT;
    doc.moveDown(2);
    doc.font('regular').fontSize(11).text(data.issuer, { align: 'right' });
  });
}
