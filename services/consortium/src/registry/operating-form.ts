import { registerEnumType } from '@nestjs/graphql';
import { DelegatedFunction, MemberFeature, OperatingForm } from '@kyodo/domain';

// The forms and their features are consortium policy the gateway enforces too (libs/domain).
export { canActAsPartnerOperator, DelegatedFunction, FEATURES_BY_FORM, MemberFeature, OperatingForm } from '@kyodo/domain';

registerEnumType(OperatingForm, {
  name: 'OperatingForm',
  description: 'How a member runs its business: 法人初期 CORPORATE_INITIAL, 法人拡大 CORPORATE_EXPANDED, 自治体運営 MUNICIPALITY_RUN.',
});
registerEnumType(MemberFeature, {
  name: 'MemberFeature',
  description: 'A platform function a member uses, decided by its operating form.',
});
registerEnumType(DelegatedFunction, {
  name: 'DelegatedFunction',
  description:
    "A function a municipality-run member's partner operator performs for it: 受託確認 FEASIBILITY_CHECK, 契約 CLIENT_CONTRACT, 請求 INVOICING, 基本契約 BASIC_CONTRACT, アサイン ASSIGNMENT, 作業委託契約 COMMISSION_CONTRACT, 勤怠管理 ATTENDANCE, 支払い PAYMENT.",
});
