import { graphql } from '@mps/web-data-access';

/**
 * The whole profile screen in one request: the outline with statuses and
 * assignments. Revision content is fetched only for the open section.
 */
export const PROFILE_SCREEN_QUERY = graphql(`
  query ProfileScreen($id: ID!) {
    profile(id: $id) {
      id
      title
      edition
      createdAt
      workspace {
        id
        name
        myRole
        organizations {
          id
          name
          acronym
        }
      }
      sections {
        ...OutlineSectionFields
      }
      reviewCycles {
        ...ReviewCycleNoticeFields
      }
    }
  }
`);

export const REVISION_FULL_FIELDS = graphql(`
  fragment RevisionFullFields on Revision {
    id
    number
    createdAt
    summary
    restoredFromId
    html
    text
    content
    contentHash
    author {
      id
      displayName
    }
  }
`);

/** The open section's current revision: html to read, content to edit, text to compare, and its byline. */
/** The open section: its current text (html for reading, JSON for editing) and its history. */
export const SECTION_QUERY = graphql(`
  query SectionContent($id: ID!) {
    section(id: $id) {
      id
      title
      number
      status
      canEdit
      assignedOrganizations {
        id
        name
        acronym
      }
      currentRevision {
        ...RevisionFullFields
      }
      revisions {
        ...RevisionSummaryFields
      }
    }
  }
`);

export const DIFF_REVISIONS_QUERY = graphql(`
  query DiffRevisions($fromId: ID!, $toId: ID!) {
    diffRevisions(fromId: $fromId, toId: $toId) {
      from {
        id
        number
        content
      }
      to {
        id
        number
        content
      }
    }
  }
`);

/** What a new revision changes on its section, so the cache updates without a refetch. */
export const SECTION_AFTER_SAVE_FIELDS = graphql(`
  fragment SectionAfterSaveFields on Section {
    id
    status
    currentRevision {
      id
    }
    revisions {
      ...RevisionSummaryFields
    }
  }
`);

export const SAVE_SECTION_MUTATION = graphql(`
  mutation SaveSection($input: SaveSectionInput!) {
    saveSection(input: $input) {
      id
      number
      ...RevisionFullFields
      section {
        ...SectionAfterSaveFields
      }
    }
  }
`);

export const RESTORE_REVISION_MUTATION = graphql(`
  mutation RestoreRevision($sectionId: ID!, $revisionId: ID!, $baseRevisionId: ID!) {
    restoreRevision(sectionId: $sectionId, revisionId: $revisionId, baseRevisionId: $baseRevisionId) {
      id
      number
      ...RevisionFullFields
      section {
        ...SectionAfterSaveFields
      }
    }
  }
`);

export const ADD_SECTION_MUTATION = graphql(`
  mutation AddSection($input: AddSectionInput!) {
    addSection(input: $input) {
      id
      title
    }
  }
`);

export const RENAME_SECTION_MUTATION = graphql(`
  mutation RenameSection($id: ID!, $title: String!) {
    renameSection(id: $id, title: $title) {
      id
      title
    }
  }
`);

export const MOVE_SECTION_MUTATION = graphql(`
  mutation MoveSection($input: MoveSectionInput!) {
    moveSection(input: $input) {
      id
      parentId
      position
    }
  }
`);

export const ARCHIVE_SECTION_MUTATION = graphql(`
  mutation ArchiveSection($id: ID!) {
    archiveSection(id: $id) {
      id
      archived
    }
  }
`);

export const ASSIGN_SECTION_MUTATION = graphql(`
  mutation AssignSection($sectionId: ID!, $organizationIds: [ID!]!) {
    assignSection(sectionId: $sectionId, organizationIds: $organizationIds) {
      id
      canEdit
      assignedOrganizations {
        id
        name
        acronym
      }
    }
  }
`);

/** What happens to a profile while it is open: saves and outline changes by anyone. */
export const PROFILE_EVENTS_SUBSCRIPTION = graphql(`
  subscription ProfileEvents($profileId: ID!) {
    profileEvents(profileId: $profileId) {
      type
      profileId
      sectionId
      commentId
      reviewCycleId
      at
      actor {
        id
        displayName
      }
    }
  }
`);

/** Shows this tab on the section while subscribed and answers who else has it open (docs/adr/0013-presence.md). */
export const SECTION_PRESENCE_SUBSCRIPTION = graphql(`
  subscription SectionPresence($sectionId: ID!, $activity: PresenceActivity!) {
    sectionPresence(sectionId: $sectionId, activity: $activity) {
      sectionId
      shown
      others {
        userId
        displayName
        organizationAcronym
        activity
      }
    }
  }
`);
