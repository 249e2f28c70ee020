import { graphql } from '@mps/web-data-access';

export const CREATE_WORKSPACE_MUTATION = graphql(`
  mutation CreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) {
      id
      name
      slug
      kind
      countryCode
      myRole
      createdAt
    }
  }
`);

/** The new workspace's first organisation (the coordinator's own). */
export const CREATE_FIRST_ORGANIZATION_MUTATION = graphql(`
  mutation CreateFirstOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
    }
  }
`);

/** The new workspace's first coordinator. */
export const ADD_FIRST_COORDINATOR_MUTATION = graphql(`
  mutation AddFirstCoordinator($input: AddMemberInput!) {
    addMember(input: $input) {
      id
    }
  }
`);
