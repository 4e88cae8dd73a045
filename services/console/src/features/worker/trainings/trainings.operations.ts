import { graphql } from '../../../gql';

// 研修: what the worker's work asks for (workers node), then what of it is missing and what was
// taken (training node). Two requests: the second needs the course codes of the first.
export const WorkerRequiredTrainingsQuery = graphql(`
  query WorkerRequiredTrainings {
    myAssignments {
      orgId
      id
      status
      requiredTrainings
    }
    myOffers(first: 50) {
      nodes {
        orgId
        id
        status
        myResponse
        requiredTrainings
      }
    }
  }
`);

export const WorkerTrainingsQuery = graphql(`
  query WorkerTrainings($courseCodes: [String!]!) {
    myEnrollments {
      orgId
      id
      courseCode
      courseTitle
      status
      enrolledAt
      completedAt
      score
    }
    myMissingTrainings(courseCodes: $courseCodes)
  }
`);
