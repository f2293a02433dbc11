import { Client } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

import { BoundedQueue, RateLimitedError, type Logger } from '@imajin/subgraph-common';

import { MESSAGE_COLUMNS, type MessageRow } from '../message/message.rows';

export const CHAT_CHANNEL = 'chat_events';
const RECONNECT_MS = 1_000;

/** What crosses instances through NOTIFY: ids only (payloads are capped at 8 kB); each instance loads rows. */
export type ChatNotice =
  | { k: 'msg'; c: string; id?: string; s: number }
  | { k: 'upd'; c: string; id: string }
  | { k: 'conv'; c: string; did?: string }
  | { k: 'left'; c: string; did: string }
  | { k: 'typing'; c: string; did: string; typing: boolean; ms: number };

export interface TypingPayload {
  conversationId: string;
  did: string;
  typing: boolean;
  expiresAt: Date | null;
}

/** Announces a change to every instance. Inside a transaction, Postgres delivers it only on commit. */
export async function notifyChat(tx: EntityManager | DataSource, notice: ChatNotice): Promise<void> {
  await tx.query(`SELECT pg_notify('${CHAT_CHANNEL}', $1)`, [JSON.stringify(notice)]);
}

interface Sub<T> {
  did: string;
  queue: BoundedQueue<T>;
}

class Topic<T> {
  readonly subs = new Map<string, Set<Sub<T>>>();

  add(key: string, sub: Sub<T>): void {
    let set = this.subs.get(key);
    if (!set) this.subs.set(key, (set = new Set()));
    set.add(sub);
  }

  remove(key: string, sub: Sub<T>): void {
    const set = this.subs.get(key);
    if (!set) return;
    set.delete(sub);
    if (set.size === 0) this.subs.delete(key);
  }

  publish(key: string, value: T, except?: string): void {
    for (const sub of this.subs.get(key) ?? []) if (sub.did !== except) sub.queue.push(value);
  }

  endFor(key: string, did: string): void {
    for (const sub of [...(this.subs.get(key) ?? [])]) if (sub.did === did) sub.queue.end();
  }

  get count(): number {
    let n = 0;
    for (const set of this.subs.values()) n += set.size;
    return n;
  }
}

/**
 * Local fan-out of chat events to this instance's subscriptions, fed by LISTEN on a dedicated connection.
 * Messages are delivered by sequence number: for each conversation with local subscribers the instance
 * remembers the last seq it delivered and loads everything after it, so a notice that arrives while the
 * listener was reconnecting is recovered from the table rather than lost, and nothing is delivered twice.
 */
export class ChatEvents {
  private readonly messages = new Topic<MessageRow>();
  private readonly updates = new Topic<MessageRow>();
  private readonly conversations = new Topic<string>();
  private readonly typingTopic = new Topic<TypingPayload>();
  private readonly delivered = new Map<string, number>();
  private readonly typingTimers = new Map<string, NodeJS.Timeout>();
  private client: Client | null = null;
  private work: Promise<void> = Promise.resolve();
  private reconnectTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Times the listener connection was (re)established; tests and /metrics read it. */
  connects = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly databaseUrl: string,
    private readonly queueCapacity: number,
    private readonly logger: Logger,
  ) {}

  get subscriptionCount(): number {
    return this.messages.count + this.updates.count + this.conversations.count + this.typingTopic.count;
  }

  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    for (const timer of this.typingTimers.values()) clearTimeout(timer);
    this.typingTimers.clear();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
    await this.work.catch(() => undefined);
  }

  /** `lastSeq`: the conversation's newest seq as the subscriber's membership check saw it. */
  messageAdded(conversationId: string, did: string, lastSeq: number): BoundedQueue<MessageRow> {
    if (!this.delivered.has(conversationId)) this.delivered.set(conversationId, lastSeq);
    return this.subscribe(this.messages, conversationId, did, () => {
      if (!this.messages.subs.has(conversationId)) this.delivered.delete(conversationId);
    });
  }

  messageUpdated(conversationId: string, did: string): BoundedQueue<MessageRow> {
    return this.subscribe(this.updates, conversationId, did);
  }

  conversationUpdated(did: string): BoundedQueue<string> {
    return this.subscribe(this.conversations, did, did);
  }

  typing(conversationId: string, did: string): BoundedQueue<TypingPayload> {
    return this.subscribe(this.typingTopic, conversationId, did);
  }

  private subscribe<T>(topic: Topic<T>, key: string, did: string, after?: () => void): BoundedQueue<T> {
    const sub: Sub<T> = {
      did,
      queue: new BoundedQueue<T>(
        this.queueCapacity,
        () =>
          new RateLimitedError(
            'This subscription fell too far behind and was dropped; subscribe again and catch up with ' +
              'messages(after: <last cursor you saw>)',
          ),
        () => {
          topic.remove(key, sub);
          after?.();
        },
      ),
    };
    topic.add(key, sub);
    return sub.queue;
  }

  /** Applies a notice; exposed so an instance can apply its own write before the NOTIFY round trip. */
  handle(notice: ChatNotice): Promise<void> {
    const run = this.work.then(() => this.apply(notice));
    this.work = run.catch((error: unknown) => this.logger.error({ err: error, notice }, 'chat event failed'));
    return this.work;
  }

  private async apply(notice: ChatNotice): Promise<void> {
    switch (notice.k) {
      case 'msg':
        await this.deliverMessages(notice.c, notice.s);
        await this.touchConversation(notice.c);
        return;
      case 'upd': {
        if (!this.updates.subs.has(notice.c)) return;
        const rows: MessageRow[] = await this.dataSource.query(
          `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE id = $1`,
          [notice.id],
        );
        if (rows[0]) this.updates.publish(notice.c, rows[0]);
        await this.touchConversation(notice.c);
        return;
      }
      case 'conv':
        if (notice.did) this.conversations.publish(notice.did, notice.c);
        else await this.touchConversation(notice.c);
        return;
      case 'left':
        this.messages.endFor(notice.c, notice.did);
        this.updates.endFor(notice.c, notice.did);
        this.typingTopic.endFor(notice.c, notice.did);
        await this.touchConversation(notice.c);
        return;
      case 'typing':
        this.applyTyping(notice);
        return;
    }
  }

  /** Delivers every message after the last one delivered here, up to `upTo`, in order. */
  private async deliverMessages(conversationId: string, upTo: number): Promise<void> {
    if (!this.messages.subs.has(conversationId)) return;
    const last = this.delivered.get(conversationId) ?? upTo - 1;
    if (upTo <= last) return;
    const rows: MessageRow[] = await this.dataSource.query(
      `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq`,
      [conversationId, last, upTo],
    );
    for (const row of rows) {
      this.delivered.set(conversationId, Number(row.seq));
      this.messages.publish(conversationId, row);
    }
  }

  /** Tells local conversationUpdated subscribers who are members of the conversation. */
  private async touchConversation(conversationId: string): Promise<void> {
    if (this.conversations.subs.size === 0) return;
    const rows: Array<{ member_did: string }> = await this.dataSource.query(
      `SELECT member_did FROM conversation_members
       WHERE conversation_id = $1 AND deleted_at IS NULL AND member_did = ANY($2)`,
      [conversationId, [...this.conversations.subs.keys()]],
    );
    for (const row of rows) this.conversations.publish(row.member_did, conversationId);
  }

  private applyTyping(notice: Extract<ChatNotice, { k: 'typing' }>): void {
    const key = `${notice.c} ${notice.did}`;
    const timer = this.typingTimers.get(key);
    if (timer) clearTimeout(timer);
    this.typingTimers.delete(key);
    const expiresAt = notice.typing ? new Date(Date.now() + notice.ms) : null;
    this.typingTopic.publish(
      notice.c,
      { conversationId: notice.c, did: notice.did, typing: notice.typing, expiresAt },
      notice.did,
    );
    if (!notice.typing) return;
    // Every instance times the indicator out on its own: a client that vanishes mid-word stops "typing".
    const expiry = setTimeout(() => {
      this.typingTimers.delete(key);
      this.typingTopic.publish(
        notice.c,
        { conversationId: notice.c, did: notice.did, typing: false, expiresAt: null },
        notice.did,
      );
    }, notice.ms);
    expiry.unref();
    this.typingTimers.set(key, expiry);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'chat-listener' });
    client.on('notification', (msg) => {
      if (msg.channel !== CHAT_CHANNEL || !msg.payload) return;
      try {
        void this.handle(JSON.parse(msg.payload) as ChatNotice);
      } catch (error) {
        this.logger.error({ err: error }, 'bad chat notification');
      }
    });
    const lost = (error?: unknown) => {
      if (this.client !== client) return;
      this.client = null;
      this.logger.warn({ err: error }, 'chat listener lost; reconnecting');
      void client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    await client.connect();
    await client.query(`LISTEN ${CHAT_CHANNEL}`);
    this.client = client;
    this.connects += 1;
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.stopped) return;
      this.connect()
        .then(() => this.catchUp())
        .catch((error: unknown) => {
          this.logger.error({ err: error }, 'chat listener reconnect failed');
          this.scheduleReconnect();
        });
    }, RECONNECT_MS);
    this.reconnectTimer.unref();
  }

  /** After a reconnect: deliver whatever was committed while no notices could arrive. */
  private async catchUp(): Promise<void> {
    const ids = [...this.messages.subs.keys()];
    if (ids.length === 0) return;
    const rows: Array<{ id: string; last_seq: string }> = await this.dataSource.query(
      'SELECT id, last_seq FROM conversations WHERE id = ANY($1::uuid[])',
      [ids],
    );
    for (const row of rows) {
      await this.handle({ k: 'msg', c: row.id, s: Number(row.last_seq) });
    }
  }
}
