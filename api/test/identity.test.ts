import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SIGN_IN_MAX_FAILURES_PER_ADDRESS,
  SIGN_IN_MAX_FAILURES_PER_EMAIL,
} from '../src/modules/identity/identity.service.js';
import { ApiClient, errorCodes } from '../src/testing/client.js';
import { startTestServer, type TestServer } from '../src/testing/harness.js';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { name email } errors { field code message } } }`;
const VIEWER = `{ viewer { role isProviderStaff user { name email } account { name } } }`;

describe('sign-in, sessions and sign-out', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it('signs in with the right password and sets an HttpOnly, SameSite session cookie', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SIGN_IN,
        variables: { input: { email: ' Customer-Admin@Example.com ', password: 'ascent-demo-2026' } },
      }),
    });
    const body = (await response.json()) as any;
    expect(body.data.signIn).toEqual({
      user: { name: 'Casey Customer', email: 'customer-admin@example.com' },
      errors: [],
    });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^ascent_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);

    const { rows } = await server.database.owner.query('SELECT token_hash FROM sessions');
    const token = cookie.split(';')[0]!.split('=')[1]!;
    expect(rows.map((row) => row.token_hash)).not.toContain(token);
  });

  it('serves more sign-ins at once than the database pool has connections', async () => {
    const emails = ['customer-admin@example.com', 'customer-member@example.com', 'csm@example.com'];
    const attempts = Array.from({ length: 12 }, (_, index) => emails[index % emails.length]!);
    const signedIn = await Promise.race([
      Promise.all(attempts.map((email) => new ApiClient(server.url).signIn(email).then(() => true))),
      new Promise<string>((resolve) => setTimeout(() => resolve('stuck'), 15_000)),
    ]);
    expect(signedIn).toEqual(attempts.map(() => true));
  });

  it('tells who is signed in, and null when nobody is', async () => {
    const client = new ApiClient(server.url);
    expect((await client.data(VIEWER)).viewer).toBeNull();
    await client.signIn('customer-member@example.com');
    expect((await client.data(VIEWER)).viewer).toEqual({
      role: 'CUSTOMER_MEMBER',
      isProviderStaff: false,
      user: { name: 'Morgan Member', email: 'customer-member@example.com' },
      account: { name: 'Northwind Logistics' },
    });
    await client.signIn('csm@example.com');
    expect((await client.data(VIEWER)).viewer).toMatchObject({ role: 'CSM', isProviderStaff: true, account: null });
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const client = new ApiClient(server.url);
    const wrongPassword = await client.data(SIGN_IN, {
      input: { email: 'csm@example.com', password: 'not-the-password' },
    });
    const unknownEmail = await client.data(SIGN_IN, {
      input: { email: 'nobody@example.com', password: 'not-the-password' },
    });
    expect(wrongPassword.signIn).toEqual(unknownEmail.signIn);
    expect(wrongPassword.signIn.user).toBeNull();
    expect(wrongPassword.signIn.errors[0].code).toBe('INVALID_CREDENTIALS');
    expect(client.cookie).toBeUndefined();
  });

  it('signs out: the session stops working even if the cookie is replayed', async () => {
    const client = new ApiClient(server.url);
    await client.signIn('customer-admin@example.com');
    const stolenCookie = client.cookie;
    await client.data(`mutation { signOut { signedOut } }`);
    expect(client.cookie).toBeUndefined();
    client.cookie = stolenCookie;
    expect((await client.data(VIEWER)).viewer).toBeNull();
    expect(errorCodes(await client.request(`{ node(id: "x") { id } }`))).toEqual(['UNAUTHENTICATED']);
  });

  it('rejects an expired session', async () => {
    const client = new ApiClient(server.url);
    await client.signIn('other-admin@example.com');
    await server.database.owner.query(`UPDATE sessions SET expires_at = now() - interval '1 minute'`);
    expect((await client.data(VIEWER)).viewer).toBeNull();
  });

  it('throttles repeated failures per email, without revealing whether the email exists', async () => {
    const client = new ApiClient(server.url);
    for (const email of ['customer-member@example.com', 'ghost@example.com']) {
      for (let attempt = 0; attempt < SIGN_IN_MAX_FAILURES_PER_EMAIL; attempt++) {
        const response = await client.request(SIGN_IN, { input: { email, password: 'wrong-password' } });
        expect(response.data?.signIn.errors[0].code).toBe('INVALID_CREDENTIALS');
      }
      const limited = await client.request(SIGN_IN, { input: { email, password: 'wrong-password' } });
      expect(errorCodes(limited), email).toEqual(['RATE_LIMITED']);
    }
    // Even the right password waits out the window now.
    const right = await client.request(SIGN_IN, {
      input: { email: 'customer-member@example.com', password: 'ascent-demo-2026' },
    });
    expect(errorCodes(right)).toEqual(['RATE_LIMITED']);
    // Another person signing in from elsewhere is not affected.
    await new ApiClient(server.url).signIn('customer-admin@example.com');
  });
});

describe('sign-in throttling per address', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it('stops one address guessing across many emails', async () => {
    const client = new ApiClient(server.url);
    for (let attempt = 0; attempt < SIGN_IN_MAX_FAILURES_PER_ADDRESS; attempt++) {
      const response = await client.request(SIGN_IN, {
        input: { email: `guess${attempt}@example.com`, password: 'wrong-password' },
      });
      expect(response.data?.signIn.errors[0].code).toBe('INVALID_CREDENTIALS');
    }
    const limited = await client.request(SIGN_IN, {
      input: { email: 'customer-admin@example.com', password: 'ascent-demo-2026' },
    });
    expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
    expect(limited.errors![0]!.message).toBe('Too many failed sign-ins. Wait 15 minutes and try again.');
  });
});
