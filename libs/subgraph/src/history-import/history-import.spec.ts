import iconv from 'iconv-lite';
import { decodeCsvBytes } from './csv-bytes';
import { ImportColumn, readCsvTable } from './csv-table';
import { RowReader } from './import-cells';
import { ImportProblem } from './import-problem';

type Key = 'ref' | 'title' | 'acceptedOn' | 'value';
const COLUMNS: ImportColumn<Key>[] = [
  { key: 'ref', headers: ['受注番号', 'reference'], required: true },
  { key: 'title', headers: ['件名', 'title'], required: true },
  { key: 'acceptedOn', headers: ['検収日', 'acceptedOn'], required: true },
  { key: 'value', headers: ['金額', 'valueYen'], required: true },
];
const FILE = '受注番号,件名,検収日,金額（円）\r\nA-1,データ入力 ①,2023/4/1,"12,000"\r\nA-2,"名簿の\r\n整理",2024-03-31,¥５００\r\n';

function readAll(text: string, today = '2026-12-07') {
  const { rows, problems } = readCsvTable(text, COLUMNS);
  const values = rows.map((row) => {
    const r = new RowReader(row, problems);
    return {
      line: r.line,
      ref: r.text('ref', 20),
      title: r.text('title', 200),
      acceptedOn: r.date('acceptedOn', today),
      value: r.yen('value'),
    };
  });
  return { values, problems };
}

describe('history import: reading CSV files', () => {
  it('reads UTF-8 with a BOM, and without, alike', () => {
    const plain = Buffer.from(FILE, 'utf8');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    expect(decodeCsvBytes(withBom)).toEqual({ text: FILE, encoding: 'UTF-8' });
    expect(decodeCsvBytes(plain)).toEqual({ text: FILE, encoding: 'UTF-8' });
  });

  it('reads Shift_JIS as Excel writes it (code page 932: ① and 髙 included)', () => {
    const text = FILE.replace('A-1', '髙橋');
    const bytes = iconv.encode(text, 'cp932');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    // Shift_JIS has ¥ where ASCII has a backslash: Excel's ¥500 comes back as \500, and still reads as yen.
    const decoded = decodeCsvBytes(bytes);
    expect(decoded).toEqual({ text: text.replace('¥', '\\'), encoding: 'Shift_JIS' });
    expect(readAll(decoded.text).values.map((v) => [v.ref, v.value])).toEqual([
      ['髙橋', 12000n],
      ['A-2', 500n],
    ]);
  });

  it('maps Japanese or English headers, and gives each record the line it starts on', () => {
    const { values, problems } = readAll(FILE);
    expect(values).toEqual([
      { line: 2, ref: 'A-1', title: 'データ入力 ①', acceptedOn: '2023-04-01', value: 12000n },
      { line: 3, ref: 'A-2', title: undefined, acceptedOn: '2024-03-31', value: 500n },
    ]);
    // A title over two lines is not one line of text: the problem names the line the record starts on.
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([[3, '件名', 'IMPORT_TEXT_INVALID']]);
    const english = readAll('reference,title,acceptedOn,valueYen\n\nB-1,"Two\r\nlines",2022-05-01,0\r\nB-2,x,2022-05-02,1\n');
    expect(english.values.map((v) => [v.line, v.ref, v.acceptedOn, v.value])).toEqual([
      [3, 'B-1', '2022-05-01', 0n],
      [5, 'B-2', '2022-05-02', 1n],
    ]);
  });

  it('names the line and column of a bad date, a date in the future and bad yen', () => {
    const { problems } = readAll(
      ['受注番号,件名,検収日,金額', 'A,a,2023/2/30,100', 'B,b,2027-01-01,1.5', 'C,c,令和5年4月1日,-100', 'D,d,2023-04-01,"1,00"'].join(
        '\n',
      ),
    );
    expect(problems.map((p: ImportProblem) => [p.line, p.column, p.code])).toEqual([
      [2, '検収日', 'IMPORT_DATE_INVALID'],
      [3, '検収日', 'IMPORT_DATE_IN_FUTURE'],
      [3, '金額', 'IMPORT_YEN_INVALID'],
      [4, '検収日', 'IMPORT_DATE_INVALID'],
      [4, '金額', 'IMPORT_YEN_INVALID'],
      [5, '金額', 'IMPORT_YEN_INVALID'],
    ]);
  });

  it('refuses unknown, missing and repeated headers before reading any row', () => {
    const { rows, problems } = readCsvTable('件名,title,検収日,備考\nx,y,2023-04-01,z\n', COLUMNS);
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [1, 'title', 'IMPORT_COLUMN_DUPLICATE'],
      [1, '備考', 'IMPORT_COLUMN_UNKNOWN'],
      [1, '受注番号', 'IMPORT_COLUMN_MISSING'],
      [1, '金額', 'IMPORT_COLUMN_MISSING'],
    ]);
  });

  it('reports a file that is not CSV, and an empty one', () => {
    expect(readCsvTable('受注番号,件名\n"A,b\n', COLUMNS).problems[0].code).toBe('IMPORT_CSV_MALFORMED');
    expect(readCsvTable('', COLUMNS).problems[0].code).toBe('IMPORT_FILE_EMPTY');
    expect(readCsvTable('受注番号,件名,検収日,金額\n', COLUMNS).problems[0].code).toBe('IMPORT_FILE_EMPTY');
  });

  it('refuses a required cell left empty and text with control characters', () => {
    const { problems } = readAll('受注番号,件名,検収日,金額\n,a\u0007,2023-04-01,1\n');
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [2, '受注番号', 'IMPORT_VALUE_REQUIRED'],
      [2, '件名', 'IMPORT_TEXT_INVALID'],
    ]);
  });
});
