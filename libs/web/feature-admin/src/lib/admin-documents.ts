import { graphql } from '@mps/web-data-access';

// The rows' fields are fragments colocated with the components that render them
// (OrganisationRowFields in organisations-section.tsx, MemberRowFields in member-row.tsx):
// the query and every mutation that returns a row ask for the same fields, so the cache
// always holds a complete row and a new field is added in one place.

export const ADMIN_WORKSPACE_QUERY = graphql(`
  query AdminWorkspace($id: ID!) {
    workspace(id: $id) {
      id
      name
      myRole
      organizations {
        ...OrganisationRowFields
      }
      members {
        ...MemberRowFields
      }
      invitations {
        ...MemberRowFields
      }
    }
  }
`);

export const CREATE_ORGANIZATION_MUTATION = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      ...OrganisationRowFields
    }
  }
`);

export const RENAME_ORGANIZATION_MUTATION = graphql(`
  mutation RenameOrganization($id: ID!, $name: String!, $acronym: String) {
    renameOrganization(id: $id, name: $name, acronym: $acronym) {
      ...OrganisationRowFields
    }
  }
`);

export const ADD_MEMBER_MUTATION = graphql(`
  mutation AddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      ...MemberRowFields
    }
  }
`);

export const UPDATE_MEMBER_MUTATION = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      ...MemberRowFields
    }
  }
`);

export const DEACTIVATE_MEMBER_MUTATION = graphql(`
  mutation DeactivateMember($membershipId: ID!) {
    deactivateMember(membershipId: $membershipId) {
      id
      active
    }
  }
`);

export const RESEND_INVITATION_MUTATION = graphql(`
  mutation ResendInvitation($membershipId: ID!) {
    resendInvitation(membershipId: $membershipId) {
      ...MemberRowFields
    }
  }
`);

export const CANCEL_INVITATION_MUTATION = graphql(`
  mutation CancelInvitation($membershipId: ID!) {
    cancelInvitation(membershipId: $membershipId) {
      id
      status
    }
  }
`);
