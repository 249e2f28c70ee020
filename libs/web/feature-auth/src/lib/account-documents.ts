import { graphql } from '@mps/web-data-access';

export const REQUEST_PASSWORD_RESET_MUTATION = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const RESET_PASSWORD_MUTATION = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

export const CHANGE_PASSWORD_MUTATION = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const INVITATION_FIELDS = graphql(`
  fragment InvitationFields on Invitation {
    id
    email
    workspaceName
    organizationName
    role
    expiresAt
    hasAccount
  }
`);

export const INVITATION_QUERY = graphql(`
  query InvitationByToken($token: String!) {
    invitation(token: $token) {
      ...InvitationFields
    }
  }
`);

export const MY_INVITATIONS_QUERY = graphql(`
  query MyInvitations {
    myInvitations {
      ...InvitationFields
    }
  }
`);

export const ACCEPT_MY_INVITATION_MUTATION = graphql(`
  mutation AcceptMyInvitation($membershipId: ID!) {
    acceptMyInvitation(membershipId: $membershipId) {
      id
      status
    }
  }
`);

export const DECLINE_MY_INVITATION_MUTATION = graphql(`
  mutation DeclineMyInvitation($membershipId: ID!) {
    declineMyInvitation(membershipId: $membershipId)
  }
`);
