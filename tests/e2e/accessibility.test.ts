import { AxeBuilder } from '@axe-core/playwright';
import { ApiClient, DEMO_PASSWORD, startTestServer, type TestServer } from '@ascent/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPortalBuilt, launchBrowser, PORTAL_DIST_DIR, signIn } from './browser.js';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const describeViolations = (violations: Violation[]) =>
  violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');

/** Runs axe (WCAG 2 A and AA) on the page as it is now; fails listing every violation. */
async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  if (results.violations.length)
    console.error(`Accessibility violations on ${name}:\n${describeViolations(results.violations)}`);
  expect(results.violations.map((violation) => `${name}: ${violation.id}`)).toEqual([]);
  // Every page has exactly one h1 and the main landmark.
  expect(await page.locator('h1').count(), `${name} has one h1`).toBe(1);
  expect(await page.getByRole('main').count(), `${name} has a main landmark`).toBe(1);
}

describe('accessibility (axe, WCAG 2 A and AA)', () => {
  let server: TestServer;
  let browser: Browser;
  let invitationPath: string;
  let northwindId: string;

  beforeAll(async () => {
    assertPortalBuilt();
    server = await startTestServer({ env: { PORTAL_DIST_DIR } });
    browser = await launchBrowser();

    // Arrange an open invitation (so the mailbox and pending list have rows) over the API.
    const api = await new ApiClient(server.url).signIn('customer-admin@example.com', DEMO_PASSWORD);
    const invited = await api.data<{ inviteUser: { errors: unknown[] } }>(
      `mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { errors { message } } }`,
      { input: { email: 'ada@example.com', role: 'CUSTOMER_ADMIN' } },
    );
    expect(invited.inviteUser.errors).toEqual([]);
    const mail = await api.data<{
      viewer: { account: { id: string }; mailbox: { nodes: Array<{ bodyText: string }> } };
    }>(`{ viewer { account { id } mailbox(first: 5) { nodes { bodyText } } } }`);
    const path = /\/invitation\/[\w-]+/.exec(mail.viewer.mailbox.nodes[0]?.bodyText ?? '')?.[0];
    expect(path).toBeDefined();
    invitationPath = path!;
    northwindId = mail.viewer.account.id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
  const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('.loading'));

  it('has no violations on the public pages', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/sign-in`);
    await heading(page, 'Sign in');
    await expectAccessible(page, 'sign-in');

    // With its errors showing, too.
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter your email address.').waitFor();
    await expectAccessible(page, 'sign-in with errors');

    await page.goto(`${server.url}${invitationPath}`);
    await heading(page, 'Join Northwind Logistics');
    await expectAccessible(page, 'accept invitation');

    await page.goto(`${server.url}/invitation/not-a-real-token`);
    await heading(page, 'This invitation link is not valid');
    await expectAccessible(page, 'unknown invitation');
  });

  it('has no violations on the customer admin pages', async () => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, server.url, 'customer-admin@example.com', DEMO_PASSWORD);
    const pages: Array<[string, string]> = [
      ['/', 'Northwind Logistics'],
      ['/team', 'Team'],
      ['/changelog', 'Change log'],
      ['/mailbox', 'Mailbox'],
      ['/goals', 'Goals'],
      ['/stakeholders', 'Stakeholders'],
    ];
    for (const [path, title] of pages) {
      await page.goto(`${server.url}${path}`);
      await heading(page, title);
      await settled(page);
      if (path === '/mailbox')
        await page
          .getByRole('button', { name: /Show message/ })
          .first()
          .click();
      await expectAccessible(page, path);
    }
  });

  it('has no violations on the provider pages', async () => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, server.url, 'provider-admin@example.com', DEMO_PASSWORD);
    const pages: Array<[string, string]> = [
      ['/', 'Portfolio'],
      ['/accounts', 'Accounts'],
      ['/accounts/new', 'New account'],
      [`/accounts/${northwindId}`, 'Northwind Logistics'],
      [`/accounts/${northwindId}/team`, 'Team'],
      [`/accounts/${northwindId}/changelog`, 'Change log'],
      [`/accounts/${northwindId}/edit`, 'Edit details'],
      ['/team', 'Team'],
      ['/mailbox', 'Mailbox'],
    ];
    for (const [path, title] of pages) {
      await page.goto(`${server.url}${path}`);
      await heading(page, title);
      await settled(page);
      await expectAccessible(page, path);
    }
  });

  it('has no violations at a phone width, with the menu open', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await signIn(page, server.url, 'customer-admin@example.com', DEMO_PASSWORD);
    await heading(page, 'Northwind Logistics');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).waitFor();
    await expectAccessible(page, 'home at 360px');
    // Nothing is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
