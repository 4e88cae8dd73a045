import { graphql } from '../../../gql';

// 登録ワーカー: the org admin's list of the member's workers, registration, corrections, status,
// stage overrides (through the skill map on the training node), logins and certificates.

export const AdminWorkersQuery = graphql(`
  query AdminWorkers($status: WorkerStatus, $after: String) {
    workers(status: $status, first: 50, after: $after) {
      nodes {
        orgId
        id
        status
        familyName
        givenName
        familyNameKana
        givenNameKana
        email
        phone
        address
        contractStart
        contractEnd
        ndaSignedOn
        itStage
        businessStage
        skillTags
        monthlyHourCap
        consortiumConsent
        hasLogin
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const AdminRegisterWorkerMutation = graphql(`
  mutation AdminRegisterWorker($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      orgId
      id
      familyName
      givenName
    }
  }
`);

export const AdminUpdateWorkerMutation = graphql(`
  mutation AdminUpdateWorker($id: ID!, $input: UpdateWorkerInput!) {
    updateWorker(id: $id, input: $input) {
      orgId
      id
      familyName
      givenName
      familyNameKana
      givenNameKana
      email
      phone
      address
      contractStart
      contractEnd
      ndaSignedOn
      monthlyHourCap
      consortiumConsent
    }
  }
`);

export const AdminSetWorkerStatusMutation = graphql(`
  mutation AdminSetWorkerStatus($id: ID!, $status: WorkerStatus!) {
    setWorkerStatus(id: $id, status: $status) {
      orgId
      id
      status
    }
  }
`);

export const AdminInviteWorkerLoginMutation = graphql(`
  mutation AdminInviteWorkerLogin($id: ID!) {
    inviteWorkerLogin(id: $id) {
      mailed
      temporaryPassword
      worker {
        orgId
        id
        hasLogin
      }
    }
  }
`);

export const AdminOverrideStageMutation = graphql(`
  mutation AdminOverrideStage($workerId: ID!, $axis: SkillAxis!, $stage: SkillStageV2!, $reason: String!) {
    overrideSkillStage(workerId: $workerId, axis: $axis, stage: $stage, reason: $reason) {
      id
    }
  }
`);

export const AdminSensitiveNotesQuery = graphql(`
  query AdminSensitiveNotes($id: ID!) {
    workerSensitiveNotes(id: $id)
  }
`);

export const AdminSetSensitiveNotesMutation = graphql(`
  mutation AdminSetSensitiveNotes($id: ID!, $notes: String) {
    setWorkerSensitiveNotes(id: $id, notes: $notes)
  }
`);

export const AdminCertificatesQuery = graphql(`
  query AdminCertificates($workerId: ID!, $from: String!, $to: String!) {
    workCertificate(workerId: $workerId, from: $from, to: $to) {
      filename
      base64
    }
    paymentCertificate(workerId: $workerId, from: $from, to: $to) {
      filename
      base64
    }
  }
`);
