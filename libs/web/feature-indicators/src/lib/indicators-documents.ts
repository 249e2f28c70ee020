import { graphql } from '@mps/web-data-access';

export const INDICATORS_QUERY = graphql(`
  query WorkspaceIndicators($workspaceId: ID!) {
    indicators(workspaceId: $workspaceId) {
      id
      code
      name
      unit
      gmgPart
      toBeConfirmed
      dataPoints {
        id
        period
      }
    }
    differingFigures(workspaceId: $workspaceId, unresolvedOnly: true) {
      indicatorId
      period
      sex
      ageGroup
      countryCode
      indicator {
        id
        code
        name
      }
    }
    indicatorCatalogueVersions(workspaceId: $workspaceId) {
      id
      number
      decision
      adoptedOn
    }
  }
`);

export const INDICATOR_QUERY = graphql(`
  query IndicatorDetail($id: ID!) {
    indicator(id: $id) {
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
      dataPoints {
        id
        value
        dataGap
        unit
        period
        sex
        ageGroup
        countryCode
        sourceType
        sourceName
        nationalDefinition
        comparability
        comparabilityNote
        note
        organization {
          id
          name
          acronym
        }
      }
      differingFigures {
        period
        sex
        ageGroup
        countryCode
        figures {
          id
          value
          dataGap
          unit
          sourceType
          sourceName
          nationalDefinition
          comparability
          organization {
            id
            name
            acronym
          }
        }
        resolution {
          chosenDataPointId
          footnote
          resolvedAt
        }
      }
    }
  }
`);

export const INDICATOR_SERIES_QUERY = graphql(`
  query IndicatorSeries($indicatorId: ID!) {
    indicatorSeries(indicatorId: $indicatorId) {
      points {
        period
        value
        dataGap
        organizationName
        comparability
        differing
      }
      editions {
        releaseId
        version
        edition
        points {
          period
          value
          dataGap
          organizationName
          differing
        }
      }
    }
  }
`);

export const RESOLVE_DIFFERING_MUTATION = graphql(`
  mutation ResolveDifferingFigures($input: ResolveDifferingFiguresInput!) {
    resolveDifferingFigures(input: $input) {
      period
      resolution {
        chosenDataPointId
        footnote
        resolvedAt
      }
    }
  }
`);

export const IMPORT_PREVIEW_QUERY = graphql(`
  query IndicatorImportPreview($input: IndicatorDataFileInput!) {
    indicatorImportPreview(input: $input) {
      fileName
      rowCount
      addCount
      replaceCount
      problemCount
      problems {
        row
        column
        message
      }
      rows {
        row
        indicatorCode
        period
        value
        dataGap
        unit
        sex
        ageGroup
        countryCode
        organizationName
        sourceType
        comparability
        replaces
      }
    }
  }
`);

export const IMPORT_MUTATION = graphql(`
  mutation ImportIndicatorData($input: IndicatorDataFileInput!) {
    importIndicatorData(input: $input) {
      id
      fileName
      addedCount
      replacedCount
    }
  }
`);
