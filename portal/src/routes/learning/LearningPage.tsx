import { ComingSoon } from '../../components/ComingSoon.tsx';

export function LearningPage() {
  return (
    <ComingSoon
      title="Learning"
      icon="✦"
      summary="Learning paths that build the skills your goals need."
      features={[
        'Paths of articles, videos, tasks, quizzes and live sessions, linked to the goals they serve',
        'Your own progress and completions, and your team’s progress',
        'Onboarding as a path for everyone who joins',
        'A nudge when a path stalls, before anyone gives up',
      ]}
    />
  );
}
