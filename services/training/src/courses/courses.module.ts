import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsortiumCatalogueResolver, ConsortiumCatalogueService } from './consortium-catalogue';
import { CourseEntity } from './course.entity';
import { CoursesResolver } from './courses.resolver';
import { CoursesService } from './courses.service';

@Module({
  imports: [TypeOrmModule.forFeature([CourseEntity])],
  providers: [CoursesService, CoursesResolver, ConsortiumCatalogueService, ConsortiumCatalogueResolver],
  exports: [CoursesService],
})
export class CoursesModule {}
