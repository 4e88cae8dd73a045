import { pdfText } from '@kyodo/testing';
import { renderJapanesePdf } from './japanese-pdf';
import { toPdfFile } from './pdf-file.model';

describe('renderJapanesePdf', () => {
  it('writes Japanese text that a PDF reader maps back to the same characters', async () => {
    const bytes = await renderJapanesePdf({ title: '就労証明書', author: '蓼科町' }, (doc) => {
      doc.font('bold').fontSize(18).text('就労証明書');
      doc.font('regular').fontSize(11).text('氏名：蓼科 花子（タテシナ ハナコ）');
      doc.text('2026年4月　勤務時間 42時間30分　¥123,456');
    });

    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('就労証明書');
    expect(text).toContain('氏名：蓼科 花子（タテシナ ハナコ）');
    expect(text).toContain('2026年4月');
    expect(text).toContain('¥123,456');
    // Only the glyphs used are embedded, not the megabytes of the whole font.
    expect(bytes.length).toBeLessThan(200_000);
  });

  it('rejects when drawing fails, instead of returning a half-written document', async () => {
    await expect(
      renderJapanesePdf({ title: 't', author: 'a' }, () => {
        throw new Error('no data for the certificate');
      }),
    ).rejects.toThrow('no data for the certificate');
  });

  it('hands a document out as base64 with its size and type', () => {
    const file = toPdfFile('certificate.pdf', Buffer.from('%PDF-1.7'));
    expect(file).toEqual({
      filename: 'certificate.pdf',
      contentType: 'application/pdf',
      byteLength: 8,
      base64: Buffer.from('%PDF-1.7').toString('base64'),
    });
  });
});
