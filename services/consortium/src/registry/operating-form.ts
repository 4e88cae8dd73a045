import { registerEnumType } from '@nestjs/graphql';
import { MemberFeature, OperatingForm } from '@kyodo/domain';

// The forms and their features are consortium policy the gateway enforces too (libs/domain).
export { canActAsPartnerOperator, FEATURES_BY_FORM, MemberFeature, OperatingForm } from '@kyodo/domain';

registerEnumType(OperatingForm, {
  name: 'OperatingForm',
  description: 'How a member runs its business: 法人初期 CORPORATE_INITIAL, 法人拡大 CORPORATE_EXPANDED, 自治体運営 MUNICIPALITY_RUN.',
});
registerEnumType(MemberFeature, {
  name: 'MemberFeature',
  description: 'A platform function a member uses, decided by its operating form.',
});
