import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { errorCode, errorMessage, hasFormErrors, mapUserErrors } from './errors.ts';

describe('mapUserErrors', () => {
  it('puts each error next to the input its field names', () => {
    const result = mapUserErrors(
      [
        { field: 'email', code: 'EMAIL_IN_USE', message: 'Someone already signs in with that email.' },
        { field: 'role', code: 'INVALID', message: 'Pick a role.' },
      ],
      ['email', 'role'],
    );
    expect(result).toEqual({
      fields: { email: 'Someone already signs in with that email.', role: 'Pick a role.' },
      form: [],
    });
  });

  it('sends errors without a field, or for a field the form lacks, to the top of the form', () => {
    const result = mapUserErrors(
      [
        { field: null, code: 'CONFLICT', message: 'Someone changed this meanwhile.' },
        { field: 'token', code: 'EXPIRED', message: 'This invitation has expired.' },
        { field: 'token', code: 'EXPIRED', message: 'This invitation has expired.' },
      ],
      ['name', 'password'],
    );
    expect(result.fields).toEqual({});
    expect(result.form).toEqual(['Someone changed this meanwhile.', 'This invitation has expired.']);
  });

  it('joins two errors on one field and follows aliases', () => {
    const result = mapUserErrors(
      [
        { field: 'password', code: 'TOO_SHORT', message: 'Use at least 10 characters.' },
        { field: 'password', code: 'COMMON', message: 'Avoid common passwords.' },
        { field: 'csmUserId', code: 'INVALID', message: 'Not a CSM.' },
      ],
      ['password', 'csmId'],
      { csmUserId: 'csmId' },
    );
    expect(result.fields.password).toBe('Use at least 10 characters. Avoid common passwords.');
    expect(result.fields.csmId).toBe('Not a CSM.');
    expect(hasFormErrors(result)).toBe(true);
    expect(hasFormErrors({ fields: {}, form: [] })).toBe(false);
  });
});

describe('errorCode and errorMessage', () => {
  it('reads extensions.code and keeps the wording of a rate limit', () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: 'Too many failed sign-ins. Wait 15 minutes.', extensions: { code: 'RATE_LIMITED' } }],
    });
    expect(errorCode(error)).toBe('RATE_LIMITED');
    expect(errorMessage(error)).toBe('Too many failed sign-ins. Wait 15 minutes.');
  });

  it('hides internal errors and names network failures', () => {
    const internal = new CombinedError({
      graphQLErrors: [{ message: 'relation "x" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(errorMessage(internal)).not.toContain('relation');
    const offline = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(errorCode(offline)).toBe('NETWORK');
    expect(errorMessage(offline)).toMatch(/could not be reached/);
  });
});
