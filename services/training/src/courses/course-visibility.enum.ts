import { registerEnumType } from '@nestjs/graphql';

/** Who may see a course: the org only, or every consortium member (研修の共有化). */
export enum CourseVisibility {
  LOCAL = 'LOCAL',
  CONSORTIUM = 'CONSORTIUM',
}

registerEnumType(CourseVisibility, { name: 'CourseVisibility' });
