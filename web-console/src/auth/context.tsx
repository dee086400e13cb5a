import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { can, type Capability, type User } from './user';

/** The signed-in user and the way out, for the layout and the pages. */
export interface SessionValue {
  user: User;
  signOut(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ value, children }: { value: SessionValue; children: ComponentChildren }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue | null {
  return useContext(SessionContext);
}

/**
 * Whether the signed-in user may do this, to show only what they can use (the services decide for
 * real). Outside a session, as in component tests of a single page, everything shows.
 */
export function useCan(capability: Capability): boolean {
  const session = useSession();
  return session ? can(session.user, capability) : true;
}
