/**
 * The partner screens' strings. Each area of the console keeps its own catalogue so screens can
 * grow side by side; ja.ts and en.ts mount it under `partner`.
 */
export const partnerJa = {
  title: '連携先の仕事',
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const partnerEn: Widen<typeof partnerJa> = {
  title: 'Partner work',
};
