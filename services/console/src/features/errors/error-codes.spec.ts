import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorsEn } from '../../i18n/errors-en';
import { errorsJa } from '../../i18n/errors-ja';

const ROOT = join(__dirname, '../../../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (['node_modules', 'dist', 'migrations'].includes(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/**
 * Every code the API can put in extensions.code, read from the code itself: the `…Code` unions
 * of libs/ and the services (each feature's *.errors.ts, the routing, limits and access codes)
 * and the codes thrown directly (`new DomainError('BAD_CURSOR', …)`), plus the codes Apollo
 * Server itself answers with.
 */
function apiErrorCodes(): string[] {
  const services = readdirSync(join(ROOT, 'services')).filter((name) => name !== 'console');
  const files = [join(ROOT, 'libs'), ...services.map((name) => join(ROOT, 'services', name, 'src'))].flatMap((dir) => {
    try {
      return sourceFiles(dir);
    } catch {
      return [];
    }
  });
  const codes = new Set([
    'BAD_USER_INPUT',
    'GRAPHQL_PARSE_FAILED',
    'GRAPHQL_VALIDATION_FAILED',
    'BAD_REQUEST',
    'INTERNAL_SERVER_ERROR',
    'OPERATION_RESOLUTION_FAILURE',
  ]);
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const union of source.matchAll(/export type \w*Code\s*=([^;]+);/g)) {
      for (const literal of union[1].matchAll(/'([A-Z][A-Z0-9_]+)'/g)) codes.add(literal[1]);
    }
    for (const thrown of source.matchAll(/new \w*Error(?:<[^>]*>)?\(\s*'([A-Z][A-Z0-9_]+)'/g)) codes.add(thrown[1]);
  }
  return [...codes].sort();
}

describe('error messages for every API error code', () => {
  const codes = apiErrorCodes();

  it('finds the codes of the services (the scan itself works)', () => {
    expect(codes).toEqual(
      expect.arrayContaining([
        'FORBIDDEN',
        'NODE_UNAVAILABLE',
        'TASK_TOTAL_EXCEEDED',
        'PAY_MONTH_CLOSED',
        'OPERATION_TOO_COSTLY',
        'BAD_CURSOR',
      ]),
    );
    expect(codes.length).toBeGreaterThan(100);
  });

  it('has a Japanese sentence for each', () => {
    expect(codes.filter((code) => !(code in errorsJa))).toEqual([]);
  });

  it('has an English sentence for each', () => {
    expect(codes.filter((code) => !(code in errorsEn) || !errorsEn[code as keyof typeof errorsEn])).toEqual([]);
  });
});
