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
  let costGoalId: string;
  let proposalId: string;

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
    const goals = await api.data<{ viewer: { account: { goalTree: Array<{ id: string; title: string }> } } }>(
      `{ viewer { account { goalTree { id title } } } }`,
    );
    const idOf = (start: string) => goals.viewer.account.goalTree.find((goal) => goal.title.startsWith(start))!.id;
    costGoalId = idOf('Cut the cost');
    proposalId = idOf('Send customers proactive');
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
      [`/goals/${costGoalId}`, 'Cut the cost per shipment by 15 %'],
      [`/goals/${proposalId}`, 'Send customers proactive delay alerts'],
      [`/goals/${costGoalId}/edit`, 'Edit goal'],
      ['/goals/new', 'New goal'],
      ['/metrics', 'Metrics'],
      ['/stakeholders', 'Stakeholders'],
      ['/notifications', 'Notifications'],
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

  it('has no violations on the goal forms and panels while they are open, with their errors', async () => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, server.url, 'customer-admin@example.com', DEMO_PASSWORD);

    // The guided form, with a measure and the errors of an empty submit.
    await page.goto(`${server.url}/goals/new`);
    await heading(page, 'New goal');
    await page.getByLabel('Add a measure now').check();
    await page.getByRole('button', { name: 'Save goal' }).click();
    await page.getByText('Give the goal a title').waitFor();
    await expectAccessible(page, 'new goal with errors');

    // A goal's page with the measure editor, the conflict forms and the status form open.
    await page.goto(`${server.url}/goals/${costGoalId}`);
    await heading(page, 'Cut the cost per shipment by 15 %');
    await settled(page);
    await page.getByRole('button', { name: 'Change measure' }).click();
    await page.getByRole('button', { name: 'Mark as conflicting with another goal' }).click();
    await page.getByRole('button', { name: 'Resolve this conflict' }).click();
    await page.getByRole('radio', { name: 'Abandoned' }).check();
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.getByText('Say why the goal is abandoned.').waitFor();
    await settled(page);
    await expectAccessible(page, 'goal page with its forms open');

    // A proposal being declined.
    await page.goto(`${server.url}/goals`);
    await heading(page, 'Goals');
    await page.getByRole('button', { name: /^Decline/ }).click();
    await page.getByRole('button', { name: 'Decline proposal' }).click();
    await page.getByText('Say why, so that whoever proposed it understands.').waitFor();
    await expectAccessible(page, 'goals with a proposal being declined');

    // The stakeholder editor, in its dialog.
    await page.goto(`${server.url}/stakeholders`);
    await heading(page, 'Stakeholders');
    await settled(page);
    await page.getByRole('button', { name: 'Edit Rita Reyes' }).click();
    await page.getByRole('dialog', { name: 'Edit Rita Reyes' }).waitFor();
    await settled(page);
    await expectAccessible(page, 'stakeholder editor');
  });

  it('has no violations on a member’s goal pages', async () => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, server.url, 'customer-member@example.com', DEMO_PASSWORD);
    const pages: Array<[string, string]> = [
      ['/goals', 'Goals'],
      ['/goals/new', 'New goal of your own'],
      [`/goals/${costGoalId}`, 'Cut the cost per shipment by 15 %'],
      ['/stakeholders', 'Stakeholders'],
      ['/metrics', 'Metrics'],
    ];
    for (const [path, title] of pages) {
      await page.goto(`${server.url}${path}`);
      await heading(page, title);
      await settled(page);
      await expectAccessible(page, `member ${path}`);
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
      [`/accounts/${northwindId}/goals`, 'Goals'],
      [`/accounts/${northwindId}/goals/new`, 'Propose a goal'],
      [`/accounts/${northwindId}/goals/${costGoalId}`, 'Cut the cost per shipment by 15 %'],
      [`/accounts/${northwindId}/stakeholders`, 'Stakeholders'],
      ['/goals', 'Goals'],
      ['/stakeholders', 'Stakeholders'],
      ['/metrics', 'Metric templates'],
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

    for (const [path, title] of [
      ['/goals', 'Goals'],
      [`/goals/${costGoalId}`, 'Cut the cost per shipment by 15 %'],
      ['/goals/new', 'New goal'],
      ['/stakeholders', 'Stakeholders'],
      ['/metrics', 'Metrics'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await heading(page, title);
      await settled(page);
      await expectAccessible(page, `${path} at 360px`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} fits 360px`).toBeLessThanOrEqual(
        360,
      );
    }
  });
});
