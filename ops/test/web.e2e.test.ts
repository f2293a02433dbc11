// The web app (clients/web) in a real headless Chromium against the whole stack: two people create keys in
// their browsers, register, sign in, find each other, vouch, and see the neighbourhood and the trust path.
import { browserSuite, createAndRegister, describeBrowser, PHONE, shot } from './browser';

describeBrowser('web.e2e')('web app', () => {
  const suite = browserSuite();

  it('serves the app at / and for client routes without shadowing the API', async () => {
    const { base } = suite;
    const html = { accept: 'text/html' };
    const home = await fetch(`${base}/`, { headers: html });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<div id="root">');
    const deep = await fetch(`${base}/trust?to=x`, { headers: html });
    expect(await deep.text()).toContain('<div id="root">');
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${base}/graphql`, { headers: html })).text()).toContain('GraphiQL');
    const api = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await api.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('lets two people register, vouch and see the trust path with its signature', async () => {
    const { base, person } = suite;
    const alice = await person();
    const bob = await person();
    await createAndRegister(alice, base, 'alice_web');
    await createAndRegister(bob, base, 'bob_web');

    // The private key stays in the browser: what is stored there never appears in what was sent.
    const stored = await alice.evaluate(() => localStorage.getItem('imajin.keys.v1') ?? '');
    expect(stored).toContain('privateKeyMultibase');

    await alice.getByRole('heading', { name: 'People' }).waitFor();
    await alice.getByLabel('Find people by handle').fill('bob_w');
    await alice.getByRole('button', { name: 'Search' }).click();
    await alice.getByRole('button', { name: 'Vouch for @bob_web' }).click();
    await alice.getByText('You vouch for them').waitFor();
    await alice.getByRole('list', { name: 'Vouches you gave' }).getByText('@bob_web').waitFor();
    await shot(alice, 'people-desktop');

    await alice.getByRole('link', { name: 'Trust' }).click();
    await alice.getByRole('list', { name: 'People in your neighbourhood' }).getByText('@bob_web').waitFor();
    // The picture is drawn: cytoscape renders into canvases inside the graph box.
    expect(await alice.getByTestId('trust-graph').first().locator('canvas').count()).toBeGreaterThan(0);

    await alice.getByLabel('To').fill('@bob_web');
    await alice.getByRole('button', { name: 'Find path' }).click();
    await alice.getByText('Found: 1 hop.').waitFor();
    const hops = alice.getByRole('list', { name: 'Hops' }).getByRole('listitem');
    expect(await hops.count()).toBe(1);
    await hops.first().getByText('Signed evidence').click();
    const signature = await alice.getByTestId('hop-signature').textContent();
    expect(signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    await shot(alice, 'trust-desktop');

    // And the other way round there is no path: the why-not explanation, in words.
    await bob.goto(`${base}/trust`);
    await bob.getByLabel('To').fill('@alice_web');
    await bob.getByRole('button', { name: 'Find path' }).click();
    await bob.getByTestId('why-not').waitFor();
    expect((await bob.getByTestId('why-not').textContent())!.length).toBeGreaterThan(20);

    await alice.setViewportSize(PHONE);
    await alice.reload();
    await alice.getByRole('list', { name: 'People in your neighbourhood' }).getByText('@bob_web').waitFor();
    await shot(alice, 'trust-phone');
  }, 90_000);

  it('shows an invalid handle as a readable sentence beside the handle field', async () => {
    const { base, person, stack } = suite;
    const carol = await person(PHONE);
    await carol.goto(`${base}/`);
    await carol.getByRole('button', { name: 'Create a key' }).click();
    await carol.getByLabel('Handle').fill('No Spaces!');
    await carol.getByRole('button', { name: 'Register and sign in' }).click();
    const alert = carol.getByRole('form', { name: 'Register' }).getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent())!;
    expect(text).toMatch(/handle/i);
    expect(text).toMatch(/[.!?]$/);
    expect(text).not.toMatch(/BAD_USER_INPUT|GraphQL|Error:/);
    expect(await carol.getByLabel('Handle').getAttribute('aria-invalid')).toBe('true');
    await shot(carol, 'register-error-phone');
    const rows = await stack.sql<{ n: string }>(
      "SELECT count(*) AS n FROM identity.identities WHERE kind <> 'NODE'",
    );
    expect(Number(rows[0].n)).toBe(2);
  }, 60_000);
});
