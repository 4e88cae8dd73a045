import type { OnBehalfOf } from '@kyodo/subgraph';

/** What an org's node keeps of a course another member shares with the consortium. */
export interface SharedCourse {
  orgId: string;
  id: string;
  code: string;
  title: string;
}

/**
 * Other members' training nodes, as far as they share courses (研修の共有化).
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export interface PartnerCourses {
  /** The course if `orgId` shares it with the consortium; null when it has no such shared course. */
  sharedCourse(caller: OnBehalfOf, orgId: string, courseId: string): Promise<SharedCourse | null>;
}

export const PARTNER_COURSES = Symbol('PARTNER_COURSES');
