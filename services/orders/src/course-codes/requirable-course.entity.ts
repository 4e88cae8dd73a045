import { Field, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A course code an order may name among its required trainings. The course catalogue itself
 * lives in the training node, and the orders node asks no other node (one direction per pair:
 * workers ask orders and training), so the orders node keeps its own list of the codes it
 * accepts: the consortium's standard catalogue (org_id null, seeded by migration) and the codes
 * an org admin registers for the member's own courses or courses other members share.
 */
@ObjectType('RequirableCourse')
@Entity('requirable_courses')
export class RequirableCourseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'Course code as the training catalogue has it, e.g. SEC-BASIC.' })
  @Column()
  code!: string;

  @Field()
  @Column()
  title!: string;

  @Field(() => String, { nullable: true, description: "The member that registered it; null for the consortium's standard catalogue." })
  @Column({ name: 'org_id', type: 'text', nullable: true })
  orgId!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
