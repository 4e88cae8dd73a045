import { stringify } from 'csv-stringify/sync';
import { ExportFile } from './export-file.model';

/** A bigint (yen) is written with all its digits: String(bigint) never rounds. */
export type CsvCell = string | number | bigint | null;

/**
 * A CSV that Excel in Japan opens as it is: UTF-8 with a BOM (without one Excel reads Shift_JIS
 * and garbles Japanese), CRLF line ends, and quoting by csv-stringify wherever a cell holds a
 * comma, quote or line break. null is an empty cell.
 */
export function excelCsv(filename: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]): ExportFile {
  // csv-stringify quotes a cell holding the record delimiter (CRLF) but not a lone LF, which
  // Excel still reads as a new row: quoted_match quotes any line break.
  const content = stringify(
    [header, ...rows].map((row) => row.map((cell) => (cell === null ? '' : String(cell)))),
    {
      bom: true,
      record_delimiter: 'windows',
      quoted_match: /[\r\n]/,
    },
  );
  return { filename, contentType: 'text/csv; charset=utf-8', content };
}
