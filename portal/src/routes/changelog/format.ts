import { formatDay } from '../../components/format.ts';
import type { JourneyPhase, Role } from '../../graphql/graphql.ts';
import { PHASE_LABELS } from '../accounts/labels.ts';
import { ROLE_LABELS } from '../identity/roles.ts';

/** The parts of a change log entry this module reads (see ChangeLogEntry in the schema). */
export interface ChangeLogEntryLike {
  action: string;
  actorName: string;
  entityType: string;
  changes: ReadonlyArray<{ field: string; before: string | null; after: string | null }>;
}

export interface DisplayChange {
  field: string;
  label: string;
  /** The old value in words; null when there was none. */
  before: string | null;
  after: string | null;
}

export interface DisplayEntry {
  /** A short label for the kind of change, e.g. "Invitation sent". */
  label: string;
  /** One sentence saying who did what. */
  summary: string;
  tone: 'info' | 'success' | 'warning' | 'neutral';
  /** Field-by-field changes worth showing beside the summary. */
  changes: DisplayChange[];
}

const ACTION_LABELS: Record<string, string> = {
  'account.created': 'Account created',
  'account.updated': 'Account updated',
  'user.invited': 'Invitation sent',
  'invitation.accepted': 'Invitation accepted',
  'invitation.revoked': 'Invitation revoked',
  'membership.role_changed': 'Role changed',
};

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  email: 'Email',
  role: 'Role',
  journeyPhase: 'Journey phase',
  renewalDate: 'Renewal date',
  csm: 'CSM',
};

/** Parses a FieldChange value (JSON text); text that is not JSON is shown as it is. */
export function parseChangeValue(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A field's value in words a person reads, or null when there is none. */
export function describeValue(field: string, text: string | null): string | null {
  const value = parseChangeValue(text);
  if (value === null || value === undefined || value === '') return null;
  if (field === 'role' && typeof value === 'string' && value in ROLE_LABELS) return ROLE_LABELS[value as Role];
  if (field === 'journeyPhase' && typeof value === 'string' && value in PHASE_LABELS) {
    return PHASE_LABELS[value as JourneyPhase];
  }
  if (field === 'renewalDate' && typeof value === 'string') return formatDay(value.slice(0, 10));
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** "membership.role_changed" → "membership role changed", for actions without a label. */
export function humanizeAction(action: string): string {
  return action.replace(/[._]+/g, ' ').trim();
}

export function actionLabel(action: string): string {
  const label = ACTION_LABELS[action];
  if (label) return label;
  const text = humanizeAction(action);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function toneOf(action: string): DisplayEntry['tone'] {
  if (action === 'invitation.accepted' || action.endsWith('.created')) return 'success';
  if (action.endsWith('.revoked') || action.endsWith('.deleted')) return 'warning';
  if (action === 'user.invited') return 'info';
  return 'neutral';
}

/** Turns a change log entry into a sentence, a label, and the changes to list. */
export function describeEntry(entry: ChangeLogEntryLike): DisplayEntry {
  const changes = entry.changes.map((change) => ({
    field: change.field,
    label: FIELD_LABELS[change.field] ?? humanizeAction(change.field),
    before: describeValue(change.field, change.before),
    after: describeValue(change.field, change.after),
  }));
  const value = (field: string, side: 'before' | 'after' = 'after') =>
    changes.find((change) => change.field === field)?.[side] ?? null;
  const actor = entry.actorName || 'Someone';
  let summary: string;
  let shown = changes;
  switch (entry.action) {
    case 'account.created':
      summary = `${actor} created the account${value('name') ? ` ${value('name')}` : ''}`;
      shown = changes.filter((change) => change.field !== 'name');
      break;
    case 'account.updated':
      summary = `${actor} updated the account details`;
      break;
    case 'user.invited':
      summary = `${actor} invited ${value('email') ?? 'someone'}${value('role') ? ` as ${value('role')}` : ''}`;
      shown = [];
      break;
    case 'invitation.accepted':
      summary = `${actor} accepted the invitation${value('role') ? ` and joined as ${value('role')}` : ''}`;
      shown = changes.filter((change) => change.field !== 'role' && change.field !== 'name');
      break;
    case 'invitation.revoked':
      summary = `${actor} revoked the invitation for ${value('email', 'before') ?? 'someone'}`;
      shown = [];
      break;
    case 'membership.role_changed':
      summary =
        value('role', 'before') && value('role')
          ? `${actor} changed a role from ${value('role', 'before')} to ${value('role')}`
          : `${actor} changed a team member's role`;
      shown = [];
      break;
    default:
      summary = `${actor}: ${humanizeAction(entry.action)}`;
  }
  return { label: actionLabel(entry.action), summary, tone: toneOf(entry.action), changes: shown };
}
