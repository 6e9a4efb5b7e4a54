import { formatDay } from '../../components/format.ts';
import type { JourneyPhase, Role } from '../../graphql/graphql.ts';
import { PHASE_LABELS } from '../accounts/labels.ts';
import {
  AMBITION_LABELS,
  CATEGORY_LABELS,
  DIMENSION_LABELS,
  HANDLING_LABELS,
  LEVEL_LABELS,
  STATUS_LABELS,
} from '../goals/labels.ts';
import { ROLE_LABELS } from '../identity/roles.ts';
import { AGGREGATION_LABELS, DIRECTION_LABELS, INDICATOR_LABELS, KIND_LABELS } from '../metrics/labels.ts';
import { CENTRE_LABELS, GROUP_LABELS, STAKEHOLDER_STATUS_LABELS } from '../stakeholders/labels.ts';

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
  'goal.created': 'Goal written',
  'goal.proposed': 'Goal proposed',
  'goal.updated': 'Goal changed',
  'goal.accepted': 'Proposal accepted',
  'goal.declined': 'Proposal declined',
  'goal.status_changed': 'Status changed',
  'goal.achieved': 'Goal achieved',
  'goal.measure_set': 'Measure set',
  'goal.measure_removed': 'Measure removed',
  'goal.endorsed': 'Goal endorsed',
  'goal.endorsement_withdrawn': 'Endorsement withdrawn',
  'goal_conflict.raised': 'Conflict raised',
  'goal_conflict.resolved': 'Conflict resolved',
  'stakeholder.created': 'Stakeholder added',
  'stakeholder.proposed': 'Stakeholder suggested',
  'stakeholder.updated': 'Stakeholder changed',
  'stakeholder.accepted': 'Suggestion accepted',
  'stakeholder.declined': 'Suggestion declined',
  'stakeholder.archived': 'Stakeholder archived',
  'metric.created': 'Metric added',
  'metric.updated': 'Metric changed',
  'metric.adopted': 'Template adopted',
};

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  email: 'Email',
  role: 'Role',
  journeyPhase: 'Journey phase',
  renewalDate: 'Renewal date',
  csm: 'CSM',
  title: 'Title',
  description: 'Description',
  level: 'Level',
  categories: 'Value',
  dimensions: 'Where it shows',
  parent: 'Serves',
  owner: 'Owner',
  status: 'Status',
  statusReason: 'Reason',
  metric: 'Metric',
  baseline: 'Baseline',
  target: 'Target',
  dueDate: 'Due date',
  ambition: 'Ambition',
  endorsedBy: 'Endorsed by',
  goals: 'Goals',
  handling: 'Handling',
  prioritized: 'Comes first',
  note: 'Note',
  group: 'Group',
  centres: 'Centre',
  influence: 'Influence',
  userId: 'Ascent user',
  key: 'Key',
  unit: 'Unit',
  direction: 'Direction',
  kind: 'Kind',
  indicator: 'Indicator',
  aggregation: 'Aggregation',
  template: 'Template',
};

/** Enum values in words, for the fields that hold them. */
const ENUM_WORDS: Record<string, Record<string, string>> = {
  level: LEVEL_LABELS,
  categories: CATEGORY_LABELS,
  dimensions: DIMENSION_LABELS,
  status: { ...STAKEHOLDER_STATUS_LABELS, ...STATUS_LABELS },
  ambition: AMBITION_LABELS,
  handling: HANDLING_LABELS,
  group: GROUP_LABELS,
  centres: CENTRE_LABELS,
  direction: DIRECTION_LABELS,
  kind: KIND_LABELS,
  indicator: INDICATOR_LABELS,
  aggregation: AGGREGATION_LABELS,
};

/** Lists are logged as JSON text inside the JSON value: ["RELIEVING","ENABLING"]. */
function listIn(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string' || !value.startsWith('[')) return null;
  try {
    const parsed = JSON.parse(value) as unknown;
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

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
  if ((field === 'renewalDate' || field === 'dueDate') && typeof value === 'string') {
    return formatDay(value.slice(0, 10));
  }
  const words = ENUM_WORDS[field];
  const list = listIn(value);
  if (list) {
    if (list.length === 0) return null;
    return list.map((item) => (words && typeof item === 'string' ? (words[item] ?? item) : String(item))).join(', ');
  }
  if (words && typeof value === 'string') return words[value] ?? value;
  // The linked user is logged by id: say only that there is one.
  if (field === 'userId' && typeof value === 'string') return 'linked';
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

const SUCCESS_ACTIONS = new Set([
  'invitation.accepted',
  'goal.accepted',
  'goal.achieved',
  'goal.endorsed',
  'goal_conflict.resolved',
  'stakeholder.accepted',
  'metric.adopted',
]);

const WARNING_ACTIONS = new Set([
  'goal.declined',
  'goal.measure_removed',
  'goal.endorsement_withdrawn',
  'goal_conflict.raised',
  'stakeholder.declined',
  'stakeholder.archived',
]);

function toneOf(action: string): DisplayEntry['tone'] {
  if (SUCCESS_ACTIONS.has(action) || action.endsWith('.created')) return 'success';
  if (WARNING_ACTIONS.has(action) || action.endsWith('.revoked') || action.endsWith('.deleted')) return 'warning';
  if (action === 'user.invited' || action.endsWith('.proposed')) return 'info';
  return 'neutral';
}

/** Fields worth listing under the sentence of a new goal or stakeholder (the title is in the sentence). */
const NEW_GOAL_FIELDS = ['level', 'categories', 'dimensions', 'parent', 'owner'];
const NEW_STAKEHOLDER_FIELDS = ['title', 'group', 'centres', 'influence'];
const NEW_METRIC_FIELDS = ['key', 'kind', 'unit', 'direction', 'indicator'];

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
    default: {
      const described = describeGoalsAndPeople(entry.action, actor, value, changes);
      if (described) {
        summary = described.summary;
        shown = described.shown;
      } else summary = `${actor}: ${humanizeAction(entry.action)}`;
    }
  }
  return { label: actionLabel(entry.action), summary, tone: toneOf(entry.action), changes: shown };
}

/**
 * The goal, conflict, stakeholder and metric actions. Entries of a goal link to it (see
 * ChangeLogList), so the sentence can say "a goal" when the log did not keep its title.
 */
function describeGoalsAndPeople(
  action: string,
  actor: string,
  value: (field: string, side?: 'before' | 'after') => string | null,
  changes: DisplayChange[],
): { summary: string; shown: DisplayChange[] } | null {
  const only = (...fields: string[]) => changes.filter((change) => fields.includes(change.field));
  const title = value('title');
  switch (action) {
    case 'goal.created':
      return { summary: `${actor} wrote the goal “${title ?? 'untitled'}”`, shown: only(...NEW_GOAL_FIELDS) };
    case 'goal.proposed':
      return { summary: `${actor} proposed the goal “${title ?? 'untitled'}”`, shown: only(...NEW_GOAL_FIELDS) };
    case 'goal.updated':
      return { summary: `${actor} changed a goal`, shown: changes };
    case 'goal.accepted':
      return { summary: `${actor} accepted a proposed goal: it is active now`, shown: [] };
    case 'goal.declined':
      return { summary: `${actor} declined a proposed goal`, shown: only('statusReason') };
    case 'goal.achieved':
      return { summary: `${actor} marked a goal achieved`, shown: [] };
    case 'goal.status_changed': {
      const before = value('status', 'before');
      const after = value('status');
      return {
        summary:
          before && after
            ? `${actor} changed a goal’s status from ${before} to ${after}`
            : `${actor} changed a goal’s status`,
        shown: only('statusReason'),
      };
    }
    case 'goal.measure_set':
      return { summary: `${actor} set a goal’s measure`, shown: changes };
    case 'goal.measure_removed':
      return { summary: `${actor} removed a goal’s measure`, shown: changes };
    case 'goal.endorsed': {
      const who = value('endorsedBy');
      return {
        summary: !who || who === actor ? `${actor} endorsed a goal` : `${actor} recorded that ${who} endorses a goal`,
        shown: [],
      };
    }
    case 'goal.endorsement_withdrawn': {
      const who = value('endorsedBy', 'before');
      return {
        summary:
          !who || who === actor
            ? `${actor} withdrew their endorsement of a goal`
            : `${actor} withdrew ${who}’s endorsement of a goal`,
        shown: [],
      };
    }
    case 'goal_conflict.raised':
      return {
        summary: `${actor} marked two goals as conflicting${value('goals') ? `: ${value('goals')}` : ''}`,
        shown: only('description'),
      };
    case 'goal_conflict.resolved':
      return {
        summary: `${actor} resolved a goal conflict${value('handling') ? `: ${value('handling')!.toLowerCase()}` : ''}`,
        shown: only('prioritized', 'note'),
      };
    case 'stakeholder.created':
      return {
        summary: `${actor} added the stakeholder ${value('name') ?? ''}`.trim(),
        shown: only(...NEW_STAKEHOLDER_FIELDS),
      };
    case 'stakeholder.proposed':
      return {
        summary: `${actor} suggested the stakeholder ${value('name') ?? ''}`.trim(),
        shown: only(...NEW_STAKEHOLDER_FIELDS),
      };
    case 'stakeholder.updated':
      return { summary: `${actor} changed a stakeholder`, shown: changes };
    case 'stakeholder.accepted':
      return { summary: `${actor} accepted a suggested stakeholder`, shown: [] };
    case 'stakeholder.declined':
      return { summary: `${actor} declined a suggested stakeholder`, shown: only('statusReason') };
    case 'stakeholder.archived':
      return { summary: `${actor} archived a stakeholder`, shown: [] };
    case 'metric.created':
      return { summary: `${actor} added the metric ${value('name') ?? ''}`.trim(), shown: only(...NEW_METRIC_FIELDS) };
    case 'metric.updated':
      return { summary: `${actor} changed a metric`, shown: changes };
    case 'metric.adopted':
      return { summary: `${actor} adopted the metric template ${value('template') ?? ''}`.trim(), shown: [] };
    default:
      return null;
  }
}
