import { useState } from 'react';

import { MjnActions } from '@imajin/protocol/browser';
import {
  StartDirectConversationDocument,
  useChatInboxQuery,
  useConversationUpdatedSubscription,
  useIdentityByHandleLazyQuery,
  useImajin,
  useSignedMutation,
  type ChatInboxQuery,
} from '@imajin/react';

import { ErrorText } from '../components/error-text';
import { navigate, useLocation } from '../router';
import { useAction } from '../use-action';

import { ChatThread } from './chat-thread';

export type InboxConversation = NonNullable<ChatInboxQuery['conversations']>['edges'][number]['node'];

/** What to call a conversation: its title, else the other members' handles. */
export function conversationName(conversation: InboxConversation, me: string): string {
  if (conversation.title) return conversation.title;
  const others = conversation.members.filter((m) => m.identity.did !== me);
  return others
    .map((m) => (m.identity.profile?.handle ? `@${m.identity.profile.handle}` : 'someone'))
    .join(', ');
}

/** Conversations with unread counts, opening a direct one by handle, and the open conversation. */
export function ChatPage() {
  const { session } = useImajin();
  const me = session!.did;
  const url = useLocation();
  const openId = url.searchParams.get('c');
  const inbox = useChatInboxQuery({ variables: { first: 50 }, fetchPolicy: 'cache-and-network' });
  // Any change to one of my conversations (a message, a read marker, a new conversation) redraws the list.
  useConversationUpdatedSubscription({ onData: () => void inbox.refetch() });
  const conversations = inbox.data?.conversations?.edges.map((e) => e.node) ?? [];
  const open = conversations.find((c) => c.id === openId) ?? null;

  return (
    <section className="stack">
      <h1>Chat</h1>
      <div className={open ? 'chat chat-open' : 'chat'}>
        <div className="stack chat-side">
          <StartDirect
            onStarted={(id) => {
              void inbox.refetch();
              navigate(`/chat?c=${encodeURIComponent(id)}`);
            }}
          />
          <div className="card">
            <h2>Conversations</h2>
            <ErrorText error={inbox.error} />
            {inbox.data && conversations.length === 0 && (
              <p className="muted">No conversations yet: start one with someone’s handle.</p>
            )}
            <ul className="list" aria-label="Conversations">
              {conversations.map((c) => (
                <li key={c.id} className={c.id === openId ? 'selected' : undefined}>
                  <button
                    type="button"
                    className="conversation"
                    onClick={() => navigate(`/chat?c=${encodeURIComponent(c.id)}`)}
                  >
                    <strong>{conversationName(c, me)}</strong>
                    <span className="muted preview">
                      {c.encrypted
                        ? 'Encrypted conversation'
                        : c.lastMessage
                          ? (c.lastMessage.body ?? 'Message deleted')
                          : 'No messages yet'}
                    </span>
                  </button>
                  {c.unreadCount > 0 && (
                    <span className="badge" aria-label={`${c.unreadCount} unread`} data-testid="unread">
                      {c.unreadCount}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        </div>
        {open && <ChatThread key={open.id} conversation={open} onChanged={() => void inbox.refetch()} />}
        {openId && !open && inbox.data && (
          <p className="error" role="alert">
            That conversation is not one of yours (or no longer exists).
          </p>
        )}
      </div>
    </section>
  );
}

function StartDirect({ onStarted }: { onStarted: (id: string) => void }) {
  const [handle, setHandle] = useState('');
  const [encrypted, setEncrypted] = useState(false);
  const [findPerson] = useIdentityByHandleLazyQuery({ fetchPolicy: 'network-only' });
  const [start] = useSignedMutation(StartDirectConversationDocument, MjnActions.chat.startDirect);
  const action = useAction(async () => {
    const wanted = handle.trim().replace(/^@/, '').toLowerCase();
    const { data, error } = await findPerson({ variables: { handle: wanted } });
    if (error) throw error;
    const peer = data?.identityByHandle?.did;
    if (!peer) throw new Error(`Nobody has the handle @${wanted}: check the spelling.`);
    const started = await start({ input: { peer, encrypted } });
    setHandle('');
    onStarted(started.startDirectConversation.id);
  });
  return (
    <form
      className="card"
      aria-label="Message someone"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run();
      }}
    >
      <label>
        Message someone
        <input
          name="peer"
          value={handle}
          onChange={(e) => setHandle(e.target.value)}
          placeholder="@handle"
          autoCapitalize="none"
          aria-invalid={action.error ? true : undefined}
        />
      </label>
      <label className="row">
        <input type="checkbox" checked={encrypted} onChange={(e) => setEncrypted(e.target.checked)} />
        End-to-end encrypted
      </label>
      <ErrorText error={action.error} />
      <button type="submit" disabled={action.busy || handle.trim() === ''}>
        {action.busy ? 'Opening…' : 'Open conversation'}
      </button>
    </form>
  );
}
