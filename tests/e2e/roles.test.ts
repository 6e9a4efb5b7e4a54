import { DEMO_PASSWORD, startTestServer, type TestServer } from '@ascent/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPortalBuilt, launchBrowser, PORTAL_DIST_DIR, signIn } from './browser.js';

describe('what each role sees', () => {
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

  const newPage = async (): Promise<Page> => (await browser.newContext()).newPage();
  const navLinks = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();

  it('shows the error for a wrong password; a member gets no team management or change log', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/`);
    await page.waitForURL(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill('customer-member@example.com');
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByText('That email and password do not match an account.').waitFor();
    const password = page.getByLabel('Password', { exact: true });
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent()).toContain('do not match');
    expect(page.url()).toBe(`${server.url}/sign-in`);

    await password.fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).waitFor();
    // The member reads the account's home: its phase and CSM.
    await page.getByRole('definition').filter({ hasText: 'Sam Success' }).waitFor();
    await page.getByRole('definition').filter({ hasText: 'Implementation' }).waitFor();
    expect(await page.getByRole('link', { name: 'Manage team' }).count()).toBe(0);
    const links = await navLinks(page);
    expect(links).toContain('Home');
    expect(links).toContain('Goals');
    expect(links).not.toContain('Team');
    expect(links).not.toContain('Change log');
    expect(links).not.toContain('Mailbox');

    // Typing the address does not open them either.
    await page.goto(`${server.url}/changelog`);
    await page.getByRole('heading', { name: 'Not available with your role' }).waitFor();
    await page.goto(`${server.url}/team`);
    await page.getByRole('heading', { name: 'Not available with your role' }).waitFor();
    expect(await page.getByLabel('Email address').count()).toBe(0);
  });

  it('shows a provider admin every account, and a CSM only the accounts assigned', async () => {
    const admin = await newPage();
    await signIn(admin, server.url, 'provider-admin@example.com', DEMO_PASSWORD);
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    const adminTable = admin.getByRole('table', { name: 'Accounts' });
    await adminTable.getByRole('link', { name: 'Northwind Logistics' }).waitFor();
    await adminTable.getByRole('link', { name: 'Contoso Health' }).waitFor();
    expect(await adminTable.locator('tbody tr').count()).toBe(2);
    expect(await navLinks(admin)).toEqual(expect.arrayContaining(['Accounts', 'Team', 'Mailbox']));

    // The provider admin invites Contoso Health's next admin from the account's Team page.
    await adminTable.getByRole('link', { name: 'Contoso Health' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Contoso Health' }).waitFor();
    await admin.getByRole('navigation', { name: 'Account sections' }).getByRole('link', { name: 'Team' }).click();
    await admin.getByRole('rowheader', { name: 'Olivia Other' }).waitFor();
    await admin.getByLabel('Email address').fill('second-admin@contoso.example');
    await admin.getByLabel('Role', { exact: true }).selectOption('CUSTOMER_ADMIN');
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin
      .getByRole('table', { name: 'Pending invitations' })
      .getByRole('rowheader', { name: 'second-admin@contoso.example' })
      .waitFor();

    const csm = await newPage();
    await signIn(csm, server.url, 'csm@example.com', DEMO_PASSWORD);
    await csm.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
    await csm.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    const csmTable = csm.getByRole('table', { name: 'Accounts' });
    await csmTable.getByRole('link', { name: 'Northwind Logistics' }).waitFor();
    expect(await csmTable.locator('tbody tr').count()).toBe(1);
    expect(await csmTable.getByText('Contoso Health').count()).toBe(0);
    expect(await navLinks(csm)).not.toContain('Team');

    // The CSM opens the account and moves it to the next phase; the change log records it.
    await csmTable.getByRole('link', { name: 'Northwind Logistics' }).click();
    await csm.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).waitFor();
    await csm.getByRole('link', { name: 'Edit details' }).click();
    await csm.getByRole('heading', { level: 1, name: 'Edit details' }).waitFor();
    expect(await csm.getByLabel('Account name').count()).toBe(0);
    await csm.getByLabel('Journey phase').selectOption('EVALUATION');
    await csm.getByRole('button', { name: 'Save changes' }).click();
    await csm.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).waitFor();
    await csm.getByRole('term').filter({ hasText: 'Journey phase' }).waitFor();
    await expect.poll(() => csm.locator('.stat').first().textContent()).toContain('Evaluation');
    await csm.getByRole('navigation', { name: 'Account sections' }).getByRole('link', { name: 'Change log' }).click();
    await csm.getByText('Sam Success updated the account details').waitFor();
    await csm.locator('.change').filter({ hasText: 'Implementation' }).filter({ hasText: 'Evaluation' }).waitFor();
  });

  it('sends someone whose session ended to sign in, and back to where they were', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, server.url, 'customer-admin@example.com', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).waitFor();

    // The session cookie disappears (expired, or signed out elsewhere); the page does not know yet.
    await context.clearCookies();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
    await page.waitForURL(`${server.url}/sign-in?next=%2Fteam`);
    await page.getByText('Your session has ended. Sign in again to continue.').waitFor();

    await page.getByLabel('Email').fill('customer-admin@example.com');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${server.url}/team`);
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
  });
});
