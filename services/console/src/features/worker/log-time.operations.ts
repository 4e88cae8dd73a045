import { graphql } from '../../gql';

/** 作業時間の記録: one day's minutes; the idempotency key makes a retry return the first entry. */
export const LogTimeMutation = graphql(`
  mutation WorkerLogTime($input: LogTimeInput!) {
    logTime(input: $input) {
      orgId
      id
      assignmentId
      workDate
      minutes
      status
      payMonth
      correctsEntryId
    }
  }
`);
