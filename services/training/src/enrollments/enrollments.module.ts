import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoursesModule } from '../courses/courses.module';
import { CompletionCertificateResolver } from './completion-certificate.resolver';
import { CompletionCertificateService } from './completion-certificate.service';
import { EnrollmentEntity } from './enrollment.entity';
import { EnrollmentsResolver } from './enrollments.resolver';
import { EnrollmentsService } from './enrollments.service';
import { OwnTrainingsService } from './own-trainings.service';

@Module({
  imports: [TypeOrmModule.forFeature([EnrollmentEntity]), CoursesModule],
  providers: [EnrollmentsService, OwnTrainingsService, EnrollmentsResolver, CompletionCertificateService, CompletionCertificateResolver],
  exports: [EnrollmentsService],
})
export class EnrollmentsModule {}
