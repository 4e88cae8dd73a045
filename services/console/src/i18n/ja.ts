import { errorsJa } from './errors-ja';
/** 日本語: the console's first language. Keys are grouped by screen; English mirrors them (en.ts). */
export const ja = {
  app: {
    name: 'Kyodo 協働',
    skipToContent: '本文へ移動',
    loading: '読み込み中…',
    language: '表示言語',
    logout: 'ログアウト',
    loggingIn: 'ログイン画面へ移動しています…',
    loginFailed: 'ログインできませんでした',
    retryLogin: 'もう一度ログインする',
    configFailed: '設定ファイル（config.json）を読み込めませんでした',
    actingFor: '{{org}} として操作中',
    noRole: 'このアカウントには Kyodo の役割が割り当てられていません。所属団体の管理者にお問い合わせください。',
    notFound: 'ページが見つかりません',
    backHome: 'ホームへ戻る',
  },
  nav: {
    menu: 'メニュー',
    orders: '案件一覧',
    workerHome: '今日の作業',
    consortium: 'コンソーシアム',
  },
  roles: {
    'consortium-admin': '共同体事務局',
    'org-admin': '団体管理者',
    director: 'ディレクター',
    worker: 'テレワーカー',
  },
  orders: {
    title: '案件一覧',
    empty: 'この状態の案件はありません',
    client: '発注者',
    deadline: '納期',
    value: '受注金額',
    hours: '見込時間',
    progress: '進捗',
    hoursValue: '{{hours}} 時間',
    count: '{{count}} 件',
    status: {
      INQUIRY: '引合い',
      FEASIBILITY_CHECKED: '受託確認済',
      CONTRACTED: '契約済',
      IN_PROGRESS: '作業中',
      DELIVERED: '納入済',
      ACCEPTED: '検収済',
      INVOICED: '請求済',
      PAID: '入金済',
      CANCELLED: '取消',
    },
  },
  worker: {
    title: '今日の作業',
    greeting: '{{name}} さん、おつかれさまです',
    today: '今日は {{date}} です',
    courses: '受講できる研修',
    noCourses: '受講できる研修はまだありません',
    minutes: '{{minutes}} 分',
    comingSoon: '依頼・作業時間の記録・支払明細は、この画面に順次追加されます。',
  },
  consortium: {
    title: 'コンソーシアム',
    members: '加盟団体',
    nodes: 'ノード',
  },
  errors: errorsJa,
} as const;

/** The shape every language's catalogue has: Japanese strings replaced by any string. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalogue = Widen<typeof ja>;
