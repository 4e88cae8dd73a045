import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PromotionRuleEntity } from './promotion-rule.entity';

/** The codes of the courses one worker completed at this org. */
@ObjectType()
export class CompletedCourses {
  @Field(() => ID)
  workerId!: string;

  @Field(() => [String])
  courseCodes!: string[];
}

/**
 * What the workers node assesses promotion readiness against: the org's rules and the asked
 * workers' completions, in one answer (the workers node holds the stages and the approved work).
 */
@ObjectType()
export class PromotionBasis {
  @Field(() => [PromotionRuleEntity])
  rules!: PromotionRuleEntity[];

  @Field(() => [CompletedCourses], { description: 'One entry per asked worker with at least one completed course, in the order asked.' })
  completions!: CompletedCourses[];
}
