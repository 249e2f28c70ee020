import { graphql } from '@mps/web-data-access';

export const WORKSPACE_RELEASES_QUERY = graphql(`
  query WorkspaceReleases($id: ID!) {
    workspace(id: $id) {
      id
      name
      profiles {
        id
        title
        edition
        releases {
          id
          version
          status
          createdAt
          publishedAt
          withdrawnAt
          withdrawalReason
        }
      }
    }
  }
`);

export const RELEASE_READINESS_QUERY = graphql(`
  query ReleaseReadiness($profileId: ID!) {
    releaseReadiness(profileId: $profileId) {
      ready
      items {
        kind
        message
        sectionId
        reviewCycleId
      }
    }
  }
`);

export const RELEASE_QUERY = graphql(`
  query ReleaseDetail($id: ID!) {
    release(id: $id) {
      id
      version
      notes
      status
      createdAt
      publishedAt
      withdrawnAt
      withdrawalReason
      profileTitle
      edition
      sections {
        sectionId
        number
        title
        depth
        revisionNumber
      }
    }
  }
`);

export const PREPARE_RELEASE_MUTATION = graphql(`
  mutation PrepareRelease($input: PrepareReleaseInput!) {
    prepareRelease(input: $input) {
      id
      version
      status
    }
  }
`);

export const PUBLISH_RELEASE_MUTATION = graphql(`
  mutation PublishRelease($id: ID!) {
    publishRelease(id: $id) {
      id
      status
      publishedAt
    }
  }
`);

export const WITHDRAW_RELEASE_MUTATION = graphql(`
  mutation WithdrawRelease($id: ID!, $reason: String!) {
    withdrawRelease(id: $id, reason: $reason) {
      id
      status
      withdrawnAt
      withdrawalReason
    }
  }
`);
