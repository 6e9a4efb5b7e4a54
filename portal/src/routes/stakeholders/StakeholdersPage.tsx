import { ComingSoon } from '../../components/ComingSoon.tsx';

export function StakeholdersPage() {
  return (
    <ComingSoon
      title="Stakeholders"
      icon="◇"
      summary="The people at your organisation whose goals matter."
      features={[
        'Stakeholders by group: management, front line, IT, procurement, your own customers',
        'Whether each one buys, uses, or both, and how much influence they have',
        'The collective goals each stakeholder endorses, and the goals they own',
        'Conflicts between goals, and how each one is handled',
      ]}
    />
  );
}
