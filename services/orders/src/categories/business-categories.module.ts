import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BusinessCategoriesResolver } from './business-categories.resolver';
import { BusinessCategoriesService } from './business-categories.service';
import { BusinessCategoryEntity } from './business-category.entity';
import { CategoryWithholdingEntity } from './category-withholding.entity';

@Module({
  imports: [TypeOrmModule.forFeature([BusinessCategoryEntity, CategoryWithholdingEntity])],
  providers: [BusinessCategoriesService, BusinessCategoriesResolver],
  exports: [BusinessCategoriesService],
})
export class BusinessCategoriesModule {}
