import { graphql } from '../../../gql';

// 承認待ち: submitted hours. The API lists entries per assignment and assignments per worker
// (no org-wide "submitted entries" query yet), so the queue gathers them worker by worker.

export const ApprovalWorkersQuery = graphql(`
  query DirectorApprovalWorkers {
    workers(first: 100) {
      nodes {
        orgId
        id
        familyName
        givenName
      }
    }
  }
`);

export const WorkerAssignmentsQuery = graphql(`
  query DirectorWorkerAssignments($workerId: ID!) {
    workerAssignments(workerId: $workerId) {
      orgId
      id
      workerId
      periodFrom
      periodTo
      task {
        orgId
        id
        title
      }
    }
  }
`);

export const AssignmentEntriesQuery = graphql(`
  query DirectorAssignmentEntries($assignmentId: ID!) {
    timeEntries(assignmentId: $assignmentId) {
      orgId
      id
      assignmentId
      workerId
      workDate
      minutes
      quantity
      note
      status
      reviewComment
    }
  }
`);

export const ApproveTimeEntryMutation = graphql(`
  mutation DirectorApproveTimeEntry($id: ID!) {
    approveTimeEntry(id: $id) {
      orgId
      id
      status
    }
  }
`);

export const ReturnTimeEntryMutation = graphql(`
  mutation DirectorReturnTimeEntry($id: ID!, $comment: String!) {
    returnTimeEntry(id: $id, comment: $comment) {
      orgId
      id
      status
      reviewComment
    }
  }
`);
