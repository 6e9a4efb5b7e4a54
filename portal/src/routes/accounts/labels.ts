import type { JourneyPhase } from '../../graphql/graphql.ts';

/** The journey phases in the order accounts move through them. */
export const JOURNEY_PHASES = [
  'TRIGGER',
  'ORIENTATION',
  'PURCHASE',
  'IMPLEMENTATION',
  'EVALUATION',
] as const satisfies readonly JourneyPhase[];

export const PHASE_LABELS: Record<JourneyPhase, string> = {
  TRIGGER: 'Trigger',
  ORIENTATION: 'Orientation',
  PURCHASE: 'Purchase',
  IMPLEMENTATION: 'Implementation',
  EVALUATION: 'Evaluation',
};

export const isJourneyPhase = (value: string): value is JourneyPhase => value in PHASE_LABELS;

export const phaseOptions = JOURNEY_PHASES.map((phase) => ({ value: phase, label: PHASE_LABELS[phase] }));
