import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getFragmentData } from '../gql';
import type { SessionUserFieldsFragment } from '../gql/graphql';
import type { DataClient, WebSession } from './graphql-client';
import { useQuery } from './graphql-hooks';
import { FetchSessionContext } from './authorized-fetch';
import { ACCEPT_INVITATION_MUTATION, LOGIN_MUTATION, LOGOUT_MUTATION, ME_QUERY, SESSION_USER_FIELDS } from './session-documents';
import { SESSION_MARKER_KEY, WORKSPACE_ID_KEY } from './storage-keys';

export type AuthStatus =
  /** This browser had a session: its refresh cookie is being exchanged for a new one. */
  | 'restoring'
  | 'signed-in'
  | 'signed-out'
  /** A session may exist but the server could not be reached to restore it. */
  | 'unreachable';

export type SignOutReason = 'logout' | 'expired' | 'other-tab' | null;
export type SessionUser = SessionUserFieldsFragment;
export type SessionMembership = SessionUser['memberships'][number];

export interface AuthContextValue {
  status: AuthStatus;
  /** The signed-in person, or null while signed out or still loading. */
  user: SessionUser | null;
  /** Active memberships of the signed-in person. */
  memberships: SessionMembership[];
  /** Set when the signed-in person's details could not be loaded (e.g. the server is down). */
  userError: unknown;
  /** Loads the signed-in person's details again (after userError). */
  reloadUser(): void;
  /** Why the last session ended (to explain it on the sign-in page). */
  signOutReason: SignOutReason;
  /** Throws the request's failure when the server refuses (UNAUTHENTICATED, RATE_LIMITED...). */
  login(email: string, password: string): Promise<SessionUser>;
  /** Accepts an e-mailed invitation by creating the account, and signs the new member in (throws like login). */
  acceptInvitation(input: { token: string; displayName: string; password: string }): Promise<SessionUser>;
  logout(): Promise<void>;
  /** Tries again to restore a session after the server was unreachable. */
  retryRestore(): void;
  /** The workspace the person last chose (persisted in localStorage `mps.workspaceId`). */
  currentWorkspaceId: string | null;
  setCurrentWorkspaceId(id: string | null): void;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

function readStoredWorkspaceId(): string | null {
  try {
    return window.localStorage.getItem(WORKSPACE_ID_KEY);
  } catch {
    return null;
  }
}

export interface AuthProviderProps {
  client: DataClient;
  session: WebSession;
  children: ReactNode;
}

export function AuthProvider({ client, session, children }: AuthProviderProps) {
  const [status, setStatus] = useState<AuthStatus>(() =>
    session.hasSession() ? 'signed-in' : session.hasStoredSession() ? 'restoring' : 'signed-out',
  );
  const [signOutReason, setSignOutReason] = useState<SignOutReason>(null);
  const [currentWorkspaceId, setWorkspaceState] = useState<string | null>(readStoredWorkspaceId);
  const [restoreAttempt, setRestoreAttempt] = useState(0);
  const restoring = useRef<number | null>(null);

  // Follow the session: sign-in, rotation and sign-out (including an expired refresh).
  useEffect(
    () =>
      session.subscribe((event) => {
        if (event.type === 'signed-in' || event.type === 'refreshed') {
          client.writeQuery({ query: ME_QUERY, data: { me: event.payload.user } });
          setSignOutReason(null);
          setStatus('signed-in');
        } else {
          setSignOutReason(event.reason);
          setStatus('signed-out');
          client.reset();
        }
      }),
    [client, session],
  );

  // Restore the session after a reload from the refresh cookie.
  useEffect(() => {
    if (session.hasSession() || !session.hasStoredSession()) return;
    if (restoring.current === restoreAttempt) return;
    restoring.current = restoreAttempt;
    setStatus('restoring');
    void session.refresh().then((outcome) => {
      if (outcome.status === 'unavailable') setStatus('unreachable');
      else if (outcome.status === 'rejected') setStatus('signed-out');
    });
  }, [session, restoreAttempt]);

  // Signing out in another tab ends this tab's session too.
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === SESSION_MARKER_KEY && e.newValue === null && session.hasSession()) session.signOut('other-tab');
      if (e.key === WORKSPACE_ID_KEY) setWorkspaceState(e.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [session]);

  const me = useQuery(ME_QUERY, { skip: status !== 'signed-in', fetchPolicy: 'cache-first' });
  const user = status === 'signed-in' ? getFragmentData(SESSION_USER_FIELDS, me.data?.me ?? null) : null;
  const userError = status === 'signed-in' && !me.data ? (me.error ?? null) : null;
  const { refetch: refetchMe } = me;
  const reloadUser = useCallback(() => void refetchMe().catch(() => undefined), [refetchMe]);

  const login = useCallback(
    async (email: string, password: string) => {
      const { data } = await client.mutate({ mutation: LOGIN_MUTATION, variables: { email, password } });
      if (!data) throw new Error('Empty login response');
      client.reset();
      session.signIn(data.login);
      return getFragmentData(SESSION_USER_FIELDS, data.login.user);
    },
    [client, session],
  );

  const acceptInvitation = useCallback(
    async (input: { token: string; displayName: string; password: string }) => {
      const { data } = await client.mutate({ mutation: ACCEPT_INVITATION_MUTATION, variables: { input } });
      if (!data) throw new Error('Empty acceptInvitation response');
      client.reset();
      session.signIn(data.acceptInvitation);
      return getFragmentData(SESSION_USER_FIELDS, data.acceptInvitation.user);
    },
    [client, session],
  );

  const logout = useCallback(async () => {
    if (session.hasSession() || session.hasStoredSession()) {
      // Tell the server (it ends the session and clears the cookie), but never keep the person waiting for it.
      const told = client.mutate({ mutation: LOGOUT_MUTATION }).catch(() => undefined);
      await Promise.race([told, new Promise((resolve) => setTimeout(resolve, 3000))]);
    }
    session.signOut('logout');
  }, [client, session]);

  const setCurrentWorkspaceId = useCallback((id: string | null) => {
    setWorkspaceState(id);
    try {
      if (id) window.localStorage.setItem(WORKSPACE_ID_KEY, id);
      else window.localStorage.removeItem(WORKSPACE_ID_KEY);
    } catch {
      /* storage blocked: the choice lasts for this page only */
    }
  }, []);

  const retryRestore = useCallback(() => setRestoreAttempt((n) => n + 1), []);

  const value = useMemo<AuthContextValue>(
    () => ({
      status,
      user,
      memberships: user?.memberships.filter((m) => m.active) ?? [],
      userError,
      reloadUser,
      signOutReason,
      login,
      acceptInvitation,
      logout,
      retryRestore,
      currentWorkspaceId,
      setCurrentWorkspaceId,
    }),
    [
      acceptInvitation,
      status,
      user,
      userError,
      reloadUser,
      signOutReason,
      login,
      logout,
      retryRestore,
      currentWorkspaceId,
      setCurrentWorkspaceId,
    ],
  );

  return (
    <AuthContext.Provider value={value}>
      <FetchSessionContext.Provider value={session}>{children}</FetchSessionContext.Provider>
    </AuthContext.Provider>
  );
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth() must be used inside <AuthProvider>');
  return value;
}
