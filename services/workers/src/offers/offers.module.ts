import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { InstructionsModule } from '../instructions/instructions.module';
import { WorkNoticesModule } from '../notices/work-notices';
import { PartnerSharingModule } from '../sharing/sharing.module';
import { OfferBooking } from './offer-booking';
import { OffersResolver } from './offers.resolver';
import { OffersService } from './offers.service';
import { TaskCandidatesResolver } from './task-candidates.resolver';
import { TaskCandidatesService } from './task-candidates.service';

@Module({
  imports: [AssignmentsModule, PartnerSharingModule, InstructionsModule, WorkNoticesModule],
  providers: [OfferBooking, OffersService, OffersResolver, TaskCandidatesService, TaskCandidatesResolver],
})
export class OffersModule {}
