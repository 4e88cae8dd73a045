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
