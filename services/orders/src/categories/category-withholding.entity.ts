import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * 源泉徴収: whether pay for work of a business category is subject to withholding tax, as an
 * org admin of the member set it (the standard categories are shared, the setting is per org).
 * Assignments read it from here when they are booked; a category without a row withholds nothing.
 */
@Entity('category_withholding')
export class CategoryWithholdingEntity {
  @PrimaryColumn({ name: 'org_id' })
  orgId!: string;

  @PrimaryColumn()
  code!: string;

  @Column({ type: 'boolean' })
  withholding!: boolean;

  @Column({ name: 'updated_by' })
  updatedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
