import { DomainError } from '@kyodo/subgraph';

/** Every way a courses operation is refused. */
export type CoursesErrorCode = 'COURSE_CODE_TAKEN';

export class CoursesError extends DomainError<CoursesErrorCode> {}
