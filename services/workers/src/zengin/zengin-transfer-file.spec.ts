import { BankAccountType } from './bank-account';
import { ZenginFormatError, zenginTransferFile, ZenginSender } from './zengin-transfer-file';
import { toZenginText } from './zengin-text';

/**
 * Shift_JIS of the only characters a Zengin record holds, written out without the encoder:
 * ASCII is itself, half-width katakana U+FF61–U+FF9F is the single byte 0xA1–0xDF.
 */
function sjis(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0xff61 && cp <= 0xff9f) return cp - 0xfec0;
      if (cp < 0x80) return cp;
      throw new Error(`not a Zengin character: ${ch}`);
    }),
  );
}

const SENDER: ZenginSender = {
  consignorCode: '1234567890',
  consignorNameKana: 'タテシナチョウ',
  bankCode: '0001',
  bankNameKana: 'ミズホ',
  branchCode: '123',
  branchNameKana: 'サクダイラ',
  accountType: BankAccountType.ORDINARY,
  accountNumber: '7654321',
};

describe('Zengin (全銀協) bulk transfer file', () => {
  it('writes header, data, trailer and end records byte for byte', () => {
    const file = zenginTransferFile(SENDER, '2025-07-31', [
      {
        to: {
          bankCode: '0009',
          bankNameKana: 'ミツイスミトモ',
          branchCode: '456',
          branchNameKana: 'マツモト',
          accountType: BankAccountType.ORDINARY,
          accountNumber: '0012345',
          holderNameKana: 'ミヤサカ　ヨウ',
        },
        amountYen: 897_900n,
        customerCode: '1',
      },
      {
        to: {
          bankCode: '9900',
          bankNameKana: 'ユウチヨ',
          branchCode: '018',
          branchNameKana: 'ゼロイチハチ',
          accountType: BankAccountType.SAVINGS,
          accountNumber: '1234567',
          holderNameKana: 'ジョウ シュンキョウ',
        },
        amountYen: 12_345n,
      },
    ]);
    const header =
      '1' +
      '21' +
      '0' +
      '1234567890' +
      'ﾀﾃｼﾅﾁﾖｳ' +
      ' '.repeat(33) +
      '0731' +
      '0001' +
      'ﾐｽﾞﾎ' +
      ' '.repeat(11) +
      '123' +
      'ｻｸﾀﾞｲﾗ' +
      ' '.repeat(9) +
      '1' +
      '7654321' +
      ' '.repeat(17);
    const first =
      '2' +
      '0009' +
      'ﾐﾂｲｽﾐﾄﾓ' +
      ' '.repeat(8) +
      '456' +
      'ﾏﾂﾓﾄ' +
      ' '.repeat(11) +
      '    ' +
      '1' +
      '0012345' +
      'ﾐﾔｻｶ ﾖｳ' +
      ' '.repeat(23) +
      '0000897900' +
      '0' +
      '0000000001' +
      ' '.repeat(10) +
      '7' +
      ' ' +
      ' '.repeat(7);
    // Small kana are written large (ｮ→ﾖ, ｭ→ﾕ), as bank names are registered.
    const second =
      '2' +
      '9900' +
      'ﾕｳﾁﾖ' +
      ' '.repeat(11) +
      '018' +
      'ｾﾞﾛｲﾁﾊﾁ' +
      ' '.repeat(8) +
      '    ' +
      '4' +
      '1234567' +
      'ｼﾞﾖｳ ｼﾕﾝｷﾖｳ' +
      ' '.repeat(19) +
      '0000012345' +
      '0' +
      ' '.repeat(10) +
      ' '.repeat(10) +
      '7' +
      ' ' +
      ' '.repeat(7);
    const trailer = '8' + '000002' + '000000910245' + ' '.repeat(101);
    const end = '9' + ' '.repeat(119);
    for (const record of [header, first, second, trailer, end]) expect(sjis(record).length).toBe(120);
    const expected = Buffer.concat([header, first, second, trailer, end].map((r) => Buffer.concat([sjis(r), Buffer.from([0x0d, 0x0a])])));
    expect(file.toString('hex')).toBe(expected.toString('hex'));
    expect(file.length).toBe(5 * 122);
    // A few bytes named outright: ﾀ is 0xC0, ﾞ 0xDE; the amount sits at bytes 80–89 of its record.
    expect(file[122 * 0 + 14]).toBe(0xc0);
    expect(file.subarray(122 + 80, 122 + 90).toString('latin1')).toBe('0000897900');
  });

  it('folds readings into the Zengin character set, and refuses what has no place in it', () => {
    expect(toZenginText('ミヤサカ　ヨウ')).toBe('ﾐﾔｻｶ ﾖｳ');
    expect(toZenginText('ｶﾌﾞｼｷｶﾞｲｼｬ ｷｮｳﾄﾞｳ')).toBe('ｶﾌﾞｼｷｶﾞｲｼﾔ ｷﾖｳﾄﾞｳ');
    expect(toZenginText('コーヒー（カ）')).toBe('ｺ-ﾋ-(ｶ)');
    expect(toZenginText('kyodo 1')).toBe('KYODO 1');
    expect(toZenginText('宮坂')).toBeNull();
    expect(() => zenginTransferFile({ ...SENDER, consignorNameKana: '立科町' }, '2025-07-31', [])).toThrow(ZenginFormatError);
    expect(() => zenginTransferFile({ ...SENDER, accountNumber: '123' }, '2025-07-31', [])).toThrow(ZenginFormatError);
    const to = {
      bankCode: '0009',
      bankNameKana: 'ミツイスミトモ',
      branchCode: '456',
      branchNameKana: 'マツモト',
      accountType: BankAccountType.ORDINARY,
      accountNumber: '0012345',
      holderNameKana: 'ミヤサカ',
    };
    expect(() => zenginTransferFile(SENDER, '2025-07-31', [{ to, amountYen: 0n }])).toThrow(ZenginFormatError);
    expect(() => zenginTransferFile(SENDER, '2025-07-31', [{ to, amountYen: 10_000_000_000n }])).toThrow(ZenginFormatError);
  });

  it('cuts a name longer than its field at the field’s end', () => {
    const long = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモ';
    const file = zenginTransferFile(SENDER, '2025-07-31', [
      {
        to: {
          bankCode: '0009',
          bankNameKana: 'ミツイスミトモ',
          branchCode: '456',
          branchNameKana: 'マツモト',
          accountType: BankAccountType.CHECKING,
          accountNumber: '0012345',
          holderNameKana: long,
        },
        amountYen: 1n,
      },
    ]);
    const data = file.subarray(122, 122 + 120);
    expect(data.subarray(42, 43).toString('latin1')).toBe('2');
    expect(data.subarray(50, 80).equals(sjis('ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎ'))).toBe(true);
  });
});
