/**
 * The support screens' strings. Each area of the console keeps its own catalogue so screens can
 * grow side by side; ja.ts and en.ts mount it under `support`.
 */
export const supportJa = {
  title: '共同支援',
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const supportEn: Widen<typeof supportJa> = {
  title: 'Support body',
};
