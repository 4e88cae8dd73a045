/**
 * 代理操作: a partner operator's staff acting for a municipality-run member. ja.ts and en.ts
 * mount it under `acting`.
 */
export const actingJa = {
  switcherLabel: '操作する団体',
  own: '{{org}}（自団体）',
  banner: '{{member}} の代理で操作中',
  bannerExplain: '{{member}} から委託された業務の画面だけを表示しています。ここでの操作は {{member}} のデータに対して行われます。',
  backToOwn: '自団体に戻る',
  notDelegated: 'この画面は {{member}} の代理では使えません（委託されていない業務です）。',
  switching: '操作する団体を切り替えています…',
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const actingEn: Widen<typeof actingJa> = {
  switcherLabel: 'Organization you act for',
  own: '{{org}} (own organization)',
  banner: 'Acting for {{member}}',
  bannerExplain: 'Only the screens of the work {{member}} delegated are shown. What you do here is done to the data of {{member}}.',
  backToOwn: 'Back to own organization',
  notDelegated: 'This screen is not available while acting for {{member}}: it is not delegated work.',
  switching: 'Switching the organization you act for…',
};
