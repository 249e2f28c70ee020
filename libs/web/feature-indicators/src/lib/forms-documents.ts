import { graphql } from '@mps/web-data-access';

export const CREATE_INDICATOR_MUTATION = graphql(`
  mutation CreateIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      id
      code
    }
  }
`);

export const UPDATE_INDICATOR_MUTATION = graphql(`
  mutation UpdateIndicator($id: ID!, $input: IndicatorInput!) {
    updateIndicator(id: $id, input: $input) {
      id
      code
      name
      unit
      definition
      internationalReference
      gmgPart
      sdgTarget
      gcmObjective
      toBeConfirmed
    }
  }
`);

export const RECORD_DATA_POINT_MUTATION = graphql(`
  mutation RecordDataPoint($input: RecordDataPointInput!) {
    recordDataPoint(input: $input) {
      id
      value
      period
    }
  }
`);

export const ADOPT_CATALOGUE_MUTATION = graphql(`
  mutation AdoptIndicatorCatalogue($input: AdoptIndicatorCatalogueInput!) {
    adoptIndicatorCatalogue(input: $input) {
      id
      number
    }
  }
`);

export const FOLLOW_CATALOGUE_VERSION_MUTATION = graphql(`
  mutation FollowCatalogueVersion($profileId: ID!, $catalogueVersionId: ID!) {
    followCatalogueVersion(profileId: $profileId, catalogueVersionId: $catalogueVersionId) {
      id
      number
    }
  }
`);

export const WORKSPACE_FOR_FORMS_QUERY = graphql(`
  query IndicatorFormsWorkspace($id: ID!) {
    workspace(id: $id) {
      id
      organizations {
        id
        name
        acronym
      }
      profiles {
        id
        title
        edition
        catalogueVersion {
          id
          number
        }
      }
    }
  }
`);
