import { useState } from 'react';

import { useEventsQuery, useImajin, usePurchaseTicket, type EventFieldsFragment } from '@imajin/react';

import { ErrorText } from '../components/error-text';
import { formatMoney } from '../components/money';
import { useAction } from '../use-action';

import { EventHost } from './events-host';
import { HoldProgress, MyTickets } from './events-tickets';

/** One public event with its tiers and a button per tier to get a ticket. */
function EventCard({ event }: { event: EventFieldsFragment }) {
  const { session } = useImajin();
  const [purchase] = usePurchaseTicket();
  const [holdId, setHoldId] = useState<string | null>(null);
  const buying = useAction(async (tierId: string) => {
    const hold = await purchase(tierId, session!.did);
    setHoldId(hold.id);
  });
  return (
    <li className="event" aria-label={event.title}>
      <div>
        <h3>{event.title}</h3>
        <p className="muted">
          {new Date(event.startsAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}
          {event.venue && ` · ${event.venue}`}
          {event.status === 'CANCELED' && ' · canceled'}
        </p>
        {event.description && <p>{event.description}</p>}
      </div>
      <ul className="list" aria-label={`Tiers of ${event.title}`}>
        {event.tiers.map((t) => {
          const free = Number(t.price) === 0;
          return (
            <li key={t.id}>
              <span>
                <strong>{t.name}</strong> {free ? 'Free' : formatMoney(t.price, t.currency)}{' '}
                <span className="muted">
                  {t.available} of {t.capacity} left
                </span>
              </span>
              <button
                type="button"
                disabled={buying.busy || t.available === 0 || event.status === 'CANCELED'}
                onClick={() => void buying.run(t.id)}
              >
                {buying.busy ? 'Reserving…' : free ? `Get a free ${t.name} ticket` : `Buy ${t.name} ticket`}
              </button>
            </li>
          );
        })}
      </ul>
      <ErrorText error={buying.error} />
      {holdId && <HoldProgress key={holdId} holdId={holdId} title={event.title} />}
    </li>
  );
}

/** Events: public events to get tickets for, the tickets you hold, and the host's tools. */
export function EventsPage() {
  const events = useEventsQuery({ variables: { first: 50 }, fetchPolicy: 'cache-and-network' });
  const list = events.data?.events?.edges.map((e) => e.node) ?? [];
  const titles = new Map(list.map((e) => [e.id, e.title]));
  return (
    <section className="stack">
      <h1>Events</h1>
      <MyTickets titles={titles} />
      <div className="card">
        <div className="actions spread">
          <h2>Upcoming public events</h2>
          <button type="button" className="secondary" onClick={() => void events.refetch()}>
            Refresh
          </button>
        </div>
        <ErrorText error={events.error} />
        {list.length === 0 && !events.loading && (
          <p className="muted">No public events yet: host one below.</p>
        )}
        <ul className="list events" aria-label="Public events">
          {list.map((e) => (
            <EventCard key={e.id} event={e} />
          ))}
        </ul>
      </div>
      <EventHost onCreated={() => void events.refetch()} />
    </section>
  );
}
