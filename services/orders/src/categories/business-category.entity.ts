import { Field, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { ClientSector } from '../clients/client-sector.enum';

/** 業務分類: a business category an order is filed under; reporting aggregates by it. */
@ObjectType('BusinessCategory')
@Entity('business_categories')
export class BusinessCategoryEntity {
  @Field({ description: 'Stable code, e.g. DATA_ENTRY.' })
  @PrimaryColumn()
  code!: string;

  @Field(() => ClientSector, { description: 'PUBLIC categories serve every client; PRIVATE ones only private-sector clients.' })
  @Column({ type: 'text' })
  sector!: ClientSector;

  @Field()
  @Column({ name: 'name_ja' })
  nameJa!: string;

  @Field()
  @Column({ name: 'name_en' })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'The member that added the category; null for the standard list.' })
  @Column({ name: 'org_id', type: 'text', nullable: true })
  orgId!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** Not a column: the org's setting (category_withholding), filled in by BusinessCategoriesService. */
  @Field({ description: "Whether pay for the category's work is subject to withholding tax (源泉徴収) at this org; set by an org admin." })
  withholding!: boolean;
}
