import express, { type Express, type Request, type Response } from 'express';

import type { Logger } from '@imajin/subgraph-common';

import { sendError } from '../checkout/http-errors';

import type { StripeWebhookService } from './stripe-webhook.service';

/**
 * POST /webhooks/stripe: the raw body is verified (a parsed-and-reserialised body would not match the
 * signature). 2xx tells Stripe to stop retrying; errors other than a bad signature make it retry later.
 */
export function mountWebhookRoutes(app: Express, webhooks: StripeWebhookService, logger: Logger): void {
  app.post(
    '/webhooks/stripe',
    express.raw({ type: 'application/json', limit: '1mb' }),
    (req: Request, res: Response) => {
      const run = async () => {
        const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const event = webhooks.verify(raw, req.headers['stripe-signature']);
        return { received: true, outcome: await webhooks.handle(event) };
      };
      run().then(
        (result) => res.json(result),
        (error: unknown) => sendError(res, error, logger, 'stripe webhook'),
      );
    },
  );
}
