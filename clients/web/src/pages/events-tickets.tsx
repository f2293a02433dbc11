import { useEffect } from 'react';

import { useIdentityTicketsQuery, useImajin, useTicketHoldQuery } from '@imajin/react';

import { ErrorText } from '../components/error-text';
import { ReceiptCard } from '../components/receipt-card';
import { TicketQr } from '../components/ticket-qr';

export interface TicketView {
  id: string;
  status: string;
  token?: string | null;
  tierId: string;
  checkIn?: { checkedInAt: string } | null;
}

/** One ticket as its holder shows it at the door: status, QR code and the token to paste. */
export function TicketCard({ ticket, title }: { ticket: TicketView; title: string }) {
  return (
    <div className="ticket" data-testid="ticket">
      <div>
        <strong>{title}</strong>
        <p>
          Ticket{' '}
          <span className={ticket.status === 'VALID' ? 'badge ok' : 'badge bad'} data-testid="ticket-status">
            {ticket.status}
          </span>
          {ticket.checkIn && (
            <span className="muted">
              {' '}
              · checked in {new Date(ticket.checkIn.checkedInAt).toLocaleString()}
            </span>
          )}
        </p>
      </div>
      {ticket.token ? (
        <>
          <TicketQr token={ticket.token} label={`QR code of your ticket for ${title}`} />
          <details>
            <summary>Ticket token (to paste at the door)</summary>
            <code className="evidence" data-testid="ticket-token">
              {ticket.token}
            </code>
          </details>
        </>
      ) : (
        <p className="muted">Only the holder sees this ticket's code.</p>
      )}
    </div>
  );
}

/**
 * A purchase as the buyer follows it: a paid seat waits for the checkout (polled each second), then the
 * ticket appears with its QR code and the payment's signed receipt.
 */
export function HoldProgress({ holdId, title }: { holdId: string; title: string }) {
  const query = useTicketHoldQuery({
    variables: { id: holdId },
    fetchPolicy: 'network-only',
    pollInterval: 1000,
  });
  const { client } = useImajin();
  const hold = query.data?.ticketHold;
  const settled =
    hold !== undefined && hold !== null && hold.status !== 'PENDING' && hold.status !== 'OFFERED';
  const { stopPolling } = query;
  // Once the seat is settled, "Your tickets" and the seats left are out of date: fetch them again.
  useEffect(() => {
    if (!settled) return;
    stopPolling();
    void client.refetchQueries({ include: ['IdentityTickets', 'Events', 'HostedEvents'] });
  }, [settled, client, stopPolling]);
  if (!hold)
    return query.error ? <ErrorText error={query.error} /> : <p role="status">Reserving your seat…</p>;
  return (
    <div className="stack" data-testid="purchase">
      {hold.status === 'PENDING' && (
        <p className="progress" role="status">
          Seat held until {new Date(hold.expiresAt).toLocaleTimeString()}.{' '}
          {hold.checkoutUrl && (
            <a className="button" href={hold.checkoutUrl} target="_blank" rel="noopener">
              Open the checkout
            </a>
          )}{' '}
          Pay there, then come back: your ticket appears here.
        </p>
      )}
      {(hold.status === 'EXPIRED' || hold.status === 'CANCELED') && (
        <p className="error" role="alert">
          The seat was released before it was paid for: get a ticket again.
        </p>
      )}
      {hold.status === 'REFUNDED' && (
        <p className="error" role="alert">
          The payment arrived after the seat was released, so it was refunded in full.
        </p>
      )}
      {hold.ticket && <TicketCard ticket={hold.ticket} title={title} />}
      {hold.paymentId && hold.status !== 'PENDING' && <ReceiptCard paymentId={hold.paymentId} />}
    </div>
  );
}

/** Every ticket the signed-in person holds, newest first, each with its QR code. */
export function MyTickets({ titles }: { titles: Map<string, string> }) {
  const { session } = useImajin();
  const tickets = useIdentityTicketsQuery({
    variables: { did: session!.did },
    fetchPolicy: 'cache-and-network',
  });
  const list = tickets.data?.identity?.tickets ?? [];
  return (
    <div className="card">
      <div className="actions spread">
        <h2>Your tickets</h2>
        <button type="button" className="secondary" onClick={() => void tickets.refetch()}>
          Refresh
        </button>
      </div>
      <ErrorText error={tickets.error} />
      {list.length === 0 && !tickets.loading && <p className="muted">No tickets yet: get one below.</p>}
      <div className="tickets" aria-label="Your tickets">
        {list.map((t) => (
          <TicketCard key={t.id} ticket={t} title={titles.get(t.eventId) ?? 'Event'} />
        ))}
      </div>
    </div>
  );
}
