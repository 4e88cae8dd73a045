import { MemberFeature } from './routing-table';

/** How a member runs its employment-support business (DESIGN.md §3 consortium): it decides which functions it uses. */
export enum OperatingForm {
  /** 法人初期: a young operating company; runs its own business but does not lead consortium jobs yet. */
  CORPORATE_INITIAL = 'CORPORATE_INITIAL',
  /** 法人拡大: an established operating company; everything, including leading jobs shared across members. */
  CORPORATE_EXPANDED = 'CORPORATE_EXPANDED',
  /** 自治体運営: run by the municipality; contracts with clients and pays workers through a partner operator. */
  MUNICIPALITY_RUN = 'MUNICIPALITY_RUN',
}

const EVERY_FEATURE = Object.values(MemberFeature);

/**
 * The feature set each operating form gets. It is stored on the member when it is onboarded (so
 * changing this table later does not silently change what an existing member may do) and the
 * gateway enforces it (services/gateway member-access.plugin.ts).
 */
export const FEATURES_BY_FORM: Readonly<Record<OperatingForm, readonly MemberFeature[]>> = {
  [OperatingForm.CORPORATE_INITIAL]: EVERY_FEATURE.filter((f) => f !== MemberFeature.SHARED_JOB_LEADING),
  [OperatingForm.CORPORATE_EXPANDED]: EVERY_FEATURE,
  // The partner operator holds the client contracts, invoices and pays; the town runs the work.
  [OperatingForm.MUNICIPALITY_RUN]: [
    MemberFeature.ORDER_INTAKE,
    MemberFeature.WORKER_REGISTRY,
    MemberFeature.TRAINING,
    MemberFeature.CAPACITY_SHARING,
  ],
};

/** Whether a member of this form can contract and pay for a municipality-run member as its partner operator. */
export function canActAsPartnerOperator(features: readonly MemberFeature[]): boolean {
  return [MemberFeature.CLIENT_CONTRACTS, MemberFeature.INVOICING, MemberFeature.PAY_CLOSING].every((f) => features.includes(f));
}
