import { ComingSoon } from '../../components/ComingSoon.tsx';

export function GoalsPage() {
  return (
    <ComingSoon
      title="Goals"
      icon="◎"
      summary="What your organisation and its people want to achieve, written by you, the customer."
      features={[
        'Collective and individual goals, linked up to the higher goals they serve',
        'A measure for each goal: a metric, a baseline, a target, a due date, and an ambition',
        'Progress toward the target, and a prompt to choose the next goal once one is achieved',
        'Goals your CSM proposes, which become active only when your admin accepts them',
      ]}
    />
  );
}
