import { describe, expect, it } from 'vitest';
import { capabilitiesOf, navigationFor, type ViewerAccess } from './roles.ts';

const labels = (viewer: ViewerAccess) =>
  navigationFor(viewer).flatMap((section) => section.items.map((item) => item.label));

describe('navigationFor', () => {
  it('gives customer admins team, change log and (when on) the mailbox', () => {
    expect(labels({ role: 'CUSTOMER_ADMIN', isProviderStaff: false, mailboxEnabled: true })).toEqual([
      'Home',
      'Team',
      'Change log',
      'Mailbox',
      'Goals',
      'Metrics',
      'Stakeholders',
      'Outcomes',
      'Learning',
      'Plans',
    ]);
    expect(labels({ role: 'CUSTOMER_ADMIN', isProviderStaff: false, mailboxEnabled: false })).not.toContain('Mailbox');
  });

  it('gives members no team management and no change log', () => {
    const items = labels({ role: 'CUSTOMER_MEMBER', isProviderStaff: false, mailboxEnabled: true });
    expect(items).toContain('Home');
    expect(items).not.toContain('Team');
    expect(items).not.toContain('Change log');
    expect(items).not.toContain('Mailbox');
  });

  it('gives provider staff the accounts; only provider admins the staff team and mailbox', () => {
    expect(labels({ role: 'CSM', isProviderStaff: true, mailboxEnabled: true })).toEqual([
      'Home',
      'Accounts',
      'Goals',
      'Stakeholders',
      'Outcomes',
      'Learning',
      'Plans',
      'Metric templates',
    ]);
    expect(labels({ role: 'PROVIDER_ADMIN', isProviderStaff: true, mailboxEnabled: true })).toEqual(
      expect.arrayContaining(['Accounts', 'Team', 'Metric templates', 'Mailbox']),
    );
  });
});

describe('capabilitiesOf', () => {
  it('lets the CSM edit an account but not rename it or reassign its CSM', () => {
    const csm = capabilitiesOf({ role: 'CSM', isProviderStaff: true, mailboxEnabled: true });
    expect(csm.editAccount).toBe(true);
    expect(csm.editAccountNameAndCsm).toBe(false);
    expect(csm.manageTeam).toBe(false);
    expect(csm.createAccounts).toBe(false);
    expect(csm.manageMetrics).toBe(false);
  });

  it('lets customer admins manage their metrics and provider admins the templates', () => {
    expect(
      capabilitiesOf({ role: 'CUSTOMER_ADMIN', isProviderStaff: false, mailboxEnabled: false }).manageMetrics,
    ).toBe(true);
    expect(capabilitiesOf({ role: 'PROVIDER_ADMIN', isProviderStaff: true, mailboxEnabled: false }).manageMetrics).toBe(
      true,
    );
    expect(
      capabilitiesOf({ role: 'CUSTOMER_MEMBER', isProviderStaff: false, mailboxEnabled: false }).manageMetrics,
    ).toBe(false);
  });
});
