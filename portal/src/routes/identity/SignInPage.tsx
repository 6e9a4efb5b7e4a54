import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PublicLayout } from '../../components/PublicLayout.tsx';
import { Loading } from '../../components/States.tsx';
import { errorCode, errorMessage, mapUserErrors, type FormErrors } from '../../graphql/errors.ts';
import { graphql, UserErrorFragment } from '../../graphql/graphql.ts';
import { useSession } from '../../graphql/session.tsx';
import { safeNextPath, ViewerQuery } from './viewer.ts';

const SignInMutation = graphql(
  `
    mutation SignIn($input: SignInInput!) {
      signIn(input: $input) {
        user {
          id
          name
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment],
);

type Field = 'email' | 'password';
const FIELDS: Field[] = ['email', 'password'];
const NO_ERRORS: FormErrors<Field> = { fields: {}, form: [] };

export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [viewerResult] = useQuery({ query: ViewerQuery });
  const [state, signIn] = useMutation(SignInMutation);
  const { resetSession } = useSession();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  if (viewerResult.data?.viewer && !state.fetching && !state.data) return <Navigate to={next} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FormErrors<Field> = { fields: {}, form: [] };
    if (!email.trim()) missing.fields.email = 'Enter your email address.';
    if (!password) missing.fields.password = 'Enter your password.';
    if (missing.fields.email || missing.fields.password) {
      setErrors(missing);
      (missing.fields.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setErrors(NO_ERRORS);
    const result = await signIn({ input: { email: email.trim(), password } });
    if (result.error) {
      const message =
        errorCode(result.error) === 'RATE_LIMITED'
          ? errorMessage(result.error)
          : `Signing in did not work. ${errorMessage(result.error)}`;
      setErrors({ fields: {}, form: [message] });
      return;
    }
    const payload = result.data?.signIn;
    if (!payload?.user) {
      const mapped = mapUserErrors(payload?.errors ?? [], FIELDS);
      setErrors(mapped);
      if (mapped.fields.email) emailRef.current?.focus();
      else if (mapped.fields.password) {
        setPassword('');
        passwordRef.current?.focus();
      }
      return;
    }
    resetSession();
    navigate(next, { replace: true });
  };

  return (
    <PublicLayout>
      <PageHeading title="Sign in" description="Welcome back. Sign in to your Ascent account." />
      {viewerResult.fetching && !viewerResult.data ? (
        <Loading label="Checking your session…" />
      ) : (
        <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
          <FormAlert title="You are not signed in" messages={errors.form} />
          <TextField
            label="Email"
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={errors.fields.email}
            inputRef={emailRef}
            required
          />
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={errors.fields.password}
            inputRef={passwordRef}
            required
          />
          <Button type="submit" block busy={state.fetching}>
            {state.fetching ? 'Signing in…' : 'Sign in'}
          </Button>
          <p className="muted small">
            New to Ascent? Your admin sends you an invitation by email; its link lets you choose a password.
          </p>
        </form>
      )}
    </PublicLayout>
  );
}
