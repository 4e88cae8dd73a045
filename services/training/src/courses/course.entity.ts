import { Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { ORG_SCOPED_KEY } from '@kyodo/domain';
import { OrgScopedEntity } from '@kyodo/subgraph';
import { CourseCategory } from './course-category.enum';
import { CourseFormat } from './course-format.enum';
import { CourseVisibility } from './course-visibility.enum';

/** A course in the org's training catalogue. */
@ObjectType('Course')
@Directive(ORG_SCOPED_KEY)
@Entity('courses')
export class CourseEntity extends OrgScopedEntity {
  @Field({ description: 'Short code, unique within the org, e.g. SEC-101.' })
  @Column()
  code!: string;

  @Field()
  @Column()
  title!: string;

  @Field(() => CourseCategory)
  @Column({ type: 'text' })
  category!: CourseCategory;

  @Field(() => CourseFormat)
  @Column({ type: 'text' })
  format!: CourseFormat;

  @Field(() => Int)
  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  @Field()
  @Column({ default: '' })
  description!: string;

  @Field(() => CourseVisibility)
  @Column({ type: 'text', default: CourseVisibility.LOCAL })
  visibility!: CourseVisibility;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
