import { DataSource, DataSourceOptions } from 'typeorm';
import { serviceDataSourceOptions } from '@kyodo/database';
import { ConsortiumRegistry1764201600000 } from '../migrations/1764201600000-consortium-registry';
import { MemberOnboarding1764547200000 } from '../migrations/1764547200000-member-onboarding';
import { NodeDownStatus1765065600000 } from '../migrations/1765065600000-node-down-status';
import { NodeCircuits1765450000000 } from '../migrations/1765450000000-node-circuits';
import { NodeCircuitEntity } from '../circuits/node-circuit.entity';
import { MemberPlacement1765420000000 } from '../migrations/1765420000000-member-placement';
import { MemberDelegation1765420000001 } from '../migrations/1765420000001-member-delegation';
import { AuditLogOrg1765490000000 } from '../migrations/1765490000000-audit-log-org';
import { ChecklistItemEntity } from '../onboarding/checklist-item.entity';
import { OnboardingEntity } from '../onboarding/onboarding.entity';
import { MemberEntity } from './member.entity';
import { MemberNodeEntity } from './member-node.entity';

/** The consortium database of the hub (members, nodes, onboarding): used by Nest and by the TypeORM CLI (default export). */
export function consortiumDataSourceOptions(url: string): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [MemberEntity, MemberNodeEntity, OnboardingEntity, ChecklistItemEntity, NodeCircuitEntity],
    migrations: [
      ConsortiumRegistry1764201600000,
      MemberOnboarding1764547200000,
      NodeDownStatus1765065600000,
      MemberPlacement1765420000000,
      MemberDelegation1765420000001,
      NodeCircuits1765450000000,
      AuditLogOrg1765490000000,
    ],
    poolSize: 5,
  });
}

export default new DataSource(
  consortiumDataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kyodo_dev_consortium'),
);
