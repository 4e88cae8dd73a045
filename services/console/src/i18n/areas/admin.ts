/**
 * The admin screens' strings. Each area of the console keeps its own catalogue so screens can
 * grow side by side; ja.ts and en.ts mount it under `admin`.
 */
export const adminJa = {
  title: '団体管理',
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const adminEn: Widen<typeof adminJa> = {
  title: 'Member administration',
};
