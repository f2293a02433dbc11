import express, { type Express, type Request, type Response } from 'express';

import { internalRoute, type Logger, type NodeKeys } from '@imajin/subgraph-common';

import { renderCheckoutPage } from './checkout.page';
import type { CheckoutRow } from './checkout.rows';
import { toCheckoutView } from './checkout.rows';
import type { CheckoutService } from './checkout.service';
import { sendError } from './http-errors';

/**
 * The local provider's page (GET /checkout/:id, POST .../complete and .../cancel: a form post redirects
 * back to the page, anything else gets the checkout as JSON) and events' POST /internal/checkouts.
 */
export function mountCheckoutRoutes(
  app: Express,
  checkouts: CheckoutService,
  keys: NodeKeys,
  logger: Logger,
): void {
  app.get('/checkout/:id', (req: Request, res: Response) => {
    const id = String(req.params.id);
    checkouts
      .require(id)
      .then((row) => checkouts.expireIfDue(row))
      .then(
        (row) => res.type('html').send(renderCheckoutPage(row)),
        (error: unknown) => sendError(res, error, logger, 'checkout page'),
      );
  });

  const action = (run: (id: string) => Promise<CheckoutRow>) => (req: Request, res: Response) => {
    const id = String(req.params.id);
    run(id).then(
      (row) => {
        if (req.is('application/x-www-form-urlencoded'))
          res.redirect(303, `/checkout/${encodeURIComponent(id)}`);
        else res.json(toCheckoutView(row));
      },
      (error: unknown) => sendError(res, error, logger, 'checkout action'),
    );
  };
  const body = express.urlencoded({ extended: false, limit: '1kb' });
  app.post(
    '/checkout/:id/complete',
    body,
    action((id) => checkouts.completeLocal(id)),
  );
  app.post(
    '/checkout/:id/cancel',
    body,
    action((id) => checkouts.cancelLocal(id)),
  );

  internalRoute(app, '/internal/checkouts', keys, logger, (request) => checkouts.createInternal(request));
}
