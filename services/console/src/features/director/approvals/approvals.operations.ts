import { graphql } from '../../../gql';

// 承認待ち: the org's submitted hours in one list (oldest day first), approved many at once
// (all or none: the server refuses the whole selection if one cannot be approved), or returned
// one at a time with the reason the worker will read.

export const ApprovalQueueQuery = graphql(`
  query DirectorApprovalQueue {
    submittedTimeEntries(first: 200) {
      orgId
      id
      workerId
      workDate
      minutes
      quantity
      note
      assignment {
        orgId
        id
        task {
          orgId
          id
          title
        }
      }
    }
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

export const ApproveTimeEntriesMutation = graphql(`
  mutation DirectorApproveTimeEntries($ids: [ID!]!) {
    approveTimeEntries(ids: $ids) {
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
