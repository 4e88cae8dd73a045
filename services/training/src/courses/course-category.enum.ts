import { registerEnumType } from '@nestjs/graphql';

/** The categories of the course catalogue (研修一覧). */
export enum CourseCategory {
  /** Business basics, information security, operating rules. */
  BASIC = 'BASIC',
  /** Windows, Office, specialised software. */
  IT_SKILL = 'IT_SKILL',
  BUSINESS_SKILL = 'BUSINESS_SKILL',
  /** 業務体験会: work trials */
  WORK_TRIAL = 'WORK_TRIAL',
  /** On-the-job training for one order. */
  ON_THE_JOB = 'ON_THE_JOB',
  CAREER = 'CAREER',
}

registerEnumType(CourseCategory, { name: 'CourseCategory' });
