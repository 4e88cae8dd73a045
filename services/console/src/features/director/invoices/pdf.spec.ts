import { pdfUrl } from './pdf';

describe('pdfUrl', () => {
  it('turns the base64 the API sends into a blob URL holding the same bytes, typed as PDF', async () => {
    const bytes = Buffer.from('%PDF-1.7\n\u00e9\n%%EOF', 'latin1');
    const url = pdfUrl(bytes.toString('base64'));
    expect(url).toMatch(/^blob:/);
    const { resolveObjectURL } = await import('node:buffer');
    const blob = resolveObjectURL(url);
    expect(blob?.type).toBe('application/pdf');
    expect(Buffer.from(await blob!.arrayBuffer()).equals(bytes)).toBe(true);
  });
});
