import { useState } from 'react';

import { cryptoBackend, decodeTicketToken, verifyTicketToken } from '@imajin/protocol/browser';
import {
  errorCode,
  useCheckIn,
  useCreateEvent,
  useHostedEventsQuery,
  useImajin,
  type EventFieldsFragment,
} from '@imajin/react';

import { DidText } from '../components/did-text';
import { doubleScanSentence } from '../components/door';
import { ErrorText } from '../components/error-text';
import { formatMoney, parseMoney } from '../components/money';
import { recentManifests } from '../components/recent-manifests';
import { useAction } from '../use-action';

import { RecentManifestOptions } from './money-manifests';

const localInput = (d: Date) =>
  new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** Create an event with one ticket tier; a paid tier settles along a .fair manifest. */
function CreateEventForm({ onCreated }: { onCreated: () => void }) {
  const { session } = useImajin();
  const inAWeek = new Date(Date.now() + 7 * 86_400_000);
  inAWeek.setMinutes(0, 0, 0);
  const [draft, setDraft] = useState({
    title: '',
    venue: '',
    startsAt: localInput(inAWeek),
    hours: '3',
    tierName: 'Standard',
    price: '0',
    capacity: '100',
    manifestId: recentManifests()[0] ?? '',
  });
  const [bad, setBad] = useState<{ field: string; text: string } | null>(null);
  const [create] = useCreateEvent();
  const set = (field: keyof typeof draft) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [field]: e.target.value });
  const action = useAction(async () => {
    setBad(null);
    const price = parseMoney(draft.price, 'usd');
    const starts = new Date(draft.startsAt);
    const checks: Array<[boolean, string, string]> = [
      [draft.title.trim() === '', 'title', 'Give the event a title.'],
      [Number.isNaN(starts.getTime()), 'startsAt', 'Pick when the event starts.'],
      [price === null, 'price', 'Type a price such as 25 or 12.50 (0 for free).'],
      [!(Number(draft.capacity) >= 1), 'capacity', 'Type how many seats there are (1 or more).'],
      [!(Number(draft.hours) > 0), 'hours', 'Type how many hours it lasts.'],
      [
        price !== 0 && draft.manifestId.trim() === '',
        'manifestId',
        'A paid tier needs a .fair manifest: create one on the Money page.',
      ],
    ];
    const failed = checks.find(([isBad]) => isBad);
    if (failed) {
      setBad({ field: failed[1], text: failed[2] });
      return;
    }
    await create(
      {
        title: draft.title.trim(),
        venue: draft.venue.trim() || null,
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + Number(draft.hours) * 3_600_000).toISOString(),
        timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
        visibility: 'PUBLIC',
        manifestId: draft.manifestId.trim() || null,
        tiers: [
          {
            name: draft.tierName.trim() || 'Standard',
            price: String(price),
            currency: 'usd',
            capacity: Number(draft.capacity),
            perBuyerLimit: 10,
          },
        ],
      },
      session!.did,
    );
    setDraft({ ...draft, title: '', venue: '' });
    onCreated();
  });
  const field = (name: keyof typeof draft, label: string, extra: Record<string, unknown> = {}) => (
    <div>
      <label>
        {label}
        <input
          name={name}
          value={draft[name]}
          onChange={set(name)}
          aria-invalid={bad?.field === name}
          {...extra}
        />
      </label>
      {bad?.field === name && (
        <p className="error" role="alert">
          {bad.text}
        </p>
      )}
    </div>
  );

  return (
    <form
      className="card"
      aria-label="New event"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run();
      }}
    >
      <h2>Host an event</h2>
      <div className="grid-2">
        {field('title', 'Title')}
        {field('venue', 'Venue')}
        {field('startsAt', 'Starts', { type: 'datetime-local' })}
        {field('hours', 'Hours long', { inputMode: 'decimal' })}
        {field('tierName', 'Tier name')}
        {field('price', 'Price (USD, 0 for free)', { inputMode: 'decimal' })}
        {field('capacity', 'Seats', { inputMode: 'numeric' })}
        {field('manifestId', 'Manifest the money splits along', {
          list: 'recent-manifests',
          placeholder: 'fair_…',
        })}
      </div>
      <RecentManifestOptions />
      <button type="submit" disabled={action.busy}>
        {action.busy ? 'Signing and creating the event and its DID…' : 'Create event'}
      </button>
      <ErrorText error={action.error} />
    </form>
  );
}

type Outcome = { ok: boolean; text: string };

/** The door: paste a ticket token (or scan it elsewhere and paste), verify it offline, then check it in. */
function Door({ events }: { events: EventFieldsFragment[] }) {
  const { session } = useImajin();
  const [eventId, setEventId] = useState('');
  const [token, setToken] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [checkIn] = useCheckIn();
  const event = events.find((e) => e.id === eventId) ?? events[0];
  const verify = (): Outcome => {
    try {
      const claims = verifyTicketToken(token.trim(), { backend: cryptoBackend, eventDid: event.did });
      return {
        ok: true,
        text: `Valid ticket ${claims.ticketId}, signed by the event, for ${claims.holderDid}.`,
      };
    } catch (error) {
      return { ok: false, text: `Not a valid ticket for this event: ${(error as Error).message}` };
    }
  };
  const admitting = useAction(async () => {
    setOutcome(null);
    try {
      const admitted = await checkIn(event.id, token);
      setOutcome({
        ok: true,
        text: `Admitted at ${new Date(admitted.checkedInAt).toLocaleTimeString()}: let them in.`,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      const sentence = errorCode(error) === 'CONFLICT' ? doubleScanSentence(message, session!.did) : null;
      if (sentence) setOutcome({ ok: false, text: sentence });
      else throw error;
    }
  });
  if (!event) return null;
  return (
    <form
      className="card"
      aria-label="Door"
      onSubmit={(e) => {
        e.preventDefault();
        void admitting.run();
      }}
    >
      <h2>Check tickets in</h2>
      <label>
        Event
        <select value={event.id} onChange={(e) => setEventId(e.target.value)}>
          {events.map((e) => (
            <option key={e.id} value={e.id}>
              {e.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Ticket token
        <textarea
          value={token}
          rows={3}
          placeholder="mjt1.…"
          onChange={(e) => {
            setToken(e.target.value);
            // A token names its event: pick it when it is one of yours (a bad token is caught on verify).
            try {
              const named = events.find(
                (ev) => ev.did === decodeTicketToken(e.target.value.trim()).claims.eventDid,
              );
              if (named) setEventId(named.id);
            } catch {
              /* not a token yet: keep the chosen event */
            }
            setOutcome(null);
          }}
        />
      </label>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={token.trim() === ''}
          onClick={() => setOutcome(verify())}
        >
          Verify offline
        </button>
        <button type="submit" disabled={admitting.busy || token.trim() === ''}>
          {admitting.busy ? 'Checking in…' : 'Check in'}
        </button>
      </div>
      {outcome && (
        <p className={outcome.ok ? 'ok verdict' : 'error verdict'} role="status" data-testid="door-outcome">
          {outcome.text}
        </p>
      )}
      <ErrorText error={admitting.error} />
    </form>
  );
}

/** The host's side: create events, see your events' seats, and admit tickets at the door. */
export function EventHost({ onCreated }: { onCreated: () => void }) {
  const { session } = useImajin();
  const hosted = useHostedEventsQuery({ variables: { did: session!.did }, fetchPolicy: 'cache-and-network' });
  const mine = hosted.data?.identity?.hostedEvents ?? [];
  return (
    <>
      <CreateEventForm
        onCreated={() => {
          void hosted.refetch();
          onCreated();
        }}
      />
      {mine.length > 0 && (
        <div className="card">
          <h2>Your events</h2>
          <ErrorText error={hosted.error} />
          <ul className="list" aria-label="Your events">
            {mine.map((e) => (
              <li key={e.id}>
                <span>
                  <strong>{e.title}</strong>{' '}
                  {e.tiers
                    .map(
                      (t) =>
                        `${t.name}: ${t.reserved}/${t.capacity} taken, ${Number(t.price) === 0 ? 'free' : formatMoney(t.price, t.currency)}`,
                    )
                    .join(' · ')}
                </span>
                <DidText did={e.did} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {mine.length > 0 && <Door events={mine} />}
    </>
  );
}
