import type { CombinedError } from 'urql';

/** A business failure from a mutation payload (schema type UserError). */
export interface UserErrorLike {
  readonly field?: string | null;
  readonly code: string;
  readonly message: string;
}

export interface FormErrors<Field extends string> {
  /** Messages to show next to an input, by the input's field name. */
  fields: Partial<Record<Field, string>>;
  /** Messages with no input of their own: shown at the top of the form. */
  form: string[];
}

/**
 * Sorts a payload's UserErrors onto the form's inputs. An error whose `field` is not one
 * of the form's inputs (or has none) goes to the top of the form, so nothing is lost.
 * `aliases` maps API field names to the form's (e.g. `id` of the thing acted on).
 */
export function mapUserErrors<Field extends string>(
  errors: readonly UserErrorLike[],
  fields: readonly Field[],
  aliases: Partial<Record<string, Field>> = {},
): FormErrors<Field> {
  const result: FormErrors<Field> = { fields: {}, form: [] };
  for (const error of errors) {
    const name = error.field ? (aliases[error.field] ?? error.field) : undefined;
    const field = fields.find((candidate) => candidate === name);
    if (field && result.fields[field] === undefined) result.fields[field] = error.message;
    else if (field) result.fields[field] = `${result.fields[field]} ${error.message}`;
    else if (!result.form.includes(error.message)) result.form.push(error.message);
  }
  return result;
}

export const hasFormErrors = (errors: FormErrors<string>) =>
  errors.form.length > 0 || Object.values(errors.fields).some(Boolean);

/** The extensions.code of the first GraphQL error, or NETWORK when the request failed. */
export function errorCode(error: CombinedError | undefined | null): string | undefined {
  if (!error) return undefined;
  if (error.networkError) return 'NETWORK';
  const code = error.graphQLErrors.find((item) => typeof item.extensions?.code === 'string')?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

const MESSAGES: Record<string, string> = {
  NETWORK: 'Ascent could not be reached. Check your connection and try again.',
  UNAUTHENTICATED: 'Your session has ended. Sign in to continue.',
  FORBIDDEN: 'You do not have access to this.',
  NOT_FOUND: 'We could not find that. It may have been removed, or the link is wrong.',
  QUERY_TOO_COMPLEX: 'That request was too large. Try again with fewer items.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Try again in a moment.',
};

/** Words a person can act on, for a failed query or mutation. */
export function errorMessage(error: CombinedError | undefined | null): string {
  const code = errorCode(error);
  if (!error || !code) return MESSAGES.INTERNAL_SERVER_ERROR!;
  // These codes carry messages written for people; the rest get our generic wording.
  if (code === 'RATE_LIMITED' || code === 'BAD_USER_INPUT' || code === 'CONFLICT' || code === 'FORBIDDEN') {
    const message = error.graphQLErrors[0]?.message;
    if (message) return message;
  }
  return MESSAGES[code] ?? MESSAGES.INTERNAL_SERVER_ERROR!;
}
