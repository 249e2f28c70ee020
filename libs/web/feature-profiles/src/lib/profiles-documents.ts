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
      }
    }
  }
`);
