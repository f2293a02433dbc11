import { useSession, useViewerQuery } from '@imajin/react';

import { ErrorText } from './components/error-text';
import { AccountPage } from './pages/account-page';
import { ChatPage } from './pages/chat-page';
import { EventsPage } from './pages/events-page';
import { MoneyPage } from './pages/money-page';
import { NodesPage } from './pages/nodes-page';
import { PeoplePage } from './pages/people-page';
import { ProfilePage } from './pages/profile-page';
import { SoftPage } from './pages/soft-page';
import { TrustPage } from './pages/trust-page';
import { navigate, ROUTES, useLocation } from './router';

export function App() {
  const url = useLocation();
  const { session, signOut } = useSession();
  const viewer = useViewerQuery({ skip: !session });
  const handle = viewer.data?.viewer?.profile?.handle;

  const page = (() => {
    if (!session && !ROUTES.some((r) => r.open && r.path === url.pathname)) return <AccountPage />;
    switch (url.pathname) {
      case '/profile':
        return <ProfilePage />;
      case '/people':
        return <PeoplePage />;
      case '/trust':
        return <TrustPage />;
      case '/chat':
        return <ChatPage />;
      case '/nodes':
        return <NodesPage />;
      case '/soft':
        return <SoftPage />;
      case '/money':
        return <MoneyPage />;
      case '/events':
        return <EventsPage />;
      default:
        return <AccountPage />;
    }
  })();

  return (
    <div className="app">
      <header className="top">
        <a
          className="brand"
          href="/"
          onClick={(e) => {
            e.preventDefault();
            navigate('/');
          }}
        >
          Imajin
        </a>
        <nav aria-label="Main">
          {ROUTES.filter((r) => session || r.open).map((r) => (
            <a
              key={r.path}
              href={r.path}
              aria-current={url.pathname === r.path ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                navigate(r.path);
              }}
            >
              {r.label}
            </a>
          ))}
        </nav>
        {session && (
          <div className="who">
            <span data-testid="signed-in-as">
              {handle
                ? `@${handle}`
                : session.did.startsWith('did:email:')
                  ? 'signed in by email'
                  : 'signed in'}
            </span>
            <button type="button" className="link" onClick={() => void signOut()}>
              Sign out
            </button>
          </div>
        )}
      </header>
      {viewer.error && <ErrorText error={viewer.error} />}
      <main>{page}</main>
    </div>
  );
}
