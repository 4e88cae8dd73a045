import { Module } from '@nestjs/common';
import { ClaimProgressResolver } from './claim-progress.resolver';
import { ClaimProgressService } from './claim-progress.service';
import { PartnerSharesService } from './partner-shares.service';

/**
 * A partner's side of 共同受注: booking within approved claims (used by assignments) and the
 * progress the owners of those claims see. POOL_CLAIM_SOURCE comes with the node's options.
 */
@Module({
  providers: [PartnerSharesService, ClaimProgressService, ClaimProgressResolver],
  exports: [PartnerSharesService],
})
export class PartnerSharingModule {}
