import { ComingSoon } from '../../components/ComingSoon.tsx';

export function PlansPage() {
  return (
    <ComingSoon
      title="Plans"
      icon="☰"
      summary="Recovery plans you co-write with your provider when something goes wrong — or could go better."
      features={[
        'Critical events, each told from your side and from the provider’s',
        'Actions owned by one side, with a due date and a status',
        'Plan revisions agreed only when one person of each side has signed them',
        'Practices suggested for the situation, never imposed',
      ]}
    />
  );
}
