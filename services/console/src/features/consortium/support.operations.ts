import { graphql } from '../../gql';

// The joint support body's registry view: members, their nodes as routing sees them, onboarding
// and its checklist.

export const MembersOverviewQuery = graphql(`
  query SupportMembersOverview {
    consortiumMembers {
      id
      name
      kind
      status
      prefecture
      operatingForm
      partnerOperatorId
      createdAt
    }
    memberNodes {
      id
      orgId
      subgraph
      url
      status
      schemaHash
      schemaProblem
      lastCheckedAt
      lastHealthyAt
      lastError
      circuits {
        gatewayId
        state
        reportedAt
      }
    }
  }
`);

export const SetMemberStatusMutation = graphql(`
  mutation SupportSetMemberStatus($id: String!, $status: MemberStatus!) {
    setMemberStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);

export const CheckNodeMutation = graphql(`
  mutation SupportCheckNode($id: ID!) {
    checkNode(id: $id) {
      id
      status
      schemaHash
      schemaProblem
      lastCheckedAt
      lastHealthyAt
      lastError
    }
  }
`);

export const MemberChecklistQuery = graphql(`
  query SupportMemberChecklist($orgId: String!) {
    onboardingChecklist(orgId: $orgId) {
      orgId
      code
      category
      title
      done
      doneAt
      doneBy
      tickableBy
    }
  }
`);

export const SetChecklistItemMutation = graphql(`
  mutation SupportSetChecklistItem($orgId: String!, $code: ChecklistItemCode!, $done: Boolean!) {
    setChecklistItem(orgId: $orgId, code: $code, done: $done) {
      orgId
      code
      done
      doneAt
      doneBy
    }
  }
`);

export const OnboardMemberMutation = graphql(`
  mutation SupportOnboardMember($input: OnboardMemberInput!) {
    onboardMember(input: $input) {
      orgId
      status
      firstAdminUsername
      temporaryPassword
      problem
      nodes {
        id
        subgraph
        url
        status
        schemaHash
        lastError
      }
    }
  }
`);

export const SeedStarterDataMutation = graphql(`
  mutation SupportSeedStarterData($orgId: String!) {
    seedStarterData(orgId: $orgId) {
      orgId
      status
      problem
    }
  }
`);
