import { graphql } from '../../../gql';

// 職員ログイン: the member's directors and org admins, named by login name (no account ids).

export const AdminStaffLoginsQuery = graphql(`
  query AdminStaffLogins {
    staffLogins {
      username
      email
      familyName
      givenName
      role
      enabled
    }
  }
`);

export const AdminInviteStaffMutation = graphql(`
  mutation AdminInviteStaff($input: InviteStaffLoginInput!) {
    inviteStaffLogin(input: $input) {
      mailed
      temporaryPassword
      staffLogin {
        username
        role
      }
    }
  }
`);

export const AdminSetStaffRoleMutation = graphql(`
  mutation AdminSetStaffRole($username: String!, $role: StaffRole!) {
    setStaffLoginRole(username: $username, role: $role) {
      username
      role
    }
  }
`);

export const AdminSetStaffEnabledMutation = graphql(`
  mutation AdminSetStaffEnabled($username: String!, $enabled: Boolean!) {
    setStaffLoginEnabled(username: $username, enabled: $enabled) {
      username
      enabled
    }
  }
`);
