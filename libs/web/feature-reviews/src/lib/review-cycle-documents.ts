import { graphql } from '@mps/web-data-access';

/** The list page: every profile of the workspace with the cycles the caller may see (the API filters them). */
export const REVIEW_CYCLES_LIST_QUERY = graphql(`
  query ReviewCyclesList($workspaceId: ID!) {
    workspace(id: $workspaceId) {
      id
      profiles {
        id
        title
        edition
        reviewCycles {
          ...ReviewCycleListItemFields
        }
      }
    }
  }
`);

/** What the opening form needs of the workspace: its profiles to choose from and its organisations. */
export const OPEN_CYCLE_WORKSPACE_QUERY = graphql(`
  query OpenCycleWorkspace($workspaceId: ID!) {
    workspace(id: $workspaceId) {
      id
      name
      profiles {
        id
        title
        edition
      }
      organizations {
        ...OpenCycleOrganisationFields
      }
    }
  }
`);

/** The chosen profile's outline, with the open cycle (if any) already holding each section. */
export const OPEN_CYCLE_PROFILE_QUERY = graphql(`
  query OpenCycleProfile($profileId: ID!) {
    profile(id: $profileId) {
      id
      title
      edition
      sections {
        ...OpenCycleSectionFields
      }
    }
  }
`);

export const OPEN_REVIEW_CYCLE_MUTATION = graphql(`
  mutation OpenReviewCycle($input: OpenReviewCycleInput!) {
    openReviewCycle(input: $input) {
      id
      title
      status
      closesAt
    }
  }
`);

/** The cycle page: header, progress, organisations and sections (everyone who may read the cycle). */
export const REVIEW_CYCLE_PAGE_QUERY = graphql(`
  query ReviewCyclePage($id: ID!) {
    reviewCycle(id: $id) {
      id
      ...ReviewCycleHeaderFields
      progress {
        ...ReviewCycleProgressFields
      }
      participants {
        id
        name
        acronym
        kind
      }
      requiredSignatories {
        id
        name
        acronym
        kind
      }
      sections {
        id
        number
        title
        status
      }
      profile {
        id
        title
        edition
        workspace {
          id
          name
          myRole
        }
      }
    }
  }
`);

/** The two matrices: coordinators and focal points only (the API answers FORBIDDEN to others, so they never ask). */
export const REVIEW_CYCLE_MATRICES_QUERY = graphql(`
  query ReviewCycleMatrices($id: ID!) {
    reviewCycle(id: $id) {
      id
      requiredSignatories {
        ...MatrixOrganisationFields
      }
      signOffMatrix {
        ...SignOffMatrixRowFields
      }
      commentResponses {
        ...ResponsesMatrixCommentFields
      }
    }
  }
`);

export const CLOSE_REVIEW_CYCLE_MUTATION = graphql(`
  mutation CloseReviewCycle($id: ID!) {
    closeReviewCycle(id: $id) {
      id
      ...ReviewCycleHeaderFields
    }
  }
`);
