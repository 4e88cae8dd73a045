import { graphql } from '../../gql';

// 今日の作業: everything the home screen shows comes from the worker's own workers node in one
// request (assignments, the week's entries, what waits for an answer), so a slow phone waits for
// one round trip. A week that spans a month's end asks for both months.
export const WorkerHomeQuery = graphql(`
  query WorkerHome($month: String!, $otherMonth: String!, $oneMonth: Boolean!) {
    myAssignments {
      orgId
      id
      taskOrgId
      taskId
      taskTitle
      orderTitle
      clientLabel
      deadline
      periodFrom
      periodTo
      status
      payBasis
      hourlyRateYen
      pieceRateYen
      plannedMinutes
      loggedMinutes
      approvedMinutes
    }
    weekEntries: myTimeEntries(month: $month) {
      orgId
      id
      assignmentId
      workDate
      minutes
      status
      correctsEntryId
    }
    otherMonthEntries: myTimeEntries(month: $otherMonth) @skip(if: $oneMonth) {
      orgId
      id
      assignmentId
      workDate
      minutes
      status
      correctsEntryId
    }
    myOffers(first: 20) {
      nodes {
        orgId
        id
        status
        myResponse
      }
    }
    myCommissionTerms {
      orgId
      id
      acceptedAt
    }
    myBasicContracts {
      orgId
      id
      acceptedAt
    }
  }
`);
