import { graphql } from '../gql';

/** What the client keeps about the signed-in person (also the shape of the cached `me`). */
export const SESSION_USER_FIELDS = graphql(`
  fragment SessionUserFields on User {
    id
    email
    displayName
    isPlatformAdmin
    locale
    memberships {
      id
      role
      active
      workspace {
        id
        name
        slug
      }
      organization {
        id
        name
        acronym
        kind
      }
    }
  }
`);

/** Login, RefreshSession and Logout go with the cookie transport header (graphql-client.ts): the refresh token stays in its HttpOnly cookie. */
export const LOGIN_MUTATION = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      user {
        ...SessionUserFields
      }
    }
  }
`);

/** Accepting an e-mailed invitation by creating the account signs the new member in, like Login. */
export const ACCEPT_INVITATION_MUTATION = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      accessToken
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const REFRESH_SESSION_MUTATION = graphql(`
  mutation RefreshSession {
    refreshSession {
      accessToken
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);

export const ME_QUERY = graphql(`
  query Me {
    me {
      ...SessionUserFields
    }
  }
`);

/** Remembers the interface language on the account (every device, e-mails and downloads use it). */
export const SET_MY_LOCALE_MUTATION = graphql(`
  mutation SetMyLocale($locale: String!) {
    setMyLocale(locale: $locale) {
      id
      locale
    }
  }
`);

export const MY_WORKSPACES_QUERY = graphql(`
  query MyWorkspaces {
    workspaces {
      id
      name
      slug
      kind
      countryCode
      myRole
    }
  }
`);

/** Operations that must never trigger a refresh-and-retry (they are the session's own). */
export const SESSION_OPERATION_NAMES: ReadonlySet<string> = new Set(['Login', 'RefreshSession', 'Logout', 'AcceptInvitation']);
