import { graphql } from '../../../gql';

// 研修とスキルマップ: the member's course catalogue, what promotes a worker to each stage, and who
// completed which course (on the training node); workers come from the workers node.

export const AdminCoursesQuery = graphql(`
  query AdminCourses {
    courses {
      orgId
      id
      code
      title
      category
      format
      durationMinutes
      visibility
    }
    promotionRules {
      orgId
      axis
      toStage
      requiredCourseCodes
      minWorkMinutes
    }
  }
`);

export const AdminCreateCourseMutation = graphql(`
  mutation AdminCreateCourse($input: CreateCourseInput!) {
    createCourse(input: $input) {
      orgId
      id
      code
    }
  }
`);

export const AdminSeedCatalogueMutation = graphql(`
  mutation AdminSeedCatalogue {
    seedCourseCatalogue {
      orgId
      id
    }
  }
`);

export const AdminTrainingWorkersQuery = graphql(`
  query AdminTrainingWorkers {
    workers(status: ACTIVE, first: 100) {
      nodes {
        orgId
        id
        familyName
        givenName
        itStage
        businessStage
      }
    }
  }
`);

// Everyone on the page in one question: asking per worker would be one request per row (N+1).
export const AdminWorkersEnrollmentsQuery = graphql(`
  query AdminWorkersEnrollments($workerIds: [ID!]!) {
    workersEnrollments(workerIds: $workerIds) {
      id
      orgId
      workerId
      courseCode
      courseTitle
      status
      completedAt
    }
  }
`);
