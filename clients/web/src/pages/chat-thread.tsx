import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import type { KeyPair } from '@imajin/protocol/browser';
import { MjnActions } from '@imajin/protocol/browser';
import {
  DeleteMessageDocument,
  EditMessageDocument,
  MarkReadDocument,
  SendMessageDocument,
  useImajin,
  useMessageAddedSubscription,
  useMessagesQuery,
  useMessageUpdatedSubscription,
  useSetTypingMutation,
  useSignedMutation,
  useTypingSubscription,
  type MessageFieldsFragment,
} from '@imajin/react';

import { ErrorText } from '../components/error-text';
import { navigate } from '../router';
import { useAction } from '../use-action';

import { sealForMembers, useOpened } from './chat-e2ee';
import { conversationName, type InboxConversation } from './chat-page';

type Message = MessageFieldsFragment;

// The server lets "typing" lapse by itself; telling it again at most this often keeps the indicator on.
const TYPING_EVERY_MS = 3_000;

function randomClientId(): string {
  return `web-${crypto.randomUUID()}`;
}

/** One conversation: messages arriving live, sending, typing, editing and deleting your own, read markers. */
export function ChatThread({
  conversation,
  onChanged,
}: {
  conversation: InboxConversation;
  onChanged: () => void;
}) {
  const { session, keyStore } = useImajin();
  const me = session!.did;
  const conversationId = conversation.id;
  const { encrypted } = conversation;
  const keyPair = useMemo(() => keyStore.get(me), [keyStore, me]);
  const memberKey = conversation.members.map((m) => m.identity.did).join(' ');
  // What is sent as a body: the text itself, or in an encrypted conversation its envelope for every member.
  const encode = useCallback(
    async (text: string) => {
      if (!encrypted) return text;
      if (!keyPair) throw new Error('This browser holds no key for your DID: import your key to write here.');
      return sealForMembers(text, keyPair, memberKey.split(' '), conversationId);
    },
    [encrypted, keyPair, memberKey, conversationId],
  );
  const [messages, setMessages] = useState<Map<string, Message>>(new Map());
  const merge = (incoming: Message[]) =>
    setMessages((current) => {
      const next = new Map(current);
      // A newer revision wins; an older echo of the same message does not undo an edit.
      for (const m of incoming) if ((next.get(m.id)?.revision ?? -1) <= m.revision) next.set(m.id, m);
      return next;
    });
  const history = useMessagesQuery({ variables: { conversationId, limit: 50 }, fetchPolicy: 'network-only' });
  useEffect(() => {
    if (history.data?.messages) merge(history.data.messages);
  }, [history.data]);
  useMessageAddedSubscription({
    variables: { conversationId },
    onData: ({ data }) => data.data && merge([data.data.messageAdded]),
  });
  useMessageUpdatedSubscription({
    variables: { conversationId },
    onData: ({ data }) => data.data && merge([data.data.messageUpdated]),
  });

  const typists = useTypists(conversationId, me);
  const names = new Map<string, string>(
    conversation.members.map((m) => [m.identity.did, m.identity.profile?.handle ?? m.identity.did.slice(-6)]),
  );
  const sorted = [...messages.values()].sort((a, b) => a.seq - b.seq);
  const newest = sorted.at(-1)?.seq ?? 0;

  // Reading the open conversation moves my read pointer (signed), so my unread count clears everywhere.
  const [markRead] = useSignedMutation(MarkReadDocument, MjnActions.chat.markRead);
  const marked = useRef(conversation.lastReadSeq ?? 0);
  const [readError, setReadError] = useState<unknown>(null);
  useEffect(() => {
    if (newest <= marked.current) return;
    marked.current = newest;
    markRead({ input: { conversationId, upTo: newest } })
      .then(() => onChanged())
      .catch(setReadError);
  }, [newest, conversationId, markRead, onChanged]);

  // "Read" under my newest message once every other member's pointer has reached it.
  const others = conversation.members.filter((m) => m.identity.did !== me);
  const readUpTo = Math.min(...others.map((m) => m.lastReadSeq ?? 0));
  const myNewest = sorted.filter((m) => m.sender.did === me && !m.deletedAt).at(-1);

  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    list.current?.lastElementChild?.scrollIntoView({ block: 'end' });
  }, [sorted.length]);

  return (
    <div className="card chat-thread">
      <div className="thread-head">
        <button type="button" className="link phone-only" onClick={() => navigate('/chat')}>
          ← Conversations
        </button>
        <h2>{conversationName(conversation, me)}</h2>
      </div>
      {encrypted && (
        <p className="muted" data-testid="e2ee">
          End-to-end encrypted: messages are sealed in this browser for the members; the server keeps only
          ciphertext.
        </p>
      )}
      <ErrorText error={history.error ?? readError} />
      <ol className="messages" ref={list} aria-label="Messages">
        {sorted.map((m) => (
          <MessageItem
            key={m.id}
            message={m}
            mine={m.sender.did === me}
            author={names.get(m.sender.did) ?? 'someone'}
            read={m.id === myNewest?.id && readUpTo >= m.seq}
            onChanged={(updated) => merge([updated])}
            crypto={{ encrypted, keyPair, conversationId, encode }}
          />
        ))}
      </ol>
      {history.data && sorted.length === 0 && <p className="muted">No messages yet: say hello.</p>}
      <p className="typing" aria-live="polite" data-testid="typing">
        {typists.length > 0 && `${typists.map((d) => `@${names.get(d) ?? 'someone'}`).join(', ')} is typing…`}
      </p>
      <Composer conversationId={conversationId} encode={encode} onSent={(m) => merge([m])} />
    </div>
  );
}

/** DIDs of others typing now; each entry lapses at the server's `expiresAt` if no "stopped" comes. */
function useTypists(conversationId: string, me: string): string[] {
  const [typing, setTyping] = useState<Map<string, number>>(new Map());
  useTypingSubscription({
    variables: { conversationId },
    onData: ({ data }) => {
      const event = data.data?.typing;
      if (!event || event.identity.did === me) return;
      setTyping((current) => {
        const next = new Map(current);
        // Without an expiry from the server, the hint lasts as long as one re-send interval.
        if (event.typing)
          next.set(
            event.identity.did,
            event.expiresAt ? Date.parse(event.expiresAt) : Date.now() + TYPING_EVERY_MS,
          );
        else next.delete(event.identity.did);
        return next;
      });
    },
  });
  useEffect(() => {
    if (typing.size === 0) return;
    const soonest = Math.min(...typing.values());
    const timer = setTimeout(
      () => setTyping((current) => new Map([...current].filter(([, until]) => until > Date.now()))),
      Math.max(0, soonest - Date.now()) + 50,
    );
    return () => clearTimeout(timer);
  }, [typing]);
  return [...typing.keys()];
}

interface ThreadCrypto {
  encrypted: boolean;
  keyPair: KeyPair | null;
  conversationId: string;
  encode: (text: string) => Promise<string>;
}

function Composer({
  conversationId,
  encode,
  onSent,
}: {
  conversationId: string;
  encode: ThreadCrypto['encode'];
  onSent: (m: Message) => void;
}) {
  const [body, setBody] = useState('');
  const [send] = useSignedMutation(SendMessageDocument, MjnActions.chat.message);
  const [setTyping] = useSetTypingMutation();
  const lastTyping = useRef(0);
  const action = useAction(async () => {
    const text = body.trim();
    const sealed = await encode(text);
    const { sendMessage } = await send({
      input: { conversationId, body: sealed, clientId: randomClientId() },
    });
    setBody('');
    lastTyping.current = 0;
    onSent(sendMessage);
    void setTyping({ variables: { conversationId, typing: false } }).catch(() => undefined);
  });
  return (
    <form
      className="composer"
      aria-label="Send a message"
      onSubmit={(e) => {
        e.preventDefault();
        if (body.trim()) void action.run();
      }}
    >
      <label className="grow">
        <span className="visually-hidden">Message</span>
        <input
          name="body"
          value={body}
          placeholder="Write a message"
          autoComplete="off"
          onChange={(e) => {
            setBody(e.target.value);
            const now = Date.now();
            if (e.target.value && now - lastTyping.current > TYPING_EVERY_MS) {
              lastTyping.current = now;
              // Typing is a hint, not data: a failed hint is not worth an error on screen.
              void setTyping({ variables: { conversationId, typing: true } }).catch(() => undefined);
            }
          }}
        />
      </label>
      <button type="submit" disabled={action.busy || body.trim() === ''}>
        {action.busy ? 'Sending…' : 'Send'}
      </button>
      <ErrorText error={action.error} />
    </form>
  );
}

function MessageItem({
  message,
  mine,
  author,
  read,
  onChanged,
  crypto,
}: {
  message: Message;
  mine: boolean;
  author: string;
  read: boolean;
  onChanged: (m: Message) => void;
  crypto: ThreadCrypto;
}) {
  const opened = useOpened(
    message.body,
    message.sender.did,
    crypto.keyPair,
    crypto.conversationId,
    crypto.encrypted,
  );
  const text = !crypto.encrypted
    ? message.body
    : opened === null
      ? 'Decrypting…'
      : 'text' in opened
        ? opened.text
        : null;
  const [editing, setEditing] = useState<string | null>(null);
  const [edit] = useSignedMutation(EditMessageDocument, MjnActions.chat.editMessage);
  const [remove] = useSignedMutation(DeleteMessageDocument, MjnActions.chat.deleteMessage);
  const saving = useAction(async () => {
    const body = await crypto.encode(editing!.trim());
    const { editMessage } = await edit({ input: { messageId: message.id, body } });
    setEditing(null);
    onChanged(editMessage);
  });
  const deleting = useAction(async () => {
    const { deleteMessage } = await remove({ input: { messageId: message.id } });
    onChanged(deleteMessage);
  });
  const deleted = Boolean(message.deletedAt);
  const time = new Date(message.createdAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

  return (
    <li className={mine ? 'message mine' : 'message'} data-testid="message">
      <div className="meta muted">
        {mine ? 'You' : `@${author}`} · {time}
        {message.editedAt && !deleted && ' · edited'}
      </div>
      {editing === null ? (
        <div className={deleted ? 'body muted' : 'body'}>
          {deleted
            ? 'Message deleted'
            : (text ?? <ErrorText error={opened && 'error' in opened ? new Error(opened.error) : null} />)}
        </div>
      ) : (
        <form
          className="composer"
          aria-label="Edit message"
          onSubmit={(e) => {
            e.preventDefault();
            if (editing.trim()) void saving.run();
          }}
        >
          <input
            name="edit"
            value={editing}
            onChange={(e) => setEditing(e.target.value)}
            aria-label="New text"
          />
          <button type="submit" disabled={saving.busy}>
            Save
          </button>
          <button type="button" className="secondary" onClick={() => setEditing(null)}>
            Cancel
          </button>
        </form>
      )}
      <ErrorText error={saving.error ?? deleting.error} />
      {mine && !deleted && editing === null && (
        <div className="actions small">
          <button type="button" className="link" onClick={() => setEditing(text ?? '')}>
            Edit
          </button>
          <button type="button" className="link" disabled={deleting.busy} onClick={() => void deleting.run()}>
            Delete
          </button>
        </div>
      )}
      {read && <div className="read muted">Read</div>}
    </li>
  );
}
