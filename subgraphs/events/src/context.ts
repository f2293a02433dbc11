import DataLoader from 'dataloader';

import type { Clock, Logger, Viewer } from '@imajin/subgraph-common';

import type { EventEntity, TierEntity } from './event/event.entity';
import type { EventService } from './event/event.service';
import type { PurchaseService } from './ticket/purchase.service';
import type { CheckInEntity, TicketEntity } from './ticket/ticket.entity';
import type { TicketService } from './ticket/ticket.service';

export interface EventsServices {
  events: EventService;
  purchases: PurchaseService;
  tickets: TicketService;
  clock: Clock;
}

export interface EventsContext {
  viewer: Viewer;
  logger: Logger;
  services: EventsServices;
  loaders: {
    event: DataLoader<string, EventEntity | null>;
    tiersOf: DataLoader<string, TierEntity[]>;
    tier: DataLoader<string, TierEntity | null>;
    ticket: DataLoader<string, TicketEntity | null>;
    ticketOfHold: DataLoader<string, TicketEntity | null>;
    checkIn: DataLoader<string, CheckInEntity | null>;
  };
}

export function createContext(services: EventsServices, viewer: Viewer, logger: Logger): EventsContext {
  const { events, tickets } = services;
  return {
    viewer,
    logger,
    services,
    loaders: {
      event: new DataLoader((ids) => events.getMany(ids)),
      tiersOf: new DataLoader((ids) => events.tiersOf(ids)),
      tier: new DataLoader((ids) => events.tiersMany(ids)),
      ticket: new DataLoader((ids) => tickets.getMany(ids)),
      ticketOfHold: new DataLoader((ids) => tickets.byHolds(ids)),
      checkIn: new DataLoader((ids) => tickets.checkIns(ids)),
    },
  };
}
