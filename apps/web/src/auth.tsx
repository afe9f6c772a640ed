import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import {
  api,
  COOKIE_MODE,
  endSession,
  getJson,
  refreshSession,
  setAccessToken,
  toApiError,
  type AuthResult,
  type User,
} from './api/client';
import { maybeSignedIn, SIGNED_IN_FLAG } from './api/session-flag';
import type { Me } from './api/types';

export type Role = User['role'];

interface Auth {
  /** null when logged out; undefined while a reload restores the session. */
  me: Me | null | undefined;
  user: User | null;
  login(email: string, password: string): Promise<Me>;
  /** Starts the session an account link answered (verify-email, claim, join) in cookie mode. */
  acceptSession(result: AuthResult): Promise<Me>;
  logout(): Promise<void>;
  /** Re-reads /me, e.g. after the profile or the organisation changed. */
  reload(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

/**
 * Who is logged in. The access token stays in memory; on a reload the session comes back from
 * the HttpOnly refresh cookie (ADR 0022). A logout in one tab ends the others (storage event).
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(() => (maybeSignedIn() ? undefined : null));

  const reload = useCallback(async () => {
    setMe(await getJson<Me>('/api/v1/me'));
  }, []);

  useEffect(() => {
    if (me !== undefined) return;
    void refreshSession().then(async (ok) => {
      if (!ok) return setMe(null);
      await reload().catch(() => setMe(null));
    });
  }, [me, reload]);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === SIGNED_IN_FLAG && event.newValue === null) {
        endSession();
        setMe(null);
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const login = useCallback(async (email: string, password: string) => {
    const { data, error, response } = await api.POST('/api/v1/auth/login', {
      body: { email, password },
      headers: COOKIE_MODE,
    });
    if (!data) throw await toApiError(response, error);
    setAccessToken(data.accessToken, data.expiresIn);
    const next = await getJson<Me>('/api/v1/me');
    setMe(next);
    return next;
  }, []);

  const acceptSession = useCallback(async (result: AuthResult) => {
    setAccessToken(result.accessToken, result.expiresIn);
    const next = await getJson<Me>('/api/v1/me');
    setMe(next);
    return next;
  }, []);

  const logout = useCallback(async () => {
    await fetch('/api/v1/auth/logout', {
      method: 'POST',
      headers: { ...COOKIE_MODE, 'Content-Type': 'application/json' },
      body: '{}',
    }).catch(() => undefined);
    endSession();
    setMe(null);
  }, []);

  const value = useMemo(
    () => ({ me, user: me?.user ?? null, login, acceptSession, logout, reload }),
    [me, login, acceptSession, logout, reload],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

export const isCityStaff = (user: User | null) =>
  user?.role === 'admin' || user?.role === 'operator';
