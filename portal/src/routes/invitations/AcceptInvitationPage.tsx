import { useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PublicLayout } from '../../components/PublicLayout.tsx';
import { ErrorState, Loading } from '../../components/States.tsx';
import { Time } from '../../components/Time.tsx';
import { useToast } from '../../components/Toast.tsx';
import { errorMessage, mapUserErrors, type FormErrors } from '../../graphql/errors.ts';
import { graphql, UserErrorFragment, type ResultOf } from '../../graphql/graphql.ts';
import { useSession } from '../../graphql/session.tsx';
import { ROLE_LABELS } from '../identity/roles.ts';
import { ViewerQuery } from '../identity/viewer.ts';
import { validateNewAccount, type NewAccountField } from './validate.ts';

const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      role
      accountName
      invitedByName
      status
      expiresAt
    }
  }
`);

const AcceptInvitationMutation = graphql(
  `
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
      acceptInvitation(input: $input) {
        signedIn
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment],
);

type Preview = NonNullable<ResultOf<typeof InvitationPreviewQuery>['invitation']>;

export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: InvitationPreviewQuery,
    variables: { token },
    requestPolicy: 'network-only',
  });

  let content;
  if (!data && fetching) {
    content = (
      <>
        <PageHeading title="Your invitation" />
        <Loading label="Opening your invitation…" />
      </>
    );
  } else if (!data) {
    content = (
      <>
        <PageHeading title="Your invitation" />
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </>
    );
  } else if (!data.invitation) {
    content = (
      <InvitationProblem title="This invitation link is not valid">
        Check that you opened the whole link from the email. If it still does not work, ask the person who invited you
        to send a new invitation.
      </InvitationProblem>
    );
  } else if (data.invitation.status === 'EXPIRED') {
    content = (
      <InvitationProblem title="This invitation has expired">
        Invitations work for a limited time, and a newer invitation replaces an older one. Ask{' '}
        {data.invitation.invitedByName} to send you a new invitation.
      </InvitationProblem>
    );
  } else if (data.invitation.status === 'ACCEPTED') {
    content = (
      <InvitationProblem title="This invitation was already accepted" signIn>
        The account for {data.invitation.email} is set up. Sign in with the password chosen then.
      </InvitationProblem>
    );
  } else {
    content = <AcceptForm token={token} invitation={data.invitation} />;
  }
  return <PublicLayout>{content}</PublicLayout>;
}

function InvitationProblem({
  title,
  children,
  signIn = false,
}: {
  title: string;
  children: ReactNode;
  signIn?: boolean;
}) {
  return (
    <>
      <PageHeading title={title} />
      <p>{children}</p>
      <p>
        <Link to="/sign-in" className={signIn ? 'button button-primary' : undefined}>
          {signIn ? 'Go to sign-in' : 'Already have an account? Sign in'}
        </Link>
      </p>
    </>
  );
}

const NO_ERRORS: FormErrors<NewAccountField> = { fields: {}, form: [] };

function AcceptForm({ token, invitation }: { token: string; invitation: Preview }) {
  const [state, accept] = useMutation(AcceptInvitationMutation);
  const { resetSession } = useSession();
  const { notify } = useToast();
  const navigate = useNavigate();
  const [viewerResult] = useQuery({ query: ViewerQuery });
  const signedInAs = viewerResult.data?.viewer?.user;
  const [values, setValues] = useState({ name: '', password: '', confirm: '' });
  const [errors, setErrors] = useState(NO_ERRORS);
  const nameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const place = invitation.accountName ?? 'the provider team';

  const focusFirst = (found: FormErrors<NewAccountField>) => {
    if (found.form.length) return;
    const input = found.fields.name
      ? nameRef
      : found.fields.password
        ? passwordRef
        : found.fields.confirm
          ? confirmRef
          : null;
    input?.current?.focus();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local = validateNewAccount(values);
    if (local) {
      setErrors(local);
      focusFirst(local);
      return;
    }
    setErrors(NO_ERRORS);
    const result = await accept({ input: { token, name: values.name.trim(), password: values.password } });
    if (result.error) {
      setErrors({ fields: {}, form: [errorMessage(result.error)] });
      return;
    }
    const payload = result.data?.acceptInvitation;
    if (!payload?.signedIn) {
      const mapped = mapUserErrors(payload?.errors ?? [], ['name', 'password', 'confirm'] as NewAccountField[]);
      setErrors(mapped);
      focusFirst(mapped);
      return;
    }
    resetSession();
    notify(`Welcome to ${place}, ${values.name.trim()}. You are signed in.`);
    navigate('/', { replace: true });
  };

  const set = (field: keyof typeof values) => (event: ChangeEvent<HTMLInputElement>) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  return (
    <>
      <PageHeading title={`Join ${place}`} description="Choose your name and a password to accept the invitation." />
      <div className="invite-summary">
        <p>
          <strong>{invitation.invitedByName}</strong> invited you to join <strong>{place}</strong> on Ascent as{' '}
          <strong>{ROLE_LABELS[invitation.role]}</strong>.
        </p>
        <p className="small">
          You will sign in as <strong>{invitation.email}</strong>. The invitation expires on{' '}
          <Time value={invitation.expiresAt} style="datetime" />.
        </p>
      </div>
      {signedInAs && !state.data && (
        <p className="notice">
          You are signed in as {signedInAs.name} ({signedInAs.email}) in this browser. Accepting signs you in as{' '}
          {invitation.email} instead.
        </p>
      )}
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormAlert title="The invitation was not accepted" messages={errors.form} />
        <TextField
          label="Your name"
          name="name"
          autoComplete="name"
          value={values.name}
          onChange={set('name')}
          error={errors.fields.name}
          inputRef={nameRef}
          required
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters. A short sentence is easy to remember."
          value={values.password}
          onChange={set('password')}
          error={errors.fields.password}
          inputRef={passwordRef}
          required
        />
        <TextField
          label="Confirm password"
          name="confirm"
          type="password"
          autoComplete="new-password"
          value={values.confirm}
          onChange={set('confirm')}
          error={errors.fields.confirm}
          inputRef={confirmRef}
          required
        />
        <Button type="submit" block busy={state.fetching}>
          {state.fetching ? 'Joining…' : 'Accept invitation'}
        </Button>
      </form>
    </>
  );
}
