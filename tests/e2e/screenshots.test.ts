import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { ApiClient, DEMO_PASSWORD, startTestServer, type TestServer } from '@ascent/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { assertPortalBuilt, launchBrowser, PORTAL_DIST_DIR, signIn } from './browser.js';

/**
 * Screenshots of the main pages for a visual review, at desktop and phone widths.
 * Runs only when SCREENSHOT_DIR names a folder to write them to.
 */
const outputDir = process.env.SCREENSHOT_DIR;

describe.runIf(Boolean(outputDir))('screenshots', () => {
  let server: TestServer;
  let browser: Browser;
  let northwindId: string;
  let invitationPath: string;

  beforeAll(async () => {
    assertPortalBuilt();
    mkdirSync(outputDir!, { recursive: true });
    server = await startTestServer({ env: { PORTAL_DIST_DIR } });
    browser = await launchBrowser();
    const api = await new ApiClient(server.url).signIn('customer-admin@example.com', DEMO_PASSWORD);
    await api.data(`mutation($input: InviteUserInput!) { inviteUser(input: $input) { errors { message } } }`, {
      input: { email: 'ada@example.com', role: 'CUSTOMER_ADMIN' },
    });
    const mail = await api.data<{
      viewer: { account: { id: string }; mailbox: { nodes: Array<{ bodyText: string }> } };
    }>(`{ viewer { account { id } mailbox(first: 1) { nodes { bodyText } } } }`);
    northwindId = mail.viewer.account.id;
    invitationPath = /\/invitation\/[\w-]+/.exec(mail.viewer.mailbox.nodes[0]!.bodyText)![0];
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const shoot = async (page: Page, name: string) => {
    await page.waitForFunction(() => !document.querySelector('.loading'));
    await page.screenshot({ path: path.join(outputDir!, `${name}.png`), fullPage: true });
  };

  for (const [label, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 360, height: 740 }],
  ] as const) {
    it(`captures the pages at ${label} width`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${server.url}/sign-in`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await shoot(page, `${label}-sign-in-errors`);
      await page.goto(`${server.url}${invitationPath}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await shoot(page, `${label}-accept-invitation`);

      await signIn(page, server.url, 'customer-admin@example.com', DEMO_PASSWORD);
      for (const [route, name] of [
        ['/', 'home'],
        ['/team', 'team'],
        ['/changelog', 'changelog'],
        ['/mailbox', 'mailbox'],
        ['/goals', 'goals'],
      ] as const) {
        await page.goto(`${server.url}${route}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        if (route === '/mailbox')
          await page
            .getByRole('button', { name: /Show message/ })
            .first()
            .click();
        await shoot(page, `${label}-${name}`);
      }
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

      await signIn(page, server.url, 'provider-admin@example.com', DEMO_PASSWORD);
      for (const [route, name] of [
        ['/', 'portfolio'],
        [`/accounts/${northwindId}`, 'account'],
        [`/accounts/${northwindId}/team`, 'account-team'],
        [`/accounts/${northwindId}/edit`, 'account-edit'],
      ] as const) {
        await page.goto(`${server.url}${route}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await shoot(page, `${label}-${name}`);
      }
      await context.close();
    });
  }
});
