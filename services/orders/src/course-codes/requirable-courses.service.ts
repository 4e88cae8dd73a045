import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit, isUniqueViolation } from '@kyodo/database';
import { OrdersError } from '../orders/orders.errors';
import { RegisterRequirableCourseInput } from './dto/register-requirable-course.input';
import { RequirableCourseEntity } from './requirable-course.entity';

@Injectable()
export class RequirableCoursesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(RequirableCourseEntity) private readonly courses: Repository<RequirableCourseEntity>,
  ) {}

  /** The consortium's standard codes and the org's own, never another org's registrations. */
  list(orgId: string): Promise<RequirableCourseEntity[]> {
    return this.courses.find({ where: [{ orgId: IsNull() }, { orgId }], order: { code: 'ASC' } });
  }

  /** The codes among `codes` that neither the standard list nor the org's own registrations know. */
  async unknownCodes(orgId: string, codes: readonly string[]): Promise<string[]> {
    const wanted = [...new Set(codes)];
    if (wanted.length === 0) return [];
    const known = await this.courses.find({
      select: { code: true },
      where: [
        { orgId: IsNull(), code: In(wanted) },
        { orgId, code: In(wanted) },
      ],
    });
    const knownCodes = new Set(known.map((c) => c.code));
    return wanted.filter((code) => !knownCodes.has(code));
  }

  async register(auth: AuthContext, orgId: string, input: RegisterRequirableCourseInput): Promise<RequirableCourseEntity> {
    // The unique index holds per org; a code of the standard list is refused here too.
    if ((await this.unknownCodes(orgId, [input.code])).length === 0)
      throw new OrdersError('COURSE_CODE_EXISTS', `Course code ${input.code} is known already.`, { code: input.code });
    return this.dataSource
      .transaction(async (manager) => {
        const course = await manager.save(manager.create(RequirableCourseEntity, { orgId, code: input.code, title: input.title }));
        await appendAudit(manager, {
          actorId: auth.userId,
          actorOrgId: auth.orgId,
          action: 'requirable-course.register',
          entityType: 'requirable-course',
          entityId: course.id,
          detail: { code: input.code, title: input.title },
        });
        return course;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error))
          throw new OrdersError('COURSE_CODE_EXISTS', `Course code ${input.code} is known already.`, { code: input.code });
        throw error;
      });
  }
}
