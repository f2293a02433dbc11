import { cryptoBackend, generateKeyPair, verifyTicketToken } from '@imajin/protocol';
import { nodeKeysFromMaster, openSecret } from '@imajin/subgraph-common';

import {
  buy,
  CREATE_EVENT,
  createEvent,
  EVENT_FIELDS,
  eventInput,
  startEventsHarness,
  type EventsHarness,
} from './harness';

describe('events: createEvent, updateEvent, discovery', () => {
  let h: EventsHarness;

  beforeAll(async () => {
    h = await startEventsHarness();
  });
  afterAll(() => h.stop());

  it('creates an event with its own DID, a sealed key, tiers, and registers the DID as kind EVENT', async () => {
    const host = h.identity();
    const event = await createEvent(h, host, [
      { name: 'Early', capacity: 10 },
      { name: 'Paid', price: '2500' },
    ]);
    expect(event.did).toMatch(/^did:mjn:z6Mk/);
    expect(event.did).not.toBe(host.did);
    expect(event).toMatchObject({
      hostDid: host.did,
      visibility: 'PUBLIC',
      status: 'ACTIVE',
      didRegistered: true,
    });
    expect(event.tiers.map((t) => [t.price, t.capacity, t.reserved])).toEqual([
      ['0', 10, 0],
      ['2500', 100, 0],
    ]);
    expect(h.registrar.registered).toContainEqual({ did: event.did, name: 'Imajin launch night' });
    expect((event.didDocument as { id: string }).id).toBe(event.did);
    const [row] = await h.sql<{ sealed_seed: string; signed_payload: string }>(
      'SELECT sealed_seed, signed_payload FROM events WHERE id = $1',
      [event.id],
    );
    expect(row.sealed_seed).toMatch(/^v1\./);
    const seed = openSecret(nodeKeysFromMaster(h.config.nodeMasterKey), row.sealed_seed, event.did);
    expect(seed).toHaveLength(32);
    // The sealed seed does not open under another event's DID (bound as associated data).
    expect(() => openSecret(nodeKeysFromMaster(h.config.nodeMasterKey), row.sealed_seed, host.did)).toThrow();
    expect(JSON.parse(row.signed_payload)).toMatchObject({
      type: 'mjn.events.createEvent',
      signer: host.did,
    });
  });

  it('retries DID registration when identity was unreachable', async () => {
    h.registrar.fail = true;
    const event = await createEvent(h, h.identity());
    expect(event.didRegistered).toBe(false);
    h.registrar.fail = false;
    expect(await h.events.sweeper.sweep()).toMatchObject({ registered: 1 });
    const res = await h.gql<{ event: { didRegistered: boolean } }>(
      'query($id: String!) { event(id: $id) { didRegistered } }',
      { id: event.id },
    );
    expect(res.data!.event.didRegistered).toBe(true);
  });

  describe('createEvent refuses bad requests and writes nothing', () => {
    const cases: Array<
      [string, (host: ReturnType<EventsHarness['identity']>) => { input: object; proof: object }, string]
    > = [
      [
        'malformed input (ends before it starts)',
        (host) => {
          const input = eventInput(host, [{}], { endsAt: '2026-05-01T00:00:00.000Z' });
          return { input, proof: h.sign('mjn.events.createEvent', input, host) };
        },
        'BAD_USER_INPUT',
      ],
      [
        'a paid tier without a manifest',
        (host) => {
          const input = { ...eventInput(host, [{ price: '100' }]), manifestId: undefined };
          return { input, proof: h.sign('mjn.events.createEvent', input, host) };
        },
        'BAD_USER_INPUT',
      ],
      [
        'a bad signature',
        (host) => {
          const input = eventInput(host);
          return {
            input,
            proof: { ...h.sign('mjn.events.createEvent', input, host), signature: 'A'.repeat(86) },
          };
        },
        'BAD_SIGNATURE',
      ],
      [
        'a tampered field',
        (host) => {
          const input = eventInput(host);
          const proof = h.sign('mjn.events.createEvent', input, host);
          return { input: { ...input, title: 'Something else' }, proof };
        },
        'BAD_SIGNATURE',
      ],
      [
        'a stale createdAt',
        (host) => {
          const input = eventInput(host);
          h.clock.advance(-10 * 60_000);
          const proof = h.sign('mjn.events.createEvent', input, host);
          h.clock.advance(10 * 60_000);
          return { input, proof };
        },
        'BAD_SIGNATURE',
      ],
      [
        'a signer who is not the host',
        (host) => {
          const input = eventInput(host);
          return { input, proof: h.sign('mjn.events.createEvent', input, h.identity()) };
        },
        'BAD_SIGNATURE',
      ],
      [
        'an unregistered host',
        () => {
          const ghost = generateKeyPair();
          const input = eventInput(ghost);
          return { input, proof: h.sign('mjn.events.createEvent', input, ghost) };
        },
        'NOT_FOUND',
      ],
    ];

    it.each(cases)('%s', async (_name, build, code) => {
      const before = [await h.count('events'), await h.count('ticket_tiers'), await h.count('proof_log')];
      const res = await h.gql(CREATE_EVENT, build(h.identity()));
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
      expect([await h.count('events'), await h.count('ticket_tiers'), await h.count('proof_log')]).toEqual(
        before,
      );
    });

    it('a replayed nonce', async () => {
      const host = h.identity();
      const input = eventInput(host);
      const proof = h.sign('mjn.events.createEvent', input, host);
      expect((await h.gql(CREATE_EVENT, { input, proof })).errors).toBeUndefined();
      const before = await h.count('events');
      const res = await h.gql(CREATE_EVENT, { input, proof });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_SIGNATURE');
      expect(await h.count('events')).toBe(before);
    });
  });

  it('updateEvent changes only what was sent, signed by the host', async () => {
    const host = h.identity();
    const event = await createEvent(h, host);
    const input = { eventId: event.id, title: 'Renamed', venue: null };
    const UPDATE = `mutation($input: UpdateEventInput!, $proof: ProofInput!) { updateEvent(input: $input, proof: $proof) { title venue timezone } }`;
    const wrong = await h.gql(UPDATE, {
      input,
      proof: h.sign('mjn.events.updateEvent', input, h.identity()),
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_SIGNATURE');
    const res = await h.gql<{ updateEvent: object }>(UPDATE, {
      input,
      proof: h.sign('mjn.events.updateEvent', input, host),
    });
    expect(res.data!.updateEvent).toEqual({ title: 'Renamed', venue: null, timezone: 'Europe/Berlin' });
  });

  it('lists PUBLIC events for discovery; UNLISTED only by id; the host sees all of theirs', async () => {
    const host = h.identity();
    const pub = await createEvent(h, host, [{}], {
      startsAt: '2027-01-01T10:00:00.000Z',
      endsAt: '2027-01-01T12:00:00.000Z',
    });
    const unlisted = await createEvent(h, host, [{}], { visibility: 'UNLISTED' });
    const LIST = `query($f: EventFilter) { events(filter: $f, first: 50) { totalCount edges { node { id } } } }`;
    const ids = async (viewer: string | null) =>
      (
        await h.gql<{ events: { edges: Array<{ node: { id: string } }> } }>(
          LIST,
          { f: { hostDid: host.did } },
          viewer,
        )
      ).data!.events.edges.map((e) => e.node.id);
    expect(await ids(null)).toEqual([pub.id]);
    expect((await ids(host.did)).sort()).toEqual([pub.id, unlisted.id].sort());
    const byId = await h.gql<{ event: { id: string } }>('query($id: String!) { event(id: $id) { id } }', {
      id: unlisted.id,
    });
    expect(byId.data!.event.id).toBe(unlisted.id);
    const page = await h.gql<{ events: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
      'query { events(first: 1) { edges { cursor } pageInfo { hasNextPage } } }',
    );
    expect(page.data!.events.edges).toHaveLength(1);
    expect(page.data!.events.pageInfo.hasNextPage).toBe(true);
    const hosted = await h.gql<{ _entities: Array<{ hostedEvents: Array<{ id: string }> }> }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Identity { hostedEvents { id } } } }',
      { r: [{ __typename: 'Identity', did: host.did }] },
    );
    expect(hosted.data!._entities[0].hostedEvents.map((e) => e.id)).toEqual([pub.id]);
  });

  it('TRUST_GATED events are visible and buyable only within the host’s trust hops', async () => {
    const host = h.identity();
    const friend = h.identity();
    const stranger = h.identity();
    h.trust.trust(host.did, friend.did);
    const event = await createEvent(h, host, [{}], { visibility: 'TRUST_GATED', trustMaxHops: 2 });
    const Q = 'query($id: String!) { event(id: $id) { id } }';
    expect((await h.gql(Q, { id: event.id }, stranger.did)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.gql(Q, { id: event.id }, friend.did)).errors).toBeUndefined();
    expect((await h.gql(Q, { id: event.id }, host.did)).errors).toBeUndefined();
    const before = await h.count('tickets');
    await expect(buy(h, event.tiers[0].id, stranger)).rejects.toThrow(/trust-gated/);
    expect(await h.count('tickets')).toBe(before);
    const hold = await buy(h, event.tiers[0].id, friend);
    expect(hold.status).toBe('ISSUED');
  });

  it('resolves Event, TicketTier and Ticket entities by key', async () => {
    const host = h.identity();
    const event = await createEvent(h, host);
    const buyer = h.identity();
    const hold = await buy(h, event.tiers[0].id, buyer);
    const ev = await h.gql<{ _entities: Array<{ id: string; title: string } | null> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Event { id title } } }`,
      {
        r: [
          { __typename: 'Event', id: event.id },
          { __typename: 'Event', id: 'evt_missing' },
        ],
      },
    );
    expect(ev.data!._entities).toEqual([{ id: event.id, title: 'Imajin launch night' }, null]);
    const tier = await h.gql<{ _entities: Array<{ id: string; capacity: number }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on TicketTier { id capacity event { id } } } }`,
      { r: [{ __typename: 'TicketTier', id: event.tiers[0].id }] },
    );
    expect(tier.data!._entities[0]).toMatchObject({
      id: event.tiers[0].id,
      capacity: 100,
      event: { id: event.id },
    });
    const ticket = await h.gql<{ _entities: Array<{ id: string; token: string | null; holderDid: string }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Ticket { id holderDid token } } }`,
      { r: [{ __typename: 'Ticket', id: hold.ticket!.id }] },
    );
    // Anonymous: the ticket but not its token.
    expect(ticket.data!._entities[0]).toEqual({ id: hold.ticket!.id, holderDid: buyer.did, token: null });
    expect(
      verifyTicketToken(hold.ticket!.token, { backend: cryptoBackend, eventDid: event.did }).holderDid,
    ).toBe(buyer.did);
  });

  it('reads the event fields a client asks for', async () => {
    const event = await createEvent(h, h.identity());
    const res = await h.gql(
      `query($id: String!) { event(id: $id) { ${EVENT_FIELDS} host { did } identity { did } } }`,
      {
        id: event.id,
      },
    );
    expect(res.errors).toBeUndefined();
  });
});
