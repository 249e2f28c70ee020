import { graphql } from '@mps/web-data-access';

export const AUDIT_EVENT_FIELDS = graphql(`
  fragment AuditEventRowFields on AuditEvent {
    id
    at
    action
    subjectType
    subjectId
    data
    sequence
    hash
    previousHash
    actor {
      id
      displayName
    }
  }
`);

export const AUDIT_LOG_QUERY = graphql(`
  query AuditLog($workspaceId: ID!, $first: Int, $after: String, $filter: AuditLogFilter) {
    auditLog(workspaceId: $workspaceId, first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          ...AuditEventRowFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The workspace's name and its members, for the page header and the "who" picker. */
export const AUDIT_WORKSPACE_QUERY = graphql(`
  query AuditWorkspace($id: ID!) {
    workspace(id: $id) {
      id
      name
      members {
        id
        user {
          id
          displayName
        }
      }
    }
  }
`);

export const AUDIT_CHAIN_STATUS_QUERY = graphql(`
  query AuditChainStatus($workspaceId: ID!) {
    auditChainStatus(workspaceId: $workspaceId) {
      ok
      events
      brokenAtSequence
      checkedAt
    }
  }
`);
