import { excelCsv } from './excel-csv';

describe('excelCsv', () => {
  it('writes UTF-8 with a BOM, CRLF line ends, and quotes commas, quotes and line breaks', () => {
    const file = excelCsv(
      'x.csv',
      ['団体', '発注者', '受注額（円）'],
      [
        ['tateshina', '株式会社 信州, "本社"', 30_000],
        ['shiojiri', '塩尻市\n情報政策課', null],
        ['itoigawa', '糸魚川市', 0],
      ],
    );
    const bytes = Buffer.from(file.content, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      '団体,発注者,受注額（円）\r\n' +
        'tateshina,"株式会社 信州, ""本社""",30000\r\n' +
        'shiojiri,"塩尻市\n情報政策課",\r\n' +
        'itoigawa,糸魚川市,0\r\n',
    );
    expect(file).toMatchObject({ filename: 'x.csv', contentType: 'text/csv; charset=utf-8' });
  });
});
