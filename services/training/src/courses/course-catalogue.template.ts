import { SECURITY_COURSE_CODE } from '@kyodo/domain';
import { CourseCategory } from './course-category.enum';
import { CourseFormat } from './course-format.enum';

/**
 * 情報セキュリティ基礎: the course every worker completes before confidential work (defined in
 * @kyodo/domain, where orders and workers read it too). Every member's catalogue has it under this
 * code, so a completion at any member counts the same.
 */
export { SECURITY_COURSE_CODE };

export interface CourseTemplate {
  code: string;
  title: string;
  category: CourseCategory;
  format: CourseFormat;
  durationMinutes: number;
  description: string;
}

/**
 * The catalogue (研修一覧) a new member starts from, after the consortium's own function lists:
 * basics, IT skill, business skill, work trials and career support. A member edits or adds to
 * its copy; codes are shared so that required trainings mean the same course everywhere.
 */
export const COURSE_CATALOGUE_TEMPLATE: readonly CourseTemplate[] = [
  {
    code: 'BIZ-BASIC',
    title: 'ビジネス基礎',
    category: CourseCategory.BASIC,
    format: CourseFormat.E_LEARNING,
    durationMinutes: 120,
    description: 'ビジネスマナー、報告・連絡・相談、在宅ワークの基本。',
  },
  {
    code: SECURITY_COURSE_CODE,
    title: '情報セキュリティ基礎',
    category: CourseCategory.BASIC,
    format: CourseFormat.E_LEARNING,
    durationMinutes: 90,
    description: '個人情報・機密情報の取扱い、パスワード、端末管理。秘密保持を要する業務の前に受講します。',
  },
  {
    code: 'OPS-RULES',
    title: '業務運用ルール',
    category: CourseCategory.BASIC,
    format: CourseFormat.ONLINE_LIVE,
    durationMinutes: 60,
    description: '作業実績の記録、納期、品質確認、問い合わせの流れ。',
  },
  {
    code: 'WIN-BASIC',
    title: 'Windows基礎',
    category: CourseCategory.IT_SKILL,
    format: CourseFormat.E_LEARNING,
    durationMinutes: 180,
    description: 'ファイル操作、フォルダ管理、ショートカット。',
  },
  {
    code: 'OFFICE-BASIC',
    title: 'Office基礎（Word・Excel）',
    category: CourseCategory.IT_SKILL,
    format: CourseFormat.E_LEARNING,
    durationMinutes: 360,
    description: '文書作成、表計算、関数の基本。',
  },
  {
    code: 'MOS-PREP',
    title: 'MOS試験対策',
    category: CourseCategory.IT_SKILL,
    format: CourseFormat.ONLINE_LIVE,
    durationMinutes: 600,
    description: 'Microsoft Office Specialist の受験準備。',
  },
  {
    code: 'WEB-PROD',
    title: 'Web制作',
    category: CourseCategory.IT_SKILL,
    format: CourseFormat.ONLINE_LIVE,
    durationMinutes: 720,
    description: 'HTML・CSS、CMS によるサイト更新。',
  },
  {
    code: 'CAD-BASIC',
    title: 'CAD基礎',
    category: CourseCategory.IT_SKILL,
    format: CourseFormat.IN_PERSON,
    durationMinutes: 720,
    description: '図面の作成と修正の基本。',
  },
  {
    code: 'RPA-BASIC',
    title: 'RPA基礎',
    category: CourseCategory.IT_SKILL,
    format: CourseFormat.ONLINE_LIVE,
    durationMinutes: 480,
    description: '定型業務の自動化、Excel マクロ。',
  },
  {
    code: 'BIZ-SKILL-1',
    title: 'ビジネススキル初級',
    category: CourseCategory.BUSINESS_SKILL,
    format: CourseFormat.IN_PERSON,
    durationMinutes: 240,
    description: '文書作成、メール、スケジュール管理。',
  },
  {
    code: 'BIZ-SKILL-2',
    title: 'ビジネススキル中級',
    category: CourseCategory.BUSINESS_SKILL,
    format: CourseFormat.IN_PERSON,
    durationMinutes: 360,
    description: '業務改善、チームでの進行管理、後輩への指導。',
  },
  {
    code: 'WORK-TRIAL',
    title: '業務体験会',
    category: CourseCategory.WORK_TRIAL,
    format: CourseFormat.IN_PERSON,
    durationMinutes: 180,
    description: '実際の受託業務を短時間体験します。',
  },
  {
    code: 'CAREER-WS',
    title: 'キャリアワークショップ',
    category: CourseCategory.CAREER,
    format: CourseFormat.IN_PERSON,
    durationMinutes: 120,
    description: '働き方と目標を考えるグループワーク。',
  },
  {
    code: 'CAREER-IV',
    title: 'キャリア面談',
    category: CourseCategory.CAREER,
    format: CourseFormat.IN_PERSON,
    durationMinutes: 60,
    description: '担当者との個別面談。',
  },
];
