import { graphql } from '../../../gql';

// 依頼と契約: offers made to the worker, the 作業委託契約 of each assignment and the basic contract.
export const WorkerOffersQuery = graphql(`
  query WorkerOffers {
    myOffers(first: 50) {
      nodes {
        orgId
        id
        status
        mode
        myResponse
        myMinutes
        taskTitle
        orderTitle
        clientLabel
        note
        periodFrom
        periodTo
        totalMinutes
        minimumMinutes
        remainingMinutes
        payBasis
        hourlyRateYen
        pieceRateYen
        withholding
        confidential
        requiredTrainings
      }
    }
    myAssignments {
      orgId
      id
      taskTitle
    }
    myCommissionTerms {
      orgId
      id
      assignmentId
      version
      sha256
      issuedAt
      acceptedAt
      commissioner
      workDescription
      payBasis
      rateYen
      paymentRule
      deliveryDate
      deliveryPlace
    }
    myBasicContracts {
      orgId
      id
      version
      title
      body
      sha256
      issuedAt
      acceptedAt
    }
  }
`);

export const AcceptOfferMutation = graphql(`
  mutation WorkerAcceptOffer($offerId: ID!, $minutes: Int!) {
    acceptOffer(offerId: $offerId, minutes: $minutes) {
      orgId
      id
      status
      myResponse
      myMinutes
      myAssignmentId
      remainingMinutes
    }
  }
`);

export const DeclineOfferMutation = graphql(`
  mutation WorkerDeclineOffer($offerId: ID!) {
    declineOffer(offerId: $offerId) {
      orgId
      id
      status
      myResponse
    }
  }
`);

export const CommissionTermsPdfQuery = graphql(`
  query WorkerCommissionTermsPdf($id: ID!) {
    commissionTermsPdf(id: $id) {
      filename
      contentType
      base64
    }
  }
`);

export const AcceptCommissionTermsMutation = graphql(`
  mutation WorkerAcceptCommissionTerms($id: ID!, $sha256: String!) {
    acceptCommissionTerms(id: $id, sha256: $sha256) {
      orgId
      id
      acceptedAt
    }
  }
`);

export const AcceptBasicContractMutation = graphql(`
  mutation WorkerAcceptBasicContract($id: ID!, $sha256: String!) {
    acceptBasicContract(id: $id, sha256: $sha256) {
      orgId
      id
      acceptedAt
    }
  }
`);
