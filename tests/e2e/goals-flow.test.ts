import { ApiClient, DEMO_PASSWORD, startTestServer, type TestServer } from '@ascent/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPortalBuilt, launchBrowser, PORTAL_DIST_DIR, signIn } from './browser.js';

/** A calendar day `days` from today, YYYY-MM-DD. */
const day = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);

/** The goal id at the end of the page's address (/goals/:goalId). */
const goalIdOf = (page: Page) => decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');

const toast = (page: Page, text: string | RegExp) => page.getByRole('status').getByText(text).waitFor();

describe('goals, end to end', () => {
  let server: TestServer;
  let browser: Browser;
  let northwindId: string;

  beforeAll(async () => {
    assertPortalBuilt();
    server = await startTestServer({ env: { PORTAL_DIST_DIR } });
    browser = await launchBrowser();
    const api = await new ApiClient(server.url).signIn('customer-admin@example.com', DEMO_PASSWORD);
    const data = await api.data<{ viewer: { account: { id: string } } }>(`{ viewer { account { id } } }`);
    northwindId = data.viewer.account.id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const newPage = async () => (await browser.newContext()).newPage();

  it('the admin writes goals, the CSM proposes one, the member endorses, a conflict is resolved; the change log shows it', async () => {
    // The customer admin writes a collective goal with a measure.
    const admin = await newPage();
    await signIn(admin, server.url, 'customer-admin@example.com', DEMO_PASSWORD);
    const nav = admin.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Goals' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Goals' }).waitFor();
    await admin
      .getByRole('list', { name: 'Goal tree' })
      .getByRole('link', { name: 'Cut the cost per shipment by 15 %' })
      .waitFor();
    await admin.getByRole('link', { name: 'New goal' }).click();
    await admin.getByRole('heading', { level: 1, name: 'New goal' }).waitFor();

    await admin.getByLabel('Title', { exact: true }).fill('Halve failed deliveries');
    await admin.getByLabel('Description').fill('Fewer parcels come back: customers get them the first time.');
    await admin.getByRole('radio', { name: 'Collective' }).check();
    await admin.getByRole('checkbox', { name: 'Relieving' }).check();
    await admin.getByRole('checkbox', { name: 'Enriching' }).check();
    // The outcome types show as soon as level and categories are chosen.
    const outcomes = admin.locator('.outcome-preview');
    await expect.poll(() => outcomes.textContent()).toContain('Efficiency');
    expect(await outcomes.textContent()).toContain('Association');
    await admin.getByRole('checkbox', { name: 'Operational', exact: true }).check();

    await admin.getByLabel('Add a measure now').check();
    const metric = admin.getByLabel('Metric', { exact: true });
    const template = metric.locator('option', { hasText: 'Issues resolved at first contact' });
    await template.waitFor({ state: 'attached' });
    // An operational metric fits an efficiency goal: it is marked as suggested.
    expect(await template.textContent()).toContain('suggested');
    expect(await template.textContent()).toContain('provider template');
    await metric.selectOption((await template.getAttribute('value'))!);
    await admin.getByLabel('Baseline').fill('62');
    await admin.getByLabel('Target').fill('80');
    // A due date before the goal exists is refused by the API; the error shows at the due date.
    const dueDate = admin.getByLabel('Due date');
    await dueDate.fill(day(-5));
    await admin.getByRole('radio', { name: 'Exceptional' }).check();
    await admin.getByRole('button', { name: 'Save goal' }).click();
    await expect.poll(() => dueDate.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await dueDate.getAttribute('aria-describedby'))!.split(' ')[0];
    expect(await admin.locator(`[id="${errorId}"]`).textContent()).toContain('cannot be before the goal was created');

    await dueDate.fill(day(200));
    await admin.getByRole('button', { name: 'Save goal' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Halve failed deliveries' }).waitFor();
    await toast(admin, '“Halve failed deliveries” was added to your goals.');
    const topGoalId = goalIdOf(admin);
    const measure = admin.getByRole('region', { name: 'Measure' });
    await measure.getByText('Issues resolved at first contact').waitFor();
    expect(await measure.textContent()).toContain('Exceptional');

    // …and a sub-goal under it: the form starts with the parent chosen.
    await admin.getByRole('link', { name: 'Add a sub-goal' }).click();
    await admin.getByRole('heading', { level: 1, name: 'New goal' }).waitFor();
    await expect.poll(() => admin.getByLabel('Parent goal').inputValue()).toBe(topGoalId);
    await admin.getByLabel('Title', { exact: true }).fill('Call customers before a late delivery');
    await admin.getByRole('radio', { name: 'Collective' }).check();
    await admin.getByRole('checkbox', { name: 'Enabling' }).check();
    await admin.getByRole('button', { name: 'Save goal' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Call customers before a late delivery' }).waitFor();
    const subGoalId = goalIdOf(admin);
    await admin.locator('.page-description').getByRole('link', { name: 'Halve failed deliveries' }).waitFor();

    // The CSM proposes a goal for the account, and marks the sub-goal as conflicting with another goal.
    const csm = await newPage();
    await signIn(csm, server.url, 'csm@example.com', DEMO_PASSWORD);
    await csm.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
    await csm.getByRole('table', { name: 'Accounts' }).getByRole('link', { name: 'Northwind Logistics' }).click();
    await csm.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).waitFor();
    await csm.getByRole('navigation', { name: 'Account sections' }).getByRole('link', { name: 'Goals' }).click();
    await csm.getByRole('heading', { level: 1, name: 'Goals' }).waitFor();
    await csm.getByRole('link', { name: 'Propose a goal' }).click();
    await csm.getByRole('heading', { level: 1, name: 'Propose a goal' }).waitFor();
    await csm.getByLabel('Title', { exact: true }).fill('Share a monthly delivery report');
    await csm.getByRole('radio', { name: 'Collective' }).check();
    await csm.getByRole('checkbox', { name: 'Enriching' }).check();
    await csm
      .getByLabel('Parent goal')
      .locator('option', { hasText: 'Halve failed deliveries' })
      .waitFor({ state: 'attached' });
    await csm.getByLabel('Parent goal').selectOption(topGoalId);
    await csm.getByRole('button', { name: 'Propose goal' }).click();
    await csm.getByRole('heading', { level: 1, name: 'Share a monthly delivery report' }).waitFor();
    await toast(csm, /is proposed/);
    await csm.getByRole('heading', { name: 'A proposal' }).waitFor();

    await csm.goto(`${server.url}/accounts/${northwindId}/goals/${subGoalId}`);
    await csm.getByRole('heading', { level: 1, name: 'Call customers before a late delivery' }).waitFor();
    await csm.getByRole('button', { name: 'Mark as conflicting with another goal' }).click();
    const conflicting = csm.getByLabel('Conflicts with');
    await conflicting
      .locator('option', { hasText: 'Cut the cost per shipment by 15 %' })
      .waitFor({ state: 'attached' });
    await conflicting.selectOption({ label: 'Cut the cost per shipment by 15 %' });
    await csm
      .getByLabel('How do the goals clash?')
      .fill('Calling every customer takes dispatcher time, which costs money.');
    await csm.getByRole('button', { name: 'Record the conflict' }).click();
    await toast(csm, 'The conflict is recorded.');
    const csmConflicts = csm.getByRole('region', { name: 'Conflicts' });
    await csmConflicts.getByText('Calling every customer takes dispatcher time').waitFor();
    // Only the customer's admins resolve conflicts.
    expect(await csmConflicts.getByRole('button', { name: 'Resolve this conflict' }).count()).toBe(0);

    // The admin's bell tells of the proposal; its notification leads to the goal.
    await admin.reload();
    const bell = admin.getByRole('link', { name: /^Notifications, \d+ unread$/ });
    await bell.click();
    await admin.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await admin.getByRole('link', { name: 'Sam Success proposes a goal: “Share a monthly delivery report”' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Share a monthly delivery report' }).waitFor();

    // The admin accepts the proposal from "Waiting for you".
    await nav.getByRole('link', { name: 'Goals' }).click();
    const waiting = admin.getByRole('region', { name: 'Waiting for you' });
    const proposal = waiting.getByRole('listitem').filter({ hasText: 'Share a monthly delivery report' });
    await proposal.getByText('Proposed by Sam Success').waitFor();
    await proposal.getByRole('button', { name: 'Accept “Share a monthly delivery report”' }).click();
    await toast(admin, '“Share a monthly delivery report” is accepted and now active.');
    await expect
      .poll(() => waiting.getByRole('link', { name: 'Share a monthly delivery report', exact: true }).count())
      .toBe(0);
    // The seeded proposal still waits.
    await waiting.getByRole('link', { name: 'Send customers proactive delay alerts', exact: true }).waitFor();
    // The CSM hears the answer.
    await csm.goto(`${server.url}/notifications`);
    await csm.getByRole('link', { name: 'Accepted: “Share a monthly delivery report”' }).waitFor();

    // The member endorses the new collective goal.
    const member = await newPage();
    await signIn(member, server.url, 'customer-member@example.com', DEMO_PASSWORD);
    await member.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals' }).click();
    await member
      .getByRole('list', { name: 'Goal tree' })
      .getByRole('link', { name: 'Halve failed deliveries' })
      .click();
    await member.getByRole('heading', { level: 1, name: 'Halve failed deliveries' }).waitFor();
    const endorsements = member.getByRole('region', { name: 'Endorsements' });
    await endorsements.getByRole('button', { name: 'Endorse this goal' }).click();
    await toast(member, 'You endorse this goal now.');
    await endorsements.getByText('Morgan Member').waitFor();
    await endorsements.getByRole('button', { name: 'Withdraw my endorsement' }).waitFor();
    // A member does not change a shared goal.
    expect(await member.getByRole('link', { name: 'Edit goal' }).count()).toBe(0);

    // The admin resolves the conflict: the cost goal comes first.
    await admin
      .getByRole('list', { name: 'Goal tree' })
      .getByRole('link', { name: 'Call customers before a late delivery' })
      .click();
    await admin.getByRole('heading', { level: 1, name: 'Call customers before a late delivery' }).waitFor();
    const conflicts = admin.getByRole('region', { name: 'Conflicts' });
    await conflicts.getByRole('button', { name: 'Resolve this conflict' }).click();
    await conflicts.getByRole('radio', { name: 'Prioritise' }).check();
    await conflicts.getByRole('radio', { name: 'Cut the cost per shipment by 15 %' }).check();
    await conflicts.getByLabel('Note').fill('Call only when a delivery is more than a day late.');
    await conflicts.getByRole('button', { name: 'Record the resolution' }).click();
    await toast(admin, 'The conflict is resolved: prioritise.');
    await conflicts.getByText('Handled: Prioritise.').waitFor();
    await conflicts.getByText('“Cut the cost per shipment by 15 %” comes first.').waitFor();
    await conflicts.getByText('Call only when a delivery is more than a day late.').waitFor();

    // The change log tells every step, newest first.
    await nav.getByRole('link', { name: 'Change log' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Change log' }).waitFor();
    const entries = admin.locator('.timeline-item');
    await entries.filter({ hasText: 'resolved a goal conflict' }).waitFor();
    const texts = await entries.allTextContents();
    const at = (text: string) => {
      const index = texts.findIndex((entry) => entry.includes(text));
      expect(index, `the change log shows “${text}”`).toBeGreaterThanOrEqual(0);
      return index;
    };
    const steps = [
      at('Casey Customer resolved a goal conflict: prioritise'),
      at('Morgan Member endorsed a goal'),
      at('Casey Customer accepted a proposed goal'),
      at(
        'Sam Success marked two goals as conflicting: Call customers before a late delivery ↔ Cut the cost per shipment by 15 %',
      ),
      at('Sam Success proposed the goal “Share a monthly delivery report”'),
      at('Casey Customer wrote the goal “Call customers before a late delivery”'),
      at('Casey Customer wrote the goal “Halve failed deliveries”'),
    ];
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    // The measure was set with the goal, in the same change.
    expect(at('Casey Customer set a goal’s measure')).toBeGreaterThan(steps[5]!);
    expect(texts[at('set a goal’s measure')]).toContain('Issues resolved at first contact');
    // Entries about a goal open it.
    const wrote = entries.filter({ hasText: 'Casey Customer wrote the goal “Halve failed deliveries”' });
    await wrote.getByRole('link', { name: /Open the goal/ }).click();
    await admin.getByRole('heading', { level: 1, name: 'Halve failed deliveries' }).waitFor();
  });

  it('a goal marked achieved is celebrated, and the next goal is offered', async () => {
    const admin = await newPage();
    await signIn(admin, server.url, 'customer-admin@example.com', DEMO_PASSWORD);
    await admin.goto(`${server.url}/goals`);
    await admin
      .getByRole('list', { name: 'Goal tree' })
      .getByRole('link', { name: 'Onboard new dispatchers in under 5 days' })
      .click();
    await admin.getByRole('heading', { level: 1, name: 'Onboard new dispatchers in under 5 days' }).waitFor();
    const status = admin.getByRole('region', { name: 'Status' });
    await status.getByRole('radio', { name: 'Achieved' }).check();
    await status.getByRole('button', { name: 'Change status' }).click();

    const dialog = admin.getByRole('dialog', { name: 'Goal achieved!' });
    await dialog.waitFor();
    // The parent, an open sibling, or a new goal under the same parent.
    await dialog.getByRole('link', { name: 'Cut the cost per shipment by 15 %' }).waitFor();
    await dialog.getByRole('link', { name: 'Plan regional routes in the new planner' }).waitFor();
    await dialog.getByRole('link', { name: 'Write a new goal under the same parent' }).click();
    await admin.getByRole('heading', { level: 1, name: 'New goal' }).waitFor();
    await expect
      .poll(() => admin.getByLabel('Parent goal').locator('option:checked').textContent())
      .toBe('Cut the cost per shipment by 15 %');

    // Finished goals leave the tree unless asked for.
    await admin.goto(`${server.url}/goals`);
    const tree = admin.getByRole('list', { name: 'Goal tree' });
    await tree.getByRole('link', { name: 'Plan regional routes in the new planner' }).waitFor();
    expect(await tree.getByRole('link', { name: 'Onboard new dispatchers in under 5 days' }).count()).toBe(0);
    await admin.getByLabel('Show finished goals').check();
    await tree.getByRole('link', { name: 'Onboard new dispatchers in under 5 days' }).waitFor();
  });

  it('tells the editor when someone else changed the goal first', async () => {
    const admin = await newPage();
    await signIn(admin, server.url, 'customer-admin@example.com', DEMO_PASSWORD);
    await admin.goto(`${server.url}/goals`);
    await admin
      .getByRole('list', { name: 'Goal tree' })
      .getByRole('link', { name: 'Plan regional routes in the new planner' })
      .click();
    await admin.getByRole('heading', { level: 1, name: 'Plan regional routes in the new planner' }).waitFor();
    await admin.getByRole('link', { name: 'Edit goal' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Edit goal' }).waitFor();
    // The form holds the goal as loaded (and any background refresh is done) before the other edit.
    await expect
      .poll(() => admin.getByLabel('Title', { exact: true }).inputValue())
      .toBe('Plan regional routes in the new planner');
    await admin.waitForLoadState('networkidle');
    const goalId = decodeURIComponent(new URL(admin.url()).pathname.split('/')[2]!);

    // Meanwhile, someone else saves a change over the API.
    const api = await new ApiClient(server.url).signIn('customer-admin@example.com', DEMO_PASSWORD);
    const current = await api.data<{ node: { version: number } }>(
      `query ($id: ID!) { node(id: $id) { ... on Goal { version } } }`,
      { id: goalId },
    );
    const saved = await api.data<{ updateGoal: { errors: unknown[] } }>(
      `mutation ($input: UpdateGoalInput!) { updateGoal(input: $input) { errors { message } } }`,
      { input: { id: goalId, version: current.node.version, title: 'Plan all regional routes in the new planner' } },
    );
    expect(saved.updateGoal.errors).toEqual([]);

    await admin.getByLabel('Title', { exact: true }).fill('Plan routes in the new planner');
    await admin.getByRole('button', { name: 'Save changes' }).click();
    const notice = admin.getByRole('alert').filter({ hasText: 'Someone changed this goal while you had it open' });
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Reload this goal' }).click();
    await expect
      .poll(() => admin.getByLabel('Title', { exact: true }).inputValue())
      .toBe('Plan all regional routes in the new planner');
  });

  it('the CSM suggests stakeholders; the admin answers, edits the map, and manages metrics', async () => {
    const csm = await newPage();
    await signIn(csm, server.url, 'csm@example.com', DEMO_PASSWORD);
    await csm.goto(`${server.url}/accounts/${northwindId}/stakeholders`);
    await csm.getByRole('heading', { level: 1, name: 'Stakeholders' }).waitFor();
    const suggest = async (name: string, group: string, influence: string) => {
      await csm.getByLabel('Name', { exact: true }).fill(name);
      await csm.getByLabel('Group', { exact: true }).selectOption(group);
      await csm.getByRole('checkbox', { name: 'Usage' }).check();
      await csm.getByRole('radio', { name: influence }).check();
      await csm.getByRole('button', { name: 'Suggest stakeholder' }).click();
      await toast(csm, `${name} is suggested.`);
    };
    await suggest('Dana Driver', 'FRONT_LINE', '2 · Some');
    await suggest('Victor Vendor', 'OTHER_SUPPLIER', '1 · Little');
    const waitingForCustomer = csm.getByRole('region', { name: 'Suggestions waiting for the customer' });
    await waitingForCustomer.getByRole('heading', { name: 'Victor Vendor' }).waitFor();

    const admin = await newPage();
    await signIn(admin, server.url, 'customer-admin@example.com', DEMO_PASSWORD);
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stakeholders' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Stakeholders' }).waitFor();
    const waiting = admin.getByRole('region', { name: 'Suggestions waiting for you' });
    await waiting.getByRole('button', { name: 'Accept Dana Driver' }).click();
    await toast(admin, 'Dana Driver is now one of your stakeholders.');
    await waiting.getByRole('button', { name: 'Decline Victor Vendor' }).click();
    await waiting.getByLabel('Why do you decline Victor Vendor?').fill('We buy nothing from Victor any more.');
    await waiting.getByRole('button', { name: 'Decline suggestion' }).click();
    await toast(admin, 'The suggestion of Victor Vendor was declined.');

    // The map places people by group (rows) and influence (columns).
    const map = admin.getByRole('table', { name: /Stakeholder map/ });
    const cell = (group: string, influence: number) =>
      map
        .getByRole('row', { name: new RegExp(`^${group}`) })
        .getByRole('cell')
        .nth(influence - 1);
    await expect.poll(() => cell('Front line', 2).textContent()).toContain('Dana Driver');
    expect(await cell('IT', 3).textContent()).toContain('Rita Reyes');

    // The admin raises Rita's influence; she moves on the map.
    await admin.getByRole('button', { name: 'Edit Rita Reyes' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Edit Rita Reyes' });
    await dialog.getByRole('radio', { name: '4 · Strong' }).check();
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await toast(admin, 'Rita Reyes was saved.');
    await expect.poll(() => cell('IT', 4).textContent()).toContain('Rita Reyes');

    // The CSM sees the answer, with the reason for the one declined.
    await csm.reload();
    const declined = csm.getByRole('region', { name: 'Declined suggestions' });
    await declined.getByText('We buy nothing from Victor any more.').waitFor();

    // Metrics: adopt a provider template, and add one of the account's own.
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Metrics' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Metrics' }).waitFor();
    await admin.getByRole('button', { name: 'Adopt Likelihood to renew' }).click();
    await toast(admin, 'Likelihood to renew is now one of your metrics.');
    const own = admin.getByRole('table', { name: 'Your metrics' });
    await own.getByRole('rowheader', { name: /Likelihood to renew/ }).waitFor();

    await admin.getByLabel('Name', { exact: true }).fill('Parcels returned');
    expect(await admin.getByLabel('Key').inputValue()).toBe('parcels_returned');
    await admin.getByLabel('Unit').fill('%');
    await admin.getByLabel('Direction').selectOption('LOWER_IS_BETTER');
    await admin.getByRole('radio', { name: 'Operational' }).check();
    await admin.getByRole('radio', { name: 'Lagging' }).check();
    await admin.getByRole('button', { name: 'Add metric' }).click();
    await toast(admin, 'Parcels returned was added.');
    await own.getByRole('rowheader', { name: /Parcels returned/ }).waitFor();
  });
});
