import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RequirableCourseEntity } from './requirable-course.entity';
import { RequirableCoursesResolver } from './requirable-courses.resolver';
import { RequirableCoursesService } from './requirable-courses.service';

@Module({
  imports: [TypeOrmModule.forFeature([RequirableCourseEntity])],
  providers: [RequirableCoursesService, RequirableCoursesResolver],
  exports: [RequirableCoursesService],
})
export class RequirableCoursesModule {}
