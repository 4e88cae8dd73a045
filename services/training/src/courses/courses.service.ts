import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit, isUniqueViolation, uuidsOnly } from '@kyodo/database';
import { COURSE_CATALOGUE_TEMPLATE } from './course-catalogue.template';
import { CourseVisibility } from './course-visibility.enum';
import { CourseEntity } from './course.entity';
import { CoursesError } from './courses.errors';
import { CreateCourseInput } from './dto/create-course.input';

const CODE_INDEX = 'courses_org_code';

@Injectable()
export class CoursesService {
  constructor(@InjectRepository(CourseEntity) private readonly courses: Repository<CourseEntity>) {}

  list(orgId: string): Promise<CourseEntity[]> {
    return this.courses.find({ where: { orgId }, order: { code: 'ASC' } });
  }

  /** What the org shares with the consortium (研修の共有化): all any member may see of its catalogue. */
  listShared(orgId: string): Promise<CourseEntity[]> {
    return this.courses.find({ where: { orgId, visibility: CourseVisibility.CONSORTIUM }, order: { code: 'ASC' } });
  }

  get(orgId: string, id: string): Promise<CourseEntity | null> {
    return this.courses.findOneBy({ orgId, id });
  }

  /** Ids that are not UUIDs cannot match and would make PostgreSQL fail the whole batch. */
  async getMany(orgId: string, ids: readonly string[]): Promise<CourseEntity[]> {
    const valid = uuidsOnly(ids);
    return valid.length === 0 ? [] : this.courses.findBy({ orgId, id: In(valid) });
  }

  /** The unique index decides a code clash, so two concurrent creates cannot both win. */
  async create(orgId: string, input: CreateCourseInput): Promise<CourseEntity> {
    try {
      return await this.courses.save(
        this.courses.create({
          orgId,
          code: input.code,
          title: input.title,
          category: input.category,
          format: input.format,
          durationMinutes: input.durationMinutes,
          description: input.description,
          visibility: input.visibility,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error, CODE_INDEX)) {
        throw new CoursesError('COURSE_CODE_TAKEN', `Org ${orgId} already has a course ${input.code}.`, { code: input.code });
      }
      throw error;
    }
  }

  /**
   * Copies the catalogue template into the org's catalogue. Idempotent: a code the org already
   * has (seeded before, or the org's own course) is kept as it is, so a rerun never overwrites
   * a member's edits. Returns the whole catalogue.
   */
  async seedCatalogue(orgId: string, actor: AuthContext): Promise<CourseEntity[]> {
    await this.courses.manager.transaction(async (manager) => {
      const inserted: { code: string }[] = await manager.query(
        `INSERT INTO courses (org_id, code, title, category, format, duration_minutes, description)
         SELECT $1, t.code, t.title, t.category, t.format, t.duration_minutes, t.description
         FROM jsonb_to_recordset($2::jsonb) AS t(code text, title text, category text, format text, duration_minutes integer, description text)
         ON CONFLICT (org_id, code) DO NOTHING
         RETURNING code`,
        [
          orgId,
          JSON.stringify(
            COURSE_CATALOGUE_TEMPLATE.map(({ durationMinutes, ...course }) => ({ ...course, duration_minutes: durationMinutes })),
          ),
        ],
      );
      if (inserted.length === 0) return;
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'course-catalogue.seed',
        entityType: 'CourseCatalogue',
        entityId: orgId,
        detail: { added: inserted.map((row) => row.code) },
      });
    });
    return this.list(orgId);
  }
}
