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

export const PROFILE_OUTLINE_QUERY = graphql(`
  query ProfileOutline($id: ID!) {
    profile(id: $id) {
      id
      title
      edition
      createdAt
      workspace {
        id
        name
      }
      sections {
        id
        parentId
        number
        title
        position
        status
        assignedOrganizations {
          id
          name
          acronym
        }
      }
    }
  }
`);
