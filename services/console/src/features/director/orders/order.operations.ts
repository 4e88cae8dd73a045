import { graphql } from '../../../gql';

// 案件: one order with what a director needs to move it along, and the steps themselves.

export const OrderQuery = graphql(`
  query DirectorOrder($id: ID!) {
    order(id: $id) {
      orgId
      id
      title
      category
      status
      valueYen
      estimatedHours
      deadline
      requiredStage
      requiredTrainings
      confidentiality
      taskHoursTotal
      taskValueTotal
      progress
      client {
        orgId
        id
        name
        sector
      }
      contract {
        orgId
        id
        type
        ndaSigned
        startsOn
        endsOn
      }
      feasibility {
        orgId
        id
        verdict
        periodFrom
        periodTo
        requiredMinutes
        shortMinutes
        checkedAt
        stages {
          stage
          requiredMinutes
          freeMinutes
          shortMinutes
        }
      }
      tasks {
        orgId
        id
        title
        payBasis
        hours
        quantity
        payRateYen
        valueYen
        status
        reviewComment
      }
      delivery {
        orgId
        id
        status
        amountYen
        note
        deliveredAt
        acceptedAt
        acceptanceNote
      }
    }
  }
`);

export const NewOrderOptionsQuery = graphql(`
  query DirectorNewOrderOptions {
    clients {
      orgId
      id
      name
      sector
    }
    contracts {
      orgId
      id
      clientId
      type
      ndaSigned
      startsOn
      endsOn
    }
    businessCategories {
      code
      sector
      nameJa
      nameEn
    }
  }
`);

export const CreateOrderMutation = graphql(`
  mutation DirectorCreateOrder($input: CreateOrderInput!) {
    createOrder(input: $input) {
      orgId
      id
    }
  }
`);

export const TransitionOrderMutation = graphql(`
  mutation DirectorTransitionOrder($id: ID!, $to: OrderStatus!) {
    transitionOrder(id: $id, to: $to) {
      orgId
      id
      status
    }
  }
`);

export const CheckFeasibilityMutation = graphql(`
  mutation DirectorCheckFeasibility($orderId: ID!) {
    checkFeasibility(orderId: $orderId) {
      orgId
      id
      verdict
    }
  }
`);

export const CreateTaskMutation = graphql(`
  mutation DirectorCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      orgId
      id
    }
  }
`);

export const PassTaskMutation = graphql(`
  mutation DirectorPassTask($id: ID!) {
    passTask(id: $id) {
      orgId
      id
      status
    }
  }
`);

export const ReturnTaskMutation = graphql(`
  mutation DirectorReturnTask($id: ID!, $comment: String!) {
    returnTask(id: $id, comment: $comment) {
      orgId
      id
      status
      reviewComment
    }
  }
`);

export const DeliverOrderMutation = graphql(`
  mutation DirectorDeliverOrder($input: DeliverOrderInput!) {
    deliverOrder(input: $input) {
      orgId
      id
      status
    }
  }
`);

export const AcceptDeliveryMutation = graphql(`
  mutation DirectorAcceptDelivery($id: ID!, $note: String) {
    acceptDelivery(id: $id, note: $note) {
      orgId
      id
      status
    }
  }
`);
