import { graphql } from '@mps/web-data-access';

export const MY_WORK_TASK_FRAGMENT = graphql(`
  fragment MyWorkTask on Task {
    id
    title
    description
    status
    dueAt
    overdue
    automatic
    statusChoices
    profile {
      id
      title
    }
    section {
      id
      number
      title
    }
    reviewCycle {
      id
    }
    assignee {
      id
      displayName
    }
    assigneeOrganization {
      id
      name
      acronym
    }
  }
`);

export const MY_WORK_QUERY = graphql(`
  query MyWork($workspaceId: ID!) {
    myWork(workspaceId: $workspaceId) {
      role
      organization {
        id
        name
        acronym
      }
      tasks {
        ...MyWorkTask
      }
      openTaskCount
      overdueTasks {
        ...MyWorkTask
      }
      overdueTaskCount
      sections {
        id
        number
        title
        status
        profile {
          id
          title
        }
      }
      signOffsDue {
        section {
          id
          number
          title
          profile {
            id
          }
        }
        reviewCycle {
          id
          title
          closesAt
        }
      }
      threadsAwaitingReply {
        id
        body
        anchor {
          quote
        }
        author {
          id
          displayName
        }
        organization {
          id
          name
          acronym
        }
        section {
          id
          number
          title
          profile {
            id
          }
        }
      }
      threadsAwaitingReplyCount
      closingCycles {
        id
        title
        closesAt
        profile {
          id
          title
        }
      }
    }
  }
`);

export const SET_TASK_STATUS_MUTATION = graphql(`
  mutation SetTaskStatus($id: ID!, $status: TaskStatus!) {
    setTaskStatus(id: $id, status: $status) {
      ...MyWorkTask
    }
  }
`);

export const CREATE_TASK_MUTATION = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      ...MyWorkTask
    }
  }
`);

/** What the new-task dialog offers: the workspace's profiles with their sections, organisations and people. */
export const TASK_FORM_OPTIONS_QUERY = graphql(`
  query TaskFormOptions($workspaceId: ID!) {
    workspace(id: $workspaceId) {
      id
      profiles {
        id
        title
        edition
        sections {
          id
          number
          title
          archived
        }
      }
      organizations {
        id
        name
        acronym
      }
      members {
        id
        role
        active
        user {
          id
          displayName
        }
        organization {
          id
          name
          acronym
        }
      }
    }
  }
`);

/** Task, review and assignment events of a profile: My work refetches when one arrives. */
export const MY_WORK_EVENTS_SUBSCRIPTION = graphql(`
  subscription MyWorkEvents($profileId: ID!) {
    profileEvents(profileId: $profileId) {
      type
      taskId
      actor {
        id
      }
    }
  }
`);
