import { ApiClient, DEMO_PASSWORD, startTestServer, type TestServer } from '@ascent/api/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPortalBuilt, launchBrowser, PORTAL_DIST_DIR, signIn } from './browser.js';

describe('inviting a teammate, end to end', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    assertPortalBuilt();
    server = await startTestServer({ env: { PORTAL_DIST_DIR } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a customer admin invites someone, who accepts in another browser; the change log shows both', async () => {
    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, server.url, 'customer-admin@example.com', DEMO_PASSWORD);
    await expect.poll(() => admin.getByRole('heading', { level: 1 }).textContent()).toBe('Northwind Logistics');

    // Invite from the Team page.
    const nav = admin.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Team' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    await admin.getByRole('rowheader', { name: 'Morgan Member' }).waitFor();
    await admin.getByLabel('Email address').fill('nia.new@example.com');
    await admin.getByLabel('Role', { exact: true }).selectOption('CUSTOMER_MEMBER');
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin.getByRole('status').getByText('Invitation sent to nia.new@example.com').waitFor();
    const pending = admin.getByRole('table', { name: 'Pending invitations' });
    await pending.getByRole('rowheader', { name: 'nia.new@example.com' }).waitFor();

    // Read the invitation in the dev mailbox.
    await nav.getByRole('link', { name: 'Mailbox' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Mailbox' }).waitFor();
    const message = admin.getByRole('listitem').filter({ hasText: 'nia.new@example.com' });
    await message.getByRole('button', { name: /Show message/ }).click();
    const link = message.getByRole('link', { name: /\/invitation\// });
    await link.waitFor();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/invitation\/[\w-]+$/);
    const invitationPath = new URL(href!).pathname;

    // A second browser context: another person, no cookies.
    const invitee = await (await browser.newContext()).newPage();
    await invitee.goto(`${server.url}${invitationPath}`);
    await invitee.getByRole('heading', { level: 1, name: 'Join Northwind Logistics' }).waitFor();
    await expect.poll(() => invitee.getByText('invited you to join').textContent()).toContain('Casey Customer');
    await invitee.getByLabel('Your name').fill('Nia New');
    await invitee.getByLabel('Password', { exact: true }).fill('a long new password');
    await invitee.getByLabel('Confirm password').fill('a long new password');
    await invitee.getByRole('button', { name: 'Accept invitation' }).click();

    // Signed in, on the account's home, as the new member.
    await invitee.waitForURL(`${server.url}/`);
    await invitee.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).waitFor();
    const header = invitee.getByRole('banner');
    await header.getByText('Nia New').waitFor();
    await header.getByText('Member', { exact: true }).waitFor();
    const inviteeNav = invitee.getByRole('navigation', { name: 'Main' });
    expect(await inviteeNav.getByRole('link', { name: 'Team' }).count()).toBe(0);

    // The invitation link works only once.
    const again = await (await browser.newContext()).newPage();
    await again.goto(`${server.url}${invitationPath}`);
    await again.getByRole('heading', { level: 1, name: 'This invitation was already accepted' }).waitFor();

    // The admin's change log records both steps, newest first.
    await nav.getByRole('link', { name: 'Change log' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Change log' }).waitFor();
    const entries = admin.locator('.timeline-item');
    await entries.filter({ hasText: 'accepted the invitation' }).waitFor();
    const texts = await entries.allTextContents();
    const accepted = texts.findIndex((text) => text.includes('Nia New accepted the invitation and joined as Member'));
    const invited = texts.findIndex((text) => text.includes('Casey Customer invited nia.new@example.com as Member'));
    expect(accepted).toBeGreaterThanOrEqual(0);
    expect(invited).toBeGreaterThan(accepted);

    // And the team now lists the new member, with no pending invitation left.
    await nav.getByRole('link', { name: 'Team' }).click();
    await admin.getByRole('rowheader', { name: 'Nia New' }).waitFor();
    await admin.getByRole('heading', { name: 'No pending invitations' }).waitFor();
  });

  it('pages long lists with "Load more" (change log and mailbox)', async () => {
    // Contoso Health's admin sends 22 invitations: 22 more change log entries than the demo
    // data's (the account's creation and its first goal), and 22 messages.
    const api = await new ApiClient(server.url).signIn('other-admin@example.com', DEMO_PASSWORD);
    for (let index = 1; index <= 22; index++) {
      const result = await api.data<{ inviteUser: { errors: unknown[] } }>(
        `mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { errors { message } } }`,
        { input: { email: `person${index}@contoso.example`, role: 'CUSTOMER_MEMBER' } },
      );
      expect(result.inviteUser.errors).toEqual([]);
    }
    const log = await api.data<{ viewer: { account: { changeLog: { totalCount: number } } } }>(
      `{ viewer { account { changeLog(first: 1) { totalCount } } } }`,
    );
    const total = log.viewer.account.changeLog.totalCount;
    expect(total).toBeGreaterThan(22);
    expect(total).toBeLessThanOrEqual(40);

    const page = await (await browser.newContext()).newPage();
    await signIn(page, server.url, 'other-admin@example.com', DEMO_PASSWORD);
    await page.goto(`${server.url}/changelog`);
    await page.getByRole('heading', { level: 1, name: 'Change log' }).waitFor();
    const entries = page.locator('.timeline-item');
    await page.getByText(`Showing 20 of ${total} entries`).waitFor();
    expect(await entries.count()).toBe(20);
    // Newest first: the last invitation leads.
    expect(await entries.first().textContent()).toContain('person22@contoso.example');
    await page.getByRole('button', { name: 'Load more entries' }).click();
    await expect.poll(() => entries.count()).toBe(total);
    expect((await entries.allTextContents()).slice(20).join(' ')).toContain('created the account');
    expect(await page.getByRole('button', { name: 'Load more entries' }).count()).toBe(0);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mailbox' }).click();
    await page.getByText('Showing 20 of 22 messages').waitFor();
    await page.getByRole('button', { name: 'Load more messages' }).click();
    await expect.poll(() => page.locator('.message').count()).toBe(22);
    expect(await page.getByRole('button', { name: 'Load more messages' }).count()).toBe(0);
  });
});
