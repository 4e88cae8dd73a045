/**
 * The reports screens' strings. Each area of the console keeps its own catalogue so screens can
 * grow side by side; ja.ts and en.ts mount it under `reports`.
 */
export const reportsJa = {
  title: '実績報告',
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const reportsEn: Widen<typeof reportsJa> = {
  title: 'Reports',
};
