import { registerEnumType } from '@nestjs/graphql';
import type { StaffRoleName } from './login-directory';

/** The roles a member's staff login may hold. */
export enum StaffRole {
  /** ディレクター */
  DIRECTOR = 'DIRECTOR',
  ORG_ADMIN = 'ORG_ADMIN',
}

registerEnumType(StaffRole, { name: 'StaffRole' });

export const REALM_ROLE_OF: Record<StaffRole, StaffRoleName> = { [StaffRole.DIRECTOR]: 'director', [StaffRole.ORG_ADMIN]: 'org-admin' };

/** An org admin who is also a director shows as the org admin. */
export function staffRoleOf(roles: readonly string[]): StaffRole | null {
  if (roles.includes('org-admin')) return StaffRole.ORG_ADMIN;
  if (roles.includes('director')) return StaffRole.DIRECTOR;
  return null;
}
