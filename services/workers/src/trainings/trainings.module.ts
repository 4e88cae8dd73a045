import { Module } from '@nestjs/common';
import { MeModule } from '../me/me.module';
import { CompletionCertificateService } from './completion-certificate.service';
import { TrainingsResolver } from './trainings.resolver';
import { TrainingsService } from './trainings.service';

/** A worker's own trainings, 修了証 and enrolments, asked of the org's training node (TRAINING_UPSTREAM, WORKERS_SERVICE_ACCOUNT from the app module). */
@Module({ imports: [MeModule], providers: [TrainingsService, CompletionCertificateService, TrainingsResolver] })
export class TrainingsModule {}
