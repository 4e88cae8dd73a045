import type { GatewayClient, OnBehalfOf } from '@kyodo/subgraph';
import type { PartnerCourses, SharedCourse } from './partner-courses';

const SHARED = `query ($orgId: String) { sharedCourses(orgId: $orgId) { orgId id code title } }`;

/** Another member's shared catalogue, asked through the consortium gateway with the caller's token. */
export class GatewayPartnerCourses implements PartnerCourses {
  constructor(private readonly gateway: GatewayClient) {}

  async sharedCourse(caller: OnBehalfOf, orgId: string, courseId: string): Promise<SharedCourse | null> {
    const { sharedCourses } = await this.gateway.request<{ sharedCourses: SharedCourse[] }>(caller, SHARED, { orgId });
    return sharedCourses.find((course) => course.id === courseId) ?? null;
  }
}
