import { graphql } from '../../../gql';

// 要員配置: the task, its order's requirements, and the org's active workers to rank.
// The API has no "eligible workers" query yet, so the console ranks the workers it may list by
// what it can see (stage, NDA, monthly cap) and the server still refuses a booking that breaks a
// rule (STAGE_TOO_LOW, TRAINING_MISSING, CAPACITY_EXCEEDED) — the console only explains.

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
    workers(first: 100, status: ACTIVE) {
      nodes {
        orgId
        id
        familyName
        givenName
        familyNameKana
        givenNameKana
        itStage
        businessStage
        ndaSignedOn
        monthlyHourCap
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
