import express, { type Express } from 'express';

import type { Logger } from '@imajin/subgraph-common';

import type { SessionService } from './session.service';

/**
 * The gateway's token lookup. It sits behind the same gateway-signed header check as /graphql (the
 * caller must prove it is the gateway), and answers 401 for anything but a live session.
 */
export function mountSessionRoutes(
  app: Express,
  sessions: SessionService,
  verifyGateway: (header: string | string[] | undefined) => void,
  logger: Logger,
): void {
  app.post('/internal/sessions/resolve', express.json({ limit: '4kb' }), async (req, res) => {
    try {
      verifyGateway(req.headers['x-imajin-viewer']);
    } catch {
      res.status(401).json({ error: 'Only the gateway may resolve sessions' });
      return;
    }
    const token: unknown = req.body?.token;
    if (typeof token !== 'string' || token.length > 200) {
      res.status(400).json({ error: 'Send {"token": "<bearer token>"}' });
      return;
    }
    try {
      const session = await sessions.resolve(token);
      if (!session) {
        res.status(401).json({ error: 'Unknown, expired or revoked session token' });
        return;
      }
      res.json({ did: session.did, expiresAt: session.expiresAt.toISOString() });
    } catch (error) {
      logger.error({ err: error }, 'session resolve failed');
      res.status(500).json({ error: 'Internal server error' });
    }
  });
}
