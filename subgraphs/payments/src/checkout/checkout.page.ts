import { formatMinorUnits } from '@imajin/protocol';

import type { CheckoutRow } from './checkout.rows';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The local provider's checkout page: what is bought, for how much, and Pay / Cancel while it is open. The
 * buttons (and the buyer) show only on the payer's link, which carries the checkout's `secret`.
 */
export function renderCheckoutPage(row: CheckoutRow, secret: string | null = null): string {
  const open = row.checkout_status === 'OPEN';
  const link = `/checkout/${encodeURIComponent(row.checkout_id)}/${encodeURIComponent(secret ?? '')}`;
  let actions = `<p>This checkout is <strong>${escape(row.checkout_status)}</strong>.</p>`;
  if (open && row.provider === 'local' && secret !== null) {
    actions = `<form method="post" action="${escape(link)}/complete"><button type="submit">Pay</button></form>
       <form method="post" action="${escape(link)}/cancel"><button type="submit">Cancel</button></form>`;
  } else if (open && row.provider === 'local') {
    actions += '<p>To pay, open the link you were given when the checkout was created.</p>';
  } else if (open) {
    // Stripe sends the buyer back here (success/cancel URLs); paying happens on Stripe's page.
    actions = `<p><a href="${escape(row.url)}">Pay with ${escape(row.provider)}</a></p>`;
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Imajin checkout</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<h1>${escape(row.description)}</h1>
<p>Amount: <strong>${escape(formatMinorUnits(row.amount, row.currency))}</strong></p>
${secret !== null ? `<p>Buyer: ${escape(row.buyer_did)}</p>` : ''}
<p>Expires: ${escape(row.expires_at.toISOString())}</p>
${row.provider === 'local' ? '<p><small>Local test checkout: no real money moves.</small></p>' : ''}
${actions}
</body></html>`;
}
