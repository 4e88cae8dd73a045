import type { GatewayClient, OnBehalfOf } from '@kyodo/subgraph';
import { SharedCoursesDocument } from './gql/graphql';
import type { PartnerCourses, SharedCourse } from './partner-courses';

/** Another member's shared catalogue, asked through the consortium gateway with the caller's token. */
export class GatewayPartnerCourses implements PartnerCourses {
  constructor(private readonly gateway: GatewayClient) {}

  async sharedCourse(caller: OnBehalfOf, orgId: string, courseId: string): Promise<SharedCourse | null> {
    const { sharedCourses } = await this.gateway.execute(caller, SharedCoursesDocument, { orgId });
    return sharedCourses.find((course) => course.id === courseId) ?? null;
  }
}
