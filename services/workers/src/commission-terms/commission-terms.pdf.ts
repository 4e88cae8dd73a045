import { renderJapanesePdf } from '@kyodo/pdf';
import { hoursAndMinutes, japaneseDate, japaneseMonth, yen } from '../certificates/japanese-format';
import type { CommissionTermsContent } from './commission-terms-content';

const LEFT = 56;
const LABEL_WIDTH = 110;
const VALUE_WIDTH = 373;

export interface CommissionTermsDocument {
  version: number;
  sha256: string;
  content: CommissionTermsContent;
  acceptedAt: Date | null;
}

function payText(pay: CommissionTermsContent['pay'], plannedMinutes: number): string {
  const rate =
    pay.basis === 'HOURLY'
      ? `時間単価 ${yen(BigInt(pay.rateYen))} × 承認された作業時間`
      : `1件あたり ${yen(BigInt(pay.rateYen))} × 承認された件数`;
  const estimate = pay.estimateYen === null ? '' : `（予定 ${hoursAndMinutes(plannedMinutes)} の場合 ${yen(BigInt(pay.estimateYen))}）`;
  const tax = pay.withholding ? '源泉徴収の対象です（所得税及び復興特別所得税を控除して支払います）。' : '源泉徴収の対象外です。';
  return `${rate}${estimate}\n${tax}`;
}

/** 委託者: the legal name, the town's programme it commissions for, its registration number and address. */
function commissionerText(c: CommissionTermsContent): string {
  const d = c.commissionerDetails;
  return [
    d?.programme ? `${c.commissioner}（${d.programme}）` : c.commissioner,
    ...(d?.registrationNumber ? [`登録番号：${d.registrationNumber}`] : []),
    ...(d?.address ? [`所在地：${d.address}`] : []),
  ].join('\n');
}

/** 作業委託契約 as the act has it stated (取引条件明示書): one labelled row per required term. */
export function renderCommissionTerms(document: CommissionTermsDocument): Promise<Buffer> {
  const c = document.content;
  return renderJapanesePdf({ title: '作業委託契約（取引条件明示書）', author: c.commissioner }, (doc) => {
    doc.font('bold').fontSize(18).text('作業委託契約（取引条件明示書）', { align: 'center' });
    doc.moveDown(1);
    doc.font('regular').fontSize(10.5).text(`第${document.version}版`, { align: 'right' });
    doc.moveDown(0.5);
    doc.text('特定受託事業者に係る取引の適正化等に関する法律第3条に基づき、次のとおり業務を委託し、その取引条件を明示します。', LEFT);
    doc.moveDown(1);
    const rows: [string, string][] = [
      ['委託者', commissionerText(c)],
      ['受託者', c.workerName],
      ['委託日', japaneseDate(c.commissionedOn)],
      ['業務の内容', c.workDescription],
      ['作業期間', `${japaneseDate(c.periodFrom)} 〜 ${japaneseDate(c.periodTo)}`],
      ['報酬の額', payText(c.pay, c.plannedMinutes)],
      [
        '支払期日',
        [c.payment.rule, ...c.payment.dates.map((d) => `${japaneseMonth(d.month)}分：${japaneseDate(d.paymentDate)}`)].join('\n'),
      ],
      ['給付の受領期日', japaneseDate(c.deliveryDate)],
      ['給付の受領場所', c.deliveryPlace],
    ];
    for (const [label, value] of rows) {
      const y = doc.y;
      doc.font('bold').fontSize(10.5).text(label, LEFT, y, { width: LABEL_WIDTH });
      doc.font('regular').text(value, LEFT + LABEL_WIDTH, y, { width: VALUE_WIDTH });
      doc.x = LEFT;
      doc.moveDown(0.6);
    }
    doc.moveDown(0.5);
    doc
      .fontSize(9.5)
      .text('報酬は、各月の締め日に当該月に承認された作業を受領したものとし、受領日から60日以内の上記支払期日に支払います。', LEFT);
    doc.moveDown(0.5);
    doc.text(`内容の識別子（SHA-256）：${document.sha256}`, LEFT);
    doc.text(
      document.acceptedAt ? `電子的に承諾済み：${document.acceptedAt.toISOString()}` : '受託者の電子的な承諾により取引条件が確定します。',
      LEFT,
    );
  });
}
