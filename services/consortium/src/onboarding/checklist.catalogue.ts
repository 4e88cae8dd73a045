import { registerEnumType } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';
import { Role } from '@kyodo/auth';

/** What a new member must have in place; the minimum security measures come from DESIGN.md §3 consortium. */
export enum ChecklistItemCode {
  SECURITY_POLICY = 'SECURITY_POLICY',
  NDA_CLAUSES = 'NDA_CLAUSES',
  LOCKED_WORKSPACE = 'LOCKED_WORKSPACE',
  DEVICE_LEDGER = 'DEVICE_LEDGER',
  OS_AV_UPDATES = 'OS_AV_UPDATES',
  PERSONAL_IDS = 'PERSONAL_IDS',
  ACCESS_CONTROL = 'ACCESS_CONTROL',
  INCIDENT_ROUTE = 'INCIDENT_ROUTE',
  SECURITY_TRAINING_AT_REGISTRATION = 'SECURITY_TRAINING_AT_REGISTRATION',
  NDA_TEMPLATES = 'NDA_TEMPLATES',
  FIRST_DIRECTOR_TRAINED = 'FIRST_DIRECTOR_TRAINED',
  FIRST_ORDER_TAKEN = 'FIRST_ORDER_TAKEN',
}

export enum ChecklistCategory {
  /** 最低限のセキュリティ対策: the member attests each measure. */
  SECURITY = 'SECURITY',
  /** Ready to work: templates, a trained director, a first order. */
  READINESS = 'READINESS',
}

export interface ChecklistItemDefinition {
  code: ChecklistItemCode;
  category: ChecklistCategory;
  title: string;
  /**
   * Who may tick it: the member's own staff for what only the member can attest, the support
   * body for what it does itself (training the first director).
   */
  tickableBy: readonly Role[];
}

const security = (code: ChecklistItemCode, title: string): ChecklistItemDefinition => ({
  code,
  category: ChecklistCategory.SECURITY,
  title,
  tickableBy: [Role.OrgAdmin],
});

/** The checklist every onboarded member starts with, in the order it is shown. */
export const CHECKLIST_TEMPLATE: readonly ChecklistItemDefinition[] = [
  security(ChecklistItemCode.SECURITY_POLICY, '情報セキュリティ方針と責任者を定めている (security policy and owner)'),
  security(ChecklistItemCode.NDA_CLAUSES, '就労者との契約に秘密保持条項がある (NDA clauses in worker contracts)'),
  security(ChecklistItemCode.LOCKED_WORKSPACE, '作業場所は施錠され入退室が記録される (locked and logged workspace)'),
  security(ChecklistItemCode.DEVICE_LEDGER, '貸与端末の管理台帳がある (device lending ledger)'),
  security(ChecklistItemCode.OS_AV_UPDATES, 'OS・ウイルス対策ソフトを更新している (OS and antivirus updates)'),
  security(ChecklistItemCode.PERSONAL_IDS, '共用せず一人ひとりのIDを使う (personal IDs)'),
  security(ChecklistItemCode.ACCESS_CONTROL, '業務データへのアクセスを制御している (access control)'),
  security(ChecklistItemCode.INCIDENT_ROUTE, '事故発生時の連絡経路を定めている (incident contact route)'),
  security(ChecklistItemCode.SECURITY_TRAINING_AT_REGISTRATION, '登録時にセキュリティ研修を行う (security training at registration)'),
  {
    code: ChecklistItemCode.NDA_TEMPLATES,
    category: ChecklistCategory.READINESS,
    title: '秘密保持契約のひな形を整備した (NDA templates in place)',
    tickableBy: [Role.OrgAdmin],
  },
  {
    code: ChecklistItemCode.FIRST_DIRECTOR_TRAINED,
    category: ChecklistCategory.READINESS,
    title: '最初のディレクターが研修を修了した (first director trained)',
    tickableBy: [Role.ConsortiumAdmin],
  },
  {
    code: ChecklistItemCode.FIRST_ORDER_TAKEN,
    category: ChecklistCategory.READINESS,
    title: '最初の案件を受託した (first order taken)',
    tickableBy: [Role.OrgAdmin, Role.Director],
  },
];

export function checklistDefinition(code: ChecklistItemCode): ChecklistItemDefinition {
  const definition = CHECKLIST_TEMPLATE.find((item) => item.code === code);
  if (!definition) throw new Error(`No checklist item ${code}`);
  return definition;
}

/**
 * Gives a member the checklist's items it does not have yet, all unticked. Every member has a
 * checklist, also one that joined through configuration or registerMember: the security
 * measures apply to all of them.
 */
export async function startChecklist(manager: EntityManager, orgId: string): Promise<void> {
  await manager.query(
    `INSERT INTO onboarding_checklist_items (org_id, code, category, title)
     SELECT $1, t.code, t.category, t.title FROM jsonb_to_recordset($2::jsonb) AS t(code text, category text, title text)
     ON CONFLICT (org_id, code) DO NOTHING`,
    [orgId, JSON.stringify(CHECKLIST_TEMPLATE.map(({ code, category, title }) => ({ code, category, title })))],
  );
}

registerEnumType(ChecklistItemCode, { name: 'ChecklistItemCode' });
registerEnumType(ChecklistCategory, { name: 'ChecklistCategory' });
