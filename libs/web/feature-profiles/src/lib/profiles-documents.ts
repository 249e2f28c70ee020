import { graphql } from '@mps/web-data-access';

export const WORKSPACE_PROFILES_QUERY = graphql(`
  query WorkspaceProfiles($id: ID!) {
    workspace(id: $id) {
      id
      name
      profiles {
        id
        title
        edition
        createdAt
        sections {
          id
        }
        releases {
          id
          version
          status
        }
      }
    }
  }
`);

export const CREATE_PROFILE_MUTATION = graphql(`
  mutation CreateProfile($input: CreateProfileInput!) {
    createProfile(input: $input) {
      id
      title
      edition
    }
  }
`);

export const START_NEXT_EDITION_MUTATION = graphql(`
  mutation StartNextEdition($input: StartNextEditionInput!) {
    startNextEdition(input: $input) {
      id
      title
      edition
    }
  }
`);
