// Money and tickets in the web app (clients/web), in a real headless Chromium against the whole stack: an artist
// and a host sign .fair manifests (one upstream of the other), the host previews the split as a picture and sells
// a paid ticket, a buyer pays through the local checkout and gets a VALID ticket QR and a receipt that verifies in
// the browser, and the host admits the ticket once; the second scan says when and by whom.
import { type Locator, type Page } from 'playwright-core';

import { browserSuite, createAndRegister, describeBrowser, PHONE, shot } from './browser';

describeBrowser('web-money.e2e')('web app: money and tickets', () => {
  // Tickets are issued when events' consumer polls payments' outbox: quickly, so the page updates promptly.
  const suite = browserSuite({ env: { events: { PAYMENTS_OUTBOX_POLL_MS: '200' } } });

  /** Nothing wider than the screen: a phone scrolls down, never sideways. */
  const fitsWidth = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  /** Clicks "Open the checkout" (a new tab, as for a person), presses Pay there and comes back. */
  async function payInCheckout(page: Page, scope: Locator): Promise<void> {
    const [checkout] = await Promise.all([
      page.context().waitForEvent('page'),
      scope.getByRole('link', { name: 'Open the checkout' }).click(),
    ]);
    await checkout.getByRole('button', { name: 'Pay' }).click();
    await checkout.getByText('COMPLETED').waitFor();
    await checkout.close();
  }

  /** Fills the new-manifest form and returns the created manifest's id. */
  async function createManifest(
    page: Page,
    contributors: Array<[who: string, role: string, percent: string]>,
    upstreams: Array<[manifest: string, percent: string]> = [],
  ): Promise<string> {
    const form = page.getByRole('form', { name: 'New manifest' });
    for (const [i, [who, role, percent]] of contributors.entries()) {
      if (i > 0) await form.getByRole('button', { name: 'Add contributor' }).click();
      await form.getByLabel(`Contributor ${i + 1}`, { exact: true }).fill(who);
      await form.getByLabel(`Role ${i + 1}`, { exact: true }).fill(role);
      await form.getByLabel(`Share ${i + 1} (%)`, { exact: true }).fill(percent);
    }
    for (const [i, [manifest, percent]] of upstreams.entries()) {
      await form.getByRole('button', { name: 'Add upstream' }).click();
      await form.getByLabel(`Upstream ${i + 1}`, { exact: true }).fill(manifest);
      await form.getByLabel(`Upstream share ${i + 1} (%)`, { exact: true }).fill(percent);
    }
    await form.getByRole('button', { name: 'Sign and create manifest' }).click();
    const id = (await form.getByTestId('manifest-created').locator('code').textContent())!;
    expect(id).toMatch(/^fair_[0-9a-f]{64}$/);
    return id;
  }

  it('runs manifests, the split picture, a paid ticket with its receipt, and the door', async () => {
    const { base, person } = suite;
    const artist = await person();
    const host = await person();
    const buyer = await person();
    await createAndRegister(artist, base, 'artist_money');
    await createAndRegister(host, base, 'host_money');
    await createAndRegister(buyer, base, 'buyer_money');

    // The artist's own manifest, then the host's, which names the artist and passes 20 % upstream to it.
    await artist.getByRole('link', { name: 'Money' }).click();
    const upstream = await createManifest(artist, [['', 'composer', '100']]);
    await host.getByRole('link', { name: 'Money' }).click();
    const manifest = await createManifest(
      host,
      [
        ['me', 'organiser', '70'],
        ['@artist_money', 'performer', '10'],
      ],
      [[upstream, '20']],
    );

    // The artist opens the host's manifest from a link and co-signs it.
    await artist.goto(`${base}/money?manifest=${manifest}`);
    await artist.getByRole('button', { name: 'Co-sign as performer' }).click();
    await artist.getByText('You have co-signed this manifest.').waitFor();
    expect(await artist.getByRole('list', { name: 'Contributors' }).getByText('Co-signed').count()).toBe(2);

    // The split of 100.00 along the chain, as a picture: 70 to the host, 10 + 20 (upstream) to the artist.
    const preview = host.getByRole('form', { name: 'Settlement preview' });
    await preview.getByRole('button', { name: 'Preview' }).click();
    const picture = preview.getByTestId('settlement-picture').getByRole('img');
    await picture.waitFor();
    const described = (await picture.getAttribute('aria-label'))!;
    expect(described).toContain('@host_money gets 70.00 USD');
    expect(described).toContain('@artist_money gets 30.00 USD');
    expect(await preview.locator('path.flow.upstream').count()).toBe(1);
    await shot(host, 'money-desktop');

    // The host creates an event with a paid tier settling along that manifest.
    await host.getByRole('link', { name: 'Events' }).click();
    const newEvent = host.getByRole('form', { name: 'New event' });
    await newEvent.getByLabel('Title').fill('Paid night');
    await newEvent.getByLabel('Venue').fill('Lisbon');
    await newEvent.getByLabel('Price (USD, 0 for free)').fill('25');
    await newEvent.getByLabel('Manifest the money splits along').fill(manifest);
    await newEvent.getByRole('button', { name: 'Create event' }).click();
    await host.getByRole('list', { name: 'Your events' }).getByText('Paid night').waitFor();
    await newEvent.getByLabel('Title').fill('Free morning');
    await newEvent.getByLabel('Price (USD, 0 for free)').fill('0');
    await newEvent.getByRole('button', { name: 'Create event' }).click();
    await host.getByRole('list', { name: 'Your events' }).getByText('Free morning').waitFor();

    // A free ticket is issued at once: VALID, with its QR code, and no payment.
    await buyer.getByRole('link', { name: 'Events' }).click();
    const free = buyer.getByRole('listitem', { name: 'Free morning' });
    await free.getByRole('button', { name: 'Get a free Standard ticket' }).click();
    await free.getByTestId('ticket-status').getByText('VALID').waitFor();
    await free.getByTestId('ticket-qr').waitFor();
    expect(await free.getByTestId('receipt').count()).toBe(0);

    // The buyer buys the paid one, pays in the local checkout and comes back to a VALID ticket and a verified receipt.
    const card = buyer.getByRole('listitem', { name: 'Paid night' });
    await card.getByRole('button', { name: 'Buy Standard ticket' }).click();
    await card.getByText('Pay there, then come back').waitFor();
    await payInCheckout(buyer, card);
    await card.getByTestId('ticket-status').getByText('VALID').waitFor();
    await card.getByTestId('ticket-qr').waitFor();
    expect(await card.getByTestId('ticket-qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    const verdict = card.getByTestId('receipt-verdict');
    await verdict.getByText('Receipt verified in your browser').waitFor();
    expect(await card.getByRole('list', { name: 'Where the money went' }).getByRole('listitem').count()).toBe(
      2,
    );
    const token = (await card.getByTestId('ticket-token').textContent())!;
    expect(token).toMatch(/^mjt1\./);
    await shot(buyer, 'events-ticket-desktop');

    // The door: verified offline, admitted once, and the second scan says when and by whom.
    const door = host.getByRole('form', { name: 'Door' });
    await door.getByLabel('Ticket token').fill(token);
    // The token names its event, so the door picks "Paid night" among the host's two events by itself.
    expect(await door.getByLabel('Event').locator('option:checked').textContent()).toBe('Paid night');
    await door.getByRole('button', { name: 'Verify offline' }).click();
    await door
      .getByTestId('door-outcome')
      .getByText(/^Valid ticket/)
      .waitFor();
    await door.getByRole('button', { name: 'Check in' }).click();
    await door
      .getByTestId('door-outcome')
      .getByText(/^Admitted at/)
      .waitFor();
    await door.getByRole('button', { name: 'Check in' }).click();
    const again = door.getByTestId('door-outcome').getByText(/^Already checked in/);
    await again.waitFor();
    expect(await again.textContent()).toMatch(/admitted on .+ at .+ by you\. Do not let it in again\.$/);
    await shot(host, 'events-door-desktop');

    // The host's share reached the ledger: 70 % of 25.00, visible to the host only.
    await host.getByRole('link', { name: 'Money' }).click();
    await host.getByTestId('balances').getByText('17.50 USD').waitFor();
    expect(await host.getByRole('list', { name: 'Ledger' }).getByRole('listitem').count()).toBe(1);

    // Paying along a manifest directly from the Money page: the checkout, then a receipt that verifies.
    await artist.reload();
    const pay = artist.getByRole('form', { name: 'Pay' });
    await pay.getByLabel('Amount (USD)').fill('10');
    await pay.getByRole('button', { name: 'Start checkout' }).click();
    await pay.getByText('Waiting for the payment').waitFor();
    await payInCheckout(artist, pay);
    await pay.getByTestId('receipt-verdict').getByText('Receipt verified in your browser').waitFor();

    // On a phone: the ticket with its QR code, and the money page with its picture.
    await buyer.setViewportSize(PHONE);
    await buyer.reload();
    await buyer.getByLabel('Your tickets').getByTestId('ticket-qr').first().waitFor();
    await shot(buyer, 'events-phone');
    expect(await fitsWidth(buyer)).toBe(true);
    await host.setViewportSize(PHONE);
    await host.reload();
    await host
      .getByRole('form', { name: 'Settlement preview' })
      .getByRole('button', { name: 'Preview' })
      .click();
    await host.getByTestId('settlement-picture').waitFor();
    await shot(host, 'money-phone');
    expect(await fitsWidth(host)).toBe(true);
  }, 180_000);

  it('shows bad manifests and unknown people as sentences beside what caused them, writing nothing', async () => {
    const { base, person, stack } = suite;
    const count = async () =>
      (
        await stack.sql<{ n: string }>(
          'SELECT (SELECT count(*) FROM payments.fair_manifests) + (SELECT count(*) FROM payments.checkouts) AS n',
        )
      )[0].n;
    const before = await count();
    const page = await person(PHONE);
    await createAndRegister(page, base, 'careless_money');
    await page.getByRole('link', { name: 'Money' }).click();
    const form = page.getByRole('form', { name: 'New manifest' });
    await form.getByLabel('Share 1 (%)', { exact: true }).fill('90');
    await form.getByRole('button', { name: 'Sign and create manifest' }).click();
    await form
      .getByRole('alert')
      .getByText('The shares add up to 90 %: make them add up to exactly 100 %.')
      .waitFor();

    await form.getByLabel('Share 1 (%)', { exact: true }).fill('50');
    await form.getByRole('button', { name: 'Add contributor' }).click();
    await form.getByLabel('Contributor 2', { exact: true }).fill('@nobody_here');
    await form.getByLabel('Share 2 (%)', { exact: true }).fill('50');
    await form.getByRole('button', { name: 'Sign and create manifest' }).click();
    await form
      .getByRole('alert')
      .getByText('Nobody has the handle @nobody_here: check the spelling.')
      .waitFor();
    expect(await form.getByLabel('Contributor 2', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    // An API error: paying along a manifest that does not exist.
    const pay = page.getByRole('form', { name: 'Pay' });
    await pay.getByLabel('Manifest to pay').fill(`fair_${'0'.repeat(64)}`);
    await pay.getByRole('button', { name: 'Start checkout' }).click();
    const alert = pay.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent())!;
    expect(text).toMatch(/manifest/i);
    expect(text).toMatch(/[.!?]$/);
    expect(text).not.toMatch(/BAD_USER_INPUT|NOT_FOUND|GraphQL|Error:/);
    await shot(page, 'money-errors-phone');
    expect(await fitsWidth(page)).toBe(true);

    expect(await count()).toBe(before);
  }, 90_000);
});
