import { graphql } from '../../gql';

// 共同受注 from a partner's side: other members' pool offers, the claims this org made at each
// owner's node, its own workers booked on them, and the month's settlement statements.

export const ConsortiumMembersQuery = graphql(`
  query PartnerConsortiumMembers {
    consortiumMembers {
      id
      name
      kind
      status
    }
  }
`);

export const ConsortiumCapacityQuery = graphql(`
  query PartnerConsortiumCapacity($from: String!, $to: String!) {
    consortiumCapacity(from: $from, to: $to) {
      orgId
      totalFreeMinutes
      byStage {
        stage
        workerCount
        availableMinutes
        bookedMinutes
        freeMinutes
      }
    }
  }
`);

export const OwnCapacityQuery = graphql(`
  query PartnerOwnCapacity($from: String!, $to: String!) {
    capacity(from: $from, to: $to) {
      orgId
      byStage {
        stage
        freeMinutes
      }
    }
  }
`);

export const ConsortiumPoolQuery = graphql(`
  query PartnerConsortiumPool($free: [StageFreeMinutesInput!]) {
    consortiumPool(first: 100, freeCapacity: $free) {
      nodes {
        id
        orgId
        taskId
        title
        hours
        approvedHours
        requiredStage
        skillTags
        requiredTrainings
        deadline
        rateYen
        clientLabel
      }
    }
  }
`);

export const ClaimPoolOfferMutation = graphql(`
  mutation PartnerClaimPoolOffer($ownerOrgId: String!, $offerId: ID!, $hours: Int!) {
    claimPoolOffer(orgId: $ownerOrgId, offerId: $offerId, hours: $hours) {
      id
      orgId
      status
      hours
    }
  }
`);

export const OwnerClaimsQuery = graphql(`
  query PartnerOwnerClaims($ownerOrgId: String!) {
    poolClaims(orgId: $ownerOrgId) {
      id
      orgId
      offerId
      claimantOrgId
      hours
      status
      decidedAt
      createdAt
      offer {
        id
        orgId
        taskId
        title
        requiredStage
        deadline
        rateYen
      }
    }
  }
`);

export const ClaimProgressQuery = graphql(`
  query PartnerClaimProgress($claimIds: [ID!]!) {
    claimProgress(claimIds: $claimIds) {
      claimId
      ownerOrgId
      approvedShareMinutes
      bookedMinutes
      approvedMinutes
      workers {
        pseudonym
        stage
        plannedMinutes
        approvedMinutes
      }
    }
  }
`);

export const OwnWorkersQuery = graphql(`
  query PartnerOwnWorkers {
    workers(first: 100, status: ACTIVE) {
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

export const StaffClaimMutation = graphql(`
  mutation PartnerStaffClaim($input: CreateAssignmentInput!) {
    createAssignment(input: $input) {
      orgId
      id
      workerId
    }
  }
`);

export const OwnerSettlementsQuery = graphql(`
  query PartnerOwnerSettlements($ownerOrgId: String!, $month: String) {
    settlementStatements(orgId: $ownerOrgId, month: $month) {
      id
      orgId
      partnerOrgId
      month
      approvedMinutes
      totalYen
      ownerConfirmedAt
      partnerConfirmedAt
      lines {
        claimId
        offerId
        title
        approvedMinutes
        rateYen
        amountYen
        adjustmentOf
      }
    }
  }
`);

export const ConfirmSettlementMutation = graphql(`
  mutation PartnerConfirmSettlement($ownerOrgId: String!, $id: ID!) {
    confirmSettlement(orgId: $ownerOrgId, id: $id) {
      id
      ownerConfirmedAt
      partnerConfirmedAt
    }
  }
`);
