import { describe, expect, it } from 'vitest';
import { validateNewAccount } from './validate.ts';

describe('validateNewAccount', () => {
  it('accepts a name and a matching password of 10 characters or more', () => {
    expect(validateNewAccount({ name: 'Jane', password: 'long enough!', confirm: 'long enough!' })).toBeNull();
  });

  it('asks for a name, a longer password, and a matching confirmation', () => {
    expect(validateNewAccount({ name: '  ', password: 'short', confirm: 'short' })?.fields).toEqual({
      name: 'Enter your name.',
      password: 'Use at least 10 characters.',
    });
    expect(validateNewAccount({ name: 'Jane', password: 'long enough!', confirm: 'long enough?' })?.fields).toEqual({
      confirm: 'The passwords do not match.',
    });
  });
});
