import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { isUniqueViolation, uuidsOnly } from '@kyodo/database';
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
}
