import type { FormErrors } from '../../graphql/errors.ts';

export type NewAccountField = 'name' | 'password' | 'confirm';

/** The API's password rule, checked early so people learn it before submitting. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Checks the accept-invitation form; null when it may be sent. */
export function validateNewAccount(values: {
  name: string;
  password: string;
  confirm: string;
}): FormErrors<NewAccountField> | null {
  const errors: FormErrors<NewAccountField> = { fields: {}, form: [] };
  if (!values.name.trim()) errors.fields.name = 'Enter your name.';
  if (values.password.length < PASSWORD_MIN_LENGTH) {
    errors.fields.password = `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  } else if (values.password.length > PASSWORD_MAX_LENGTH) {
    errors.fields.password = `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  }
  if (!errors.fields.password && values.confirm !== values.password) {
    errors.fields.confirm = 'The passwords do not match.';
  }
  return Object.keys(errors.fields).length ? errors : null;
}
