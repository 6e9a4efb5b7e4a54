import type { NavItem, NavSection } from '../../components/AppLayout.tsx';
import type { Role } from '../../graphql/graphql.ts';

export const ROLE_LABELS: Record<Role, string> = {
  CUSTOMER_ADMIN: 'Customer admin',
  CUSTOMER_MEMBER: 'Member',
  CSM: 'Customer success manager',
  PROVIDER_ADMIN: 'Provider admin',
};

export const CUSTOMER_ROLES = ['CUSTOMER_ADMIN', 'CUSTOMER_MEMBER'] as const satisfies readonly Role[];
export const STAFF_ROLES = ['CSM', 'PROVIDER_ADMIN'] as const satisfies readonly Role[];

export const isRole = (value: string): value is Role => value in ROLE_LABELS;
export const isCustomerRole = (role: Role) => (CUSTOMER_ROLES as readonly Role[]).includes(role);

export interface ViewerAccess {
  role: Role;
  isProviderStaff: boolean;
  mailboxEnabled: boolean;
}

/** What the signed-in person may do, from their role; the API enforces the same rules. */
export function capabilitiesOf(viewer: ViewerAccess) {
  const { role } = viewer;
  const admin = role === 'CUSTOMER_ADMIN' || role === 'PROVIDER_ADMIN';
  return {
    /** Customer admins manage their own account's team; provider admins any account's and the staff. */
    manageTeam: admin,
    /** Customer admins and provider staff read change logs; members do not. */
    readChangeLog: role !== 'CUSTOMER_MEMBER',
    mailbox: admin && viewer.mailboxEnabled,
    portfolio: viewer.isProviderStaff,
    createAccounts: role === 'PROVIDER_ADMIN',
    /** Provider admins edit every field; the assigned CSM the journey phase and renewal date. */
    editAccount: viewer.isProviderStaff,
    editAccountNameAndCsm: role === 'PROVIDER_ADMIN',
    manageStaff: role === 'PROVIDER_ADMIN',
    /** Customer admins manage their account's metrics; provider admins the provider's templates. */
    manageMetrics: admin,
  };
}

export type Capabilities = ReturnType<typeof capabilitiesOf>;

const GOALS: NavItem = { to: '/goals', label: 'Goals' };
const STAKEHOLDERS: NavItem = { to: '/stakeholders', label: 'Stakeholders' };

/** Areas that arrive in later releases; every role sees them. */
export const COMING_AREAS: NavItem[] = [
  { to: '/outcomes', label: 'Outcomes' },
  { to: '/learning', label: 'Learning' },
  { to: '/plans', label: 'Plans' },
];

/** The success areas open now, for a customer's people: their goals, metrics and stakeholders. */
export const SUCCESS_AREAS: NavItem[] = [GOALS, { to: '/metrics', label: 'Metrics' }, STAKEHOLDERS];

/** The navigation a viewer gets: only places their role can use. */
export function navigationFor(viewer: ViewerAccess): NavSection[] {
  const can = capabilitiesOf(viewer);
  if (viewer.isProviderStaff) {
    const provider: NavItem[] = [];
    if (can.manageStaff) provider.push({ to: '/team', label: 'Team' });
    provider.push({ to: '/metrics', label: 'Metric templates' });
    if (can.mailbox) provider.push({ to: '/mailbox', label: 'Mailbox' });
    return [
      {
        label: 'Portfolio',
        items: [
          { to: '/', label: 'Home', end: true },
          { to: '/accounts', label: 'Accounts' },
        ],
      },
      { label: 'Success', items: [GOALS, STAKEHOLDERS, ...COMING_AREAS] },
      { label: 'Provider', items: provider },
    ];
  }
  const account: NavItem[] = [{ to: '/', label: 'Home', end: true }];
  if (can.manageTeam) account.push({ to: '/team', label: 'Team' });
  if (can.readChangeLog) account.push({ to: '/changelog', label: 'Change log' });
  if (can.mailbox) account.push({ to: '/mailbox', label: 'Mailbox' });
  return [
    { label: 'Account', items: account },
    { label: 'Success', items: [...SUCCESS_AREAS, ...COMING_AREAS] },
  ];
}
