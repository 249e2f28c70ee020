import { graphql } from '@mps/web-data-access';

export const ADMIN_WORKSPACE_QUERY = graphql(`
  query AdminWorkspace($id: ID!) {
    workspace(id: $id) {
      id
      name
      myRole
      organizations {
        id
        name
        acronym
        kind
        createdAt
      }
      members {
        id
        role
        active
        createdAt
        user {
          id
          email
          displayName
        }
        organization {
          id
          name
          acronym
        }
      }
    }
  }
`);

export const CREATE_ORGANIZATION_MUTATION = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
      acronym
      kind
      createdAt
    }
  }
`);

export const RENAME_ORGANIZATION_MUTATION = graphql(`
  mutation RenameOrganization($id: ID!, $name: String!, $acronym: String) {
    renameOrganization(id: $id, name: $name, acronym: $acronym) {
      id
      name
      acronym
      kind
      createdAt
    }
  }
`);

export const ADD_MEMBER_MUTATION = graphql(`
  mutation AddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      id
      role
      active
      createdAt
      user {
        id
        email
        displayName
      }
      organization {
        id
        name
        acronym
      }
    }
  }
`);

export const UPDATE_MEMBER_MUTATION = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      id
      role
      active
      organization {
        id
        name
        acronym
      }
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
