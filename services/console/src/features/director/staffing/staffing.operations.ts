import { graphql } from '../../../gql';

// 要員配置: the task and its order's requirements, and the candidates the server ranks for the
// booking considered (taskCandidates): the eligible in order, the rest with every reason they are
// out. The console holds no eligibility rule of its own; the booking checks the same rules again.

export const StaffingQuery = graphql(`
  query DirectorStaffing($orderId: ID!) {
    order(id: $orderId) {
      orgId
      id
      title
      status
      deadline
      requiredStage
      requiredTrainings
      confidentiality
      contract {
        orgId
        id
        startsOn
        endsOn
      }
      tasks {
        orgId
        id
        title
        payBasis
        hours
        quantity
        payRateYen
      }
    }
  }
`);

export const TaskCandidatesQuery = graphql(`
  query DirectorTaskCandidates($taskOrgId: String!, $taskId: ID!, $periodFrom: String!, $periodTo: String!, $minutes: Int!) {
    taskCandidates(taskOrgId: $taskOrgId, taskId: $taskId, periodFrom: $periodFrom, periodTo: $periodTo, minutes: $minutes) {
      requiredTrainings
      eligible {
        reasons
        freeMinutes
        worker {
          orgId
          id
          familyName
          givenName
          familyNameKana
          givenNameKana
          itStage
          businessStage
          monthlyHourCap
        }
      }
      ineligible {
        reasons
        missingTrainings
        freeMinutes
        worker {
          orgId
          id
          familyName
          givenName
          familyNameKana
          givenNameKana
          itStage
          businessStage
          monthlyHourCap
        }
      }
    }
  }
`);

export const CreateAssignmentMutation = graphql(`
  mutation DirectorCreateAssignment($input: CreateAssignmentInput!) {
    createAssignment(input: $input) {
      orgId
      id
      workerId
    }
  }
`);

export const CreateOfferMutation = graphql(`
  mutation DirectorCreateOffer($input: CreateOfferInput!) {
    createOffer(input: $input) {
      orgId
      id
      status
      recipients {
        workerId
      }
    }
  }
`);
