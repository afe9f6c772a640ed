import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { api, setAccessToken, toApiError, type User } from './api/client';

interface Auth {
  user: User | null;
  login(email: string, password: string): Promise<User>;
  logout(): void;
}

const AuthContext = createContext<Auth | null>(null);

/** Who is logged in, for this page's life only: the token is kept in memory (ADR 0022). */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const login = useCallback(async (email: string, password: string) => {
    const { data, error, response } = await api.POST('/api/v1/auth/login', {
      body: { email, password },
    });
    if (!data) throw await toApiError(response, error);
    setAccessToken(data.accessToken);
    setUser(data.user);
    return data.user;
  }, []);
  const logout = useCallback(() => {
    setAccessToken(null);
    setUser(null);
  }, []);
  const value = useMemo(() => ({ user, login, logout }), [user, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

export const canSeeDashboard = (user: User | null) =>
  user?.role === 'admin' || user?.role === 'operator';
