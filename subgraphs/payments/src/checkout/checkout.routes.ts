import express, { type Express, type Request, type Response } from 'express';

import { internalRoute, type Logger, type NodeKeys } from '@imajin/subgraph-common';

import { renderCheckoutPage } from './checkout.page';
import type { CheckoutRow } from './checkout.rows';
import { toCheckoutView } from './checkout.rows';
import type { CheckoutService } from './checkout.service';
import { sendError } from './http-errors';

/**
 * The local provider's pages and events' POST /internal/checkouts. The payer's link is
 * /checkout/:id/:secret (page with Pay / Cancel; POST .../complete and .../cancel: a form post redirects
 * back to the page, anything else gets the checkout as JSON). /checkout/:id alone is a status page (where
 * Stripe sends buyers back), and POSTs to /checkout/:id/complete or /cancel without the secret are refused.
 */
export function mountCheckoutRoutes(
  app: Express,
  checkouts: CheckoutService,
  keys: NodeKeys,
  logger: Logger,
): void {
  const page = (secret: (req: Request) => string | null) => (req: Request, res: Response) => {
    const id = String(req.params.id);
    const given = secret(req);
    Promise.resolve()
      .then(() => (given === null ? undefined : checkouts.checkPayer(id, given)))
      .then(() => checkouts.require(id))
      .then((row) => checkouts.expireIfDue(row))
      .then(
        (row) => res.type('html').send(renderCheckoutPage(row, given)),
        (error: unknown) => sendError(res, error, logger, 'checkout page'),
      );
  };
  app.get(
    '/checkout/:id',
    page(() => null),
  );
  app.get(
    '/checkout/:id/:secret',
    page((req) => String(req.params.secret)),
  );

  const action =
    (run: (id: string, secret: string | null) => Promise<CheckoutRow>) => (req: Request, res: Response) => {
      const id = String(req.params.id);
      const secret = typeof req.params.secret === 'string' ? req.params.secret : null;
      run(id, secret).then(
        (row) => {
          if (req.is('application/x-www-form-urlencoded'))
            res.redirect(303, `/checkout/${encodeURIComponent(id)}/${encodeURIComponent(secret ?? '')}`);
          else res.json(toCheckoutView(row));
        },
        (error: unknown) => sendError(res, error, logger, 'checkout action'),
      );
    };
  const body = express.urlencoded({ extended: false, limit: '1kb' });
  const complete = action((id, secret) => checkouts.completeLocal(id, secret));
  const cancel = action((id, secret) => checkouts.cancelLocal(id, secret));
  app.post('/checkout/:id/:secret/complete', body, complete);
  app.post('/checkout/:id/:secret/cancel', body, cancel);
  // The old secret-less paths answer with a clear refusal rather than a 404.
  app.post('/checkout/:id/complete', body, complete);
  app.post('/checkout/:id/cancel', body, cancel);

  internalRoute(app, '/internal/checkouts', keys, logger, (request) => checkouts.createInternal(request));
}
