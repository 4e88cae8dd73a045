import { registerEnumType } from '@nestjs/graphql';

/** How a course is delivered. */
export enum CourseFormat {
  E_LEARNING = 'E_LEARNING',
  IN_PERSON = 'IN_PERSON',
  ONLINE_LIVE = 'ONLINE_LIVE',
}

registerEnumType(CourseFormat, { name: 'CourseFormat' });
