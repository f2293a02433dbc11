import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

import { createImajinClient } from '../apollo/client';
import { createLocalKeyStore, type KeyStore } from '../keys/key-store';

/** Who is signed in on this page: the DID, its bearer token and when that token ends. */
export interface ImajinSession {
  did: string;
  token: string;
  expiresAt: string;
}

interface ImajinContextValue {
  client: ApolloClient;
  keyStore: KeyStore;
  session: ImajinSession | null;
  setSession(session: ImajinSession | null): void;
  /** Reconnects the live socket so subscriptions run as the current viewer. */
  restartSocket(): void;
}

const ImajinContext = createContext<ImajinContextValue | null>(null);
const SESSION_KEY = 'imajin.session.v1';

function readSession(storage: Storage | undefined): ImajinSession | null {
  try {
    const session = JSON.parse(storage?.getItem(SESSION_KEY) ?? 'null') as ImajinSession | null;
    return session && Date.parse(session.expiresAt) > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export interface ImajinProviderProps {
  children: ReactNode;
  /** The gateway's GraphQL endpoint (default `/graphql`, the page's own origin). */
  url?: string;
  keyStore?: KeyStore;
  /** Where the session token is kept across reloads (default localStorage; pass null for none). */
  sessionStorage?: Storage | null;
}

/** Apollo Client, the key store and the session for every hook below it. */
export function ImajinProvider(props: ImajinProviderProps) {
  const storage = props.sessionStorage === null ? undefined : (props.sessionStorage ?? localStorage);
  const [session, setSessionState] = useState<ImajinSession | null>(() => readSession(storage));
  // The token is read through a mutable holder so the client, built once, always sends the current one.
  const [holder] = useState(() => ({ token: session?.token ?? null }));
  const [{ client, restartSocket }] = useState(() =>
    createImajinClient({ url: props.url, getToken: () => holder.token }),
  );
  const [keyStore] = useState(() => props.keyStore ?? createLocalKeyStore());

  const value = useMemo<ImajinContextValue>(
    () => ({
      client,
      keyStore,
      session,
      restartSocket,
      setSession(next) {
        holder.token = next?.token ?? null;
        if (next) storage?.setItem(SESSION_KEY, JSON.stringify(next));
        else storage?.removeItem(SESSION_KEY);
        setSessionState(next);
        restartSocket();
      },
    }),
    [client, keyStore, session, restartSocket, holder, storage],
  );
  return (
    <ImajinContext.Provider value={value}>
      <ApolloProvider client={client}>{props.children}</ApolloProvider>
    </ImajinContext.Provider>
  );
}

export function useImajin(): ImajinContextValue {
  const value = useContext(ImajinContext);
  if (!value) throw new Error('useImajin needs an <ImajinProvider> above it');
  return value;
}
