import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Field, ObjectType } from 'type-graphql';

/** The closed set of codes a thrown GraphQL error may carry (DESIGN §4). */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
const knownCodes = new Set<string>(Object.values(ErrorCode));

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const unauthenticated = () => new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to continue.');
export const forbidden = (message = 'You do not have access to this.') => new AppError(ErrorCode.FORBIDDEN, message);
export const notFound = (what = 'That item') => new AppError(ErrorCode.NOT_FOUND, `${what} was not found.`);
/** Someone else changed the object since the caller read it: nothing was written. */
export const staleVersion = (what: string, currentVersion: number) =>
  new AppError(
    ErrorCode.CONFLICT,
    `${what} was changed by someone else since you opened it. Reload to see their changes, then try again.`,
    { currentVersion },
  );
export const badInput = (message: string, field?: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

/** A business failure reported in a mutation payload rather than thrown. */
@ObjectType({ description: 'A reason a mutation did not happen, in words a person can act on.' })
export class UserError {
  @Field(() => String, { nullable: true, description: 'The input field at fault, if one is.' })
  field!: string | null;

  @Field(() => String, { description: 'A stable machine-readable code, e.g. TOO_LONG.' })
  code!: string;

  @Field(() => String)
  message!: string;

  static of(code: string, message: string, field: string | null = null): UserError {
    return Object.assign(new UserError(), { code, message, field });
  }
}

/** Thrown by services to abort with user errors; resolvers turn it into a payload. */
export class UserErrorsException extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((error) => error.message).join(' '));
  }
}

/**
 * Keeps error codes inside the closed set and hides internals outside development.
 * Validation and parse failures are the caller's input: BAD_USER_INPUT.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  original: unknown,
  options: { exposeInternals: boolean },
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  const limit = formatted.extensions?.limit;
  if (
    typeof limit === 'string' ||
    (code === 'GRAPHQL_PARSE_FAILED' && /Document contains more th/.test(formatted.message))
  ) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: limit ?? 'tokens' },
    };
  }
  if (knownCodes.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (
    code === 'GRAPHQL_VALIDATION_FAILED' ||
    code === 'GRAPHQL_PARSE_FAILED' ||
    code === 'BAD_REQUEST' ||
    code === 'OPERATION_RESOLUTION_FAILURE' ||
    code === 'PERSISTED_QUERY_NOT_SUPPORTED'
  ) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
  }
  if (options.exposeInternals) {
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
  }
  void original;
  return {
    message: 'Something went wrong on our side. It has been logged.',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
