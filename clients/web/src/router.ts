import { useEffect, useState } from 'react';

/**
 * The app's few routes; the gateway answers any of them with index.html, so reloads keep the page. `open`
 * routes work signed out too.
 */
export const ROUTES: readonly { path: string; label: string; open?: boolean }[] = [
  { path: '/', label: 'Account', open: true },
  { path: '/profile', label: 'Profile' },
  { path: '/people', label: 'People' },
  { path: '/trust', label: 'Trust' },
  { path: '/money', label: 'Money' },
  { path: '/events', label: 'Events' },
  { path: '/chat', label: 'Chat' },
  { path: '/nodes', label: 'Nodes', open: true },
  { path: '/soft', label: 'Email sign-in', open: true },
];

export function navigate(to: string): void {
  if (to === location.pathname + location.search) return;
  history.pushState(null, '', to);
  dispatchEvent(new PopStateEvent('popstate'));
}

export function useLocation(): URL {
  const [url, setUrl] = useState(() => new URL(location.href));
  useEffect(() => {
    const update = () => setUrl(new URL(location.href));
    addEventListener('popstate', update);
    return () => removeEventListener('popstate', update);
  }, []);
  return url;
}
