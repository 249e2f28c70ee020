import { graphql } from '@mps/web-data-access';

/** A thread's opening comment as the panel shows it: text, who and when, its passage, suggestion, disposition and what the caller may do. */
export const REVIEW_COMMENT_FIELDS = graphql(`
  fragment ReviewCommentFields on Comment {
    id
    parentId
    body
    createdAt
    internal
    resolved
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
    }
    suggestionAppliedIn {
      id
      number
    }
    disposition {
      value
      reason
    }
    dispositionBy {
      id
      displayName
    }
    reviewCycle {
      id
      status
    }
  }
`);

/** A reply: the discussion under a thread (no passage, suggestion or disposition of its own). */
export const REVIEW_REPLY_FIELDS = graphql(`
  fragment ReviewReplyFields on Comment {
    id
    parentId
    body
    createdAt
    author {
      id
      displayName
    }
    organization {
      id
      name
      acronym
    }
  }
`);

/** A thread: its opening comment and the replies, oldest first. */
export const REVIEW_THREAD_FIELDS = graphql(`
  fragment ReviewThreadFields on Comment {
    ...ReviewCommentFields
    replies {
      ...ReviewReplyFields
    }
  }
`);

export const SIGN_OFF_FIELDS = graphql(`
  fragment ReviewSignOffFields on SignOff {
    id
    decision
    note
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
 * The review side of one section, in two requests that each stay well inside the server's query cost limit: its
 * sign-off state and the cycles holding it (SectionReview), and its threads, resolved ones too, filtered on screen
 * (SectionThreads). The profile screen refetches both by name on review events (SECTION_REVIEW_QUERY_NAMES in
 * @mps/web-util).
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
      }
    }
  }
`);

export const SECTION_THREADS_QUERY = graphql(`
  query SectionThreads($id: ID!) {
    section(id: $id) {
      id
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
