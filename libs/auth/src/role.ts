import { registerEnumType } from '@nestjs/graphql';

/** Realm roles in the kyodo Keycloak realm. */
export enum Role {
  /** The joint support body (テレワーク就労支援共同体): consortium-level data and aggregates. */
  ConsortiumAdmin = 'consortium-admin',
  /** A member's administrator: users, workers, contracts, training, its own reports. */
  OrgAdmin = 'org-admin',
  /** ディレクター: takes orders, splits work, assigns workers, approves hours. */
  Director = 'director',
  /** 住民テレワーカー: sees own assignments, hours, pay and certificates. */
  Worker = 'worker',
}

registerEnumType(Role, { name: 'Role' });

/** A member's staff: everything an org runs day to day. */
export const STAFF: readonly Role[] = [Role.OrgAdmin, Role.Director];

const KNOWN = new Set<string>(Object.values(Role));

export function isRole(value: string): value is Role {
  return KNOWN.has(value);
}
