import type { BadgeTone } from '../../components/Badge.tsx';
import type { StakeholderCentre, StakeholderGroup, StakeholderStatus } from '../../graphql/graphql.ts';

export const STAKEHOLDER_GROUPS = [
  'MANAGEMENT',
  'FRONT_LINE',
  'IT',
  'PROCUREMENT',
  'END_CUSTOMER',
  'OTHER_SUPPLIER',
] as const satisfies readonly StakeholderGroup[];

export const GROUP_LABELS: Record<StakeholderGroup, string> = {
  MANAGEMENT: 'Management',
  FRONT_LINE: 'Front line',
  IT: 'IT',
  PROCUREMENT: 'Procurement',
  END_CUSTOMER: 'End customers',
  OTHER_SUPPLIER: 'Other suppliers',
};

export const GROUP_HINTS: Record<StakeholderGroup, string> = {
  MANAGEMENT: 'Leads a part of the organisation and sets its direction.',
  FRONT_LINE: 'Does the daily work with what you bought.',
  IT: 'Runs and connects the systems.',
  PROCUREMENT: 'Buys, negotiates and renews contracts.',
  END_CUSTOMER: 'One of your own customers.',
  OTHER_SUPPLIER: 'Another company that supplies you.',
};

export const STAKEHOLDER_CENTRES = ['BUYING', 'USAGE'] as const satisfies readonly StakeholderCentre[];

export const CENTRE_LABELS: Record<StakeholderCentre, string> = { BUYING: 'Buying', USAGE: 'Usage' };

export const CENTRE_HINTS: Record<StakeholderCentre, string> = {
  BUYING: 'Takes part in choosing and paying for it.',
  USAGE: 'Uses it, or depends on those who do.',
};

export const INFLUENCE_LEVELS = [1, 2, 3, 4, 5] as const;

export const INFLUENCE_LABELS: Record<number, string> = {
  1: 'Little',
  2: 'Some',
  3: 'Moderate',
  4: 'Strong',
  5: 'Decisive',
};

export const STAKEHOLDER_STATUS_LABELS: Record<StakeholderStatus, string> = {
  ACTIVE: 'Active',
  PROPOSED: 'Suggested',
  DECLINED: 'Declined',
  ARCHIVED: 'Archived',
};

export const STAKEHOLDER_STATUS_TONES: Record<StakeholderStatus, BadgeTone> = {
  ACTIVE: 'success',
  PROPOSED: 'info',
  DECLINED: 'danger',
  ARCHIVED: 'neutral',
};

export const isStakeholderGroup = (value: string): value is StakeholderGroup => value in GROUP_LABELS;

/** "Influence 4 of 5: strong" */
export const influenceText = (influence: number) =>
  `${influence} of 5${INFLUENCE_LABELS[influence] ? `: ${INFLUENCE_LABELS[influence]!.toLowerCase()}` : ''}`;

export interface MapPerson {
  readonly id: string;
  readonly group: StakeholderGroup;
  readonly influence: number;
}

/**
 * Places people on the stakeholder map: a row per group, a column per influence 1–5.
 * Every group and level has a cell, empty or not; people keep the order given.
 */
export function stakeholderMap<Person extends MapPerson>(
  people: readonly Person[],
): Array<{ group: StakeholderGroup; cells: Person[][] }> {
  return STAKEHOLDER_GROUPS.map((group) => ({
    group,
    cells: INFLUENCE_LEVELS.map((level) =>
      people.filter((person) => person.group === group && Math.min(Math.max(person.influence, 1), 5) === level),
    ),
  }));
}
