import { graphql } from '@mps/web-data-access';

/** One comment as the panel shows it: text, who and when, its passage, suggestion, disposition and what the caller may do. */
export const REVIEW_COMMENT_FIELDS = graphql(`
  fragment ReviewCommentFields on Comment {
    id
    parentId
    body
    createdAt
    internal
    resolved
    resolvedAt
    canResolve
    canAnswer
    author {
      id
      displayName
    }
    organization {
      id
      name
      acronym
    }
    resolvedBy {
      id
      displayName
    }
    anchor {
      revisionId
      start
      end
      quote
      orphaned
    }
    suggestion {
      text
      status
      declineReason
      answeredAt
    }
    suggestionAppliedIn {
      id
      number
    }
    disposition {
      value
      reason
      recordedAt
    }
    dispositionBy {
      id
      displayName
    }
    reviewCycle {
      id
      title
      status
    }
    revision {
      id
      number
    }
  }
`);

/** A thread: its opening comment and the replies, oldest first. */
export const REVIEW_THREAD_FIELDS = graphql(`
  fragment ReviewThreadFields on Comment {
    ...ReviewCommentFields
    replies {
      ...ReviewCommentFields
    }
  }
`);

export const SIGN_OFF_FIELDS = graphql(`
  fragment ReviewSignOffFields on SignOff {
    id
    decision
    note
    createdAt
    stale
    superseded
    organization {
      id
    }
    user {
      id
      displayName
    }
    revision {
      id
      number
    }
  }
`);

/**
 * The review side of one section: its threads (resolved ones too, filtered on screen), its sign-off state and the
 * cycles holding it. Operation name SectionReview: the profile screen refetches it by name on review events
 * (SECTION_REVIEW_QUERY_NAME in @mps/web-util).
 */
export const SECTION_REVIEW_QUERY = graphql(`
  query SectionReview($id: ID!) {
    section(id: $id) {
      id
      status
      canComment
      canSignOff
      currentRevision {
        id
        number
      }
      requiredSignatories {
        id
        name
        acronym
      }
      signOffs {
        ...ReviewSignOffFields
      }
      signOffHistory {
        ...ReviewSignOffFields
      }
      reviewCycles {
        id
        title
        status
        closesAt
        canComment
      }
      comments(includeResolved: true) {
        ...ReviewThreadFields
      }
    }
  }
`);

export const ADD_COMMENT_MUTATION = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...ReviewCommentFields
    }
  }
`);

export const RESOLVE_COMMENT_MUTATION = graphql(`
  mutation ResolveComment($id: ID!, $resolved: Boolean!) {
    resolveComment(id: $id, resolved: $resolved) {
      ...ReviewCommentFields
    }
  }
`);

export const DECLINE_SUGGESTION_MUTATION = graphql(`
  mutation DeclineSuggestion($commentId: ID!, $reason: String!) {
    declineSuggestion(commentId: $commentId, reason: $reason) {
      ...ReviewCommentFields
    }
  }
`);

export const SET_DISPOSITION_MUTATION = graphql(`
  mutation SetCommentDisposition($input: SetCommentDispositionInput!) {
    setCommentDisposition(input: $input) {
      ...ReviewCommentFields
    }
  }
`);

export const SIGN_OFF_MUTATION = graphql(`
  mutation SignOff($input: SignOffInput!) {
    signOff(input: $input) {
      ...ReviewSignOffFields
      section {
        id
        status
      }
    }
  }
`);
