import { fiscalYearOf, tokyoToday } from '@kyodo/domain';

/** A member as the registry lists it (consortiumMembers), with the time it was registered (onboarded). */
export interface RegistryMember {
  id: string;
  kind: string;
  status: string;
  /** ISO instant the registry recorded the member (its onboarding). */
  createdAt: string;
}

/**
 * Municipalities newly adopting the model (新規導入自治体) in a fiscal year: members of kind
 * MUNICIPALITY whose registry onboarding date, as a Tokyo day, falls in the year, whatever their
 * status now (a town that joined and was later suspended still adopted that year). By id.
 */
export function newMunicipalitiesOf(members: readonly RegistryMember[], fiscalYear: number): string[] {
  return members
    .filter((m) => m.kind === 'MUNICIPALITY' && fiscalYearOf(tokyoToday(new Date(m.createdAt))) === fiscalYear)
    .map((m) => m.id)
    .sort();
}
