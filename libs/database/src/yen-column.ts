import type { ValueTransformer } from 'typeorm';

/**
 * Money is integer yen in a `bigint` column. pg returns bigint as a string; this turns it into
 * a number and refuses any value a JavaScript number cannot hold exactly.
 */
export const yenTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const yen = Number(value);
    if (!Number.isSafeInteger(yen)) throw new Error(`Yen amount ${value} is beyond the safe integer range`);
    return yen;
  },
};

/**
 * Money as the `Yen` scalar carries it: a `bigint` column read as a JavaScript bigint, exactly,
 * past 2^53 (pg returns bigint and numeric as decimal strings). Sums in SQL should be cast to
 * numeric or bigint and read through this as well.
 */
export const yenBigIntTransformer: ValueTransformer = {
  to: (value: bigint | null | undefined) => (typeof value === 'bigint' ? value.toString() : value),
  from: (value: string | null) => {
    if (value === null) return null;
    if (!/^-?[0-9]+$/.test(value)) throw new Error(`Yen amount ${value} is not whole yen`);
    return BigInt(value);
  },
};
