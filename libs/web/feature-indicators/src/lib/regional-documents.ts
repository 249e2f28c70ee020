import { graphql } from '@mps/web-data-access';

export const REGIONAL_COMPARISON_QUERY = graphql(`
  query RegionalComparison($workspaceId: ID!, $indicatorCodes: [String!]!) {
    regionalComparison(workspaceId: $workspaceId, indicatorCodes: $indicatorCodes) {
      workspaceId
      countries {
        workspaceId
        name
        countryCode
        releases {
          id
          version
          edition
          profileTitle
          publishedAt
        }
      }
      available {
        code
        name
      }
      indicators {
        code
        name
        unit
        internationalReference
        definitionsDiffer
        definitions {
          workspaceId
          definition
          internationalReference
        }
      }
      periods
      cells {
        indicatorCode
        workspaceId
        period
        releaseVersion
        flags
        figures {
          value
          dataGap
          unit
          organizationName
          sourceType
          sourceName
          definition
          comparability
          comparabilityNote
          footnote
        }
      }
    }
  }
`);

export const REGIONAL_MEMBERS_QUERY = graphql(`
  query RegionalMembers($workspaceId: ID!, $withCandidates: Boolean!) {
    regionalMembers(workspaceId: $workspaceId) {
      workspaceId
      name
      countryCode
      addedAt
    }
    regionalMemberCandidates(workspaceId: $workspaceId) @include(if: $withCandidates) {
      workspaceId
      name
      countryCode
    }
  }
`);

export const ADD_REGIONAL_MEMBER_MUTATION = graphql(`
  mutation AddRegionalMember($workspaceId: ID!, $memberWorkspaceId: ID!) {
    addRegionalMember(workspaceId: $workspaceId, memberWorkspaceId: $memberWorkspaceId) {
      workspaceId
      name
    }
  }
`);

export const REMOVE_REGIONAL_MEMBER_MUTATION = graphql(`
  mutation RemoveRegionalMember($workspaceId: ID!, $memberWorkspaceId: ID!) {
    removeRegionalMember(workspaceId: $workspaceId, memberWorkspaceId: $memberWorkspaceId) {
      workspaceId
      name
    }
  }
`);
