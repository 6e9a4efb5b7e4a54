import { ComingSoon } from '../../components/ComingSoon.tsx';

export function OutcomesPage() {
  return (
    <ComingSoon
      title="Outcomes"
      icon="↗"
      summary="The metrics that show whether your goals are being met."
      features={[
        'Outcome metrics with their unit and direction, from templates or made for your account',
        'Observations entered by hand, imported from a spreadsheet, or sent through the API',
        'An explainable health score: every component, its weight and its value',
        'A way to dispute the score, with your CSM’s answer',
      ]}
    />
  );
}
