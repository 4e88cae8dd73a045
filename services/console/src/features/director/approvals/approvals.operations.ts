import { graphql } from '../../../gql';

// 承認待ち: the org's submitted hours in one list (oldest day first), approved many at once
// (all or none: the server refuses the whole selection if one cannot be approved), or returned
// one at a time with the reason the worker will read. Each takes $orgId: 勤怠管理 is delegated to a
// municipality-run member's partner operator (acting-for.ts).

export const ApprovalQueueQuery = graphql(`
  query DirectorApprovalQueue($orgId: String) {
    submittedTimeEntries(orgId: $orgId, first: 200) {
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
    workers(orgId: $orgId, first: 100) {
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
  mutation DirectorApproveTimeEntries($orgId: String, $ids: [ID!]!) {
    approveTimeEntries(orgId: $orgId, ids: $ids) {
      orgId
      id
      status
    }
  }
`);

export const ReturnTimeEntryMutation = graphql(`
  mutation DirectorReturnTimeEntry($orgId: String, $id: ID!, $comment: String!) {
    returnTimeEntry(orgId: $orgId, id: $id, comment: $comment) {
      orgId
      id
      status
      reviewComment
    }
  }
`);
