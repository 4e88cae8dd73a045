import { useMemo } from 'react';
import { useAuth } from 'react-oidc-context';
import { sessionOf, type Session } from './session';

/** The logged-in person, from the current access token (renewed tokens included). */
export function useSession(): Session {
  const { user } = useAuth();
  const token = user?.access_token;
  return useMemo(() => (token ? sessionOf(token) : { name: '', orgId: null, roles: [], operatorFor: [] }), [token]);
}
