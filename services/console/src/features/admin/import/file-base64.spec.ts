import { bytesToBase64 } from './file-base64';

describe('a file as base64 for the import', () => {
  it('keeps Shift_JIS bytes as they are (no text decoding in the browser)', () => {
    // 「受注」 in Shift_JIS: 0x8E 0xF3 0x92 0x8D
    expect(bytesToBase64(new Uint8Array([0x8e, 0xf3, 0x92, 0x8d]))).toBe(Buffer.from([0x8e, 0xf3, 0x92, 0x8d]).toString('base64'));
  });

  it('encodes a file larger than one slice', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
