import { graphql } from '../../../gql';

// 作業記録: the worker's entries of a month with their status and the director's reasons.
export const WorkerEntriesQuery = graphql(`
  query WorkerEntries($month: String!) {
    myAssignments {
      orgId
      id
      taskTitle
      periodFrom
      periodTo
      status
      payBasis
    }
    myTimeEntries(month: $month) {
      orgId
      id
      assignmentId
      workDate
      minutes
      quantity
      note
      status
      reviewComment
      reviewedAt
      correctsEntryId
      payMonth
      createdAt
    }
  }
`);
