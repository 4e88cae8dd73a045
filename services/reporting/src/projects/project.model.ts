import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A project (e.g. a wide-area project, 広域プロジェクト): a named group of members led by one of them. */
@ObjectType('Project')
export class ProjectModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: "The lead member: its org admin sets the project's targets, as the support body does." })
  leadOrgId!: string;

  @Field(() => [String], { description: 'Every member of the project, the lead included, by org id.' })
  memberOrgIds!: string[];

  @Field()
  createdAt!: Date;
}
