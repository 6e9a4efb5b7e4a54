import { describe, expect, it } from 'vitest';
import { invitationPath, linkify } from './linkify.ts';

const body = [
  'Casey Customer invited you to join Northwind Logistics on Ascent as a member.',
  'Accept the invitation and choose your password here:',
  '',
  'http://localhost:4000/invitation/AbC-123_xyz',
  '',
  'The link works once.',
].join('\n');

describe('linkify', () => {
  it('finds the link in a message body and keeps the text around it', () => {
    const parts = linkify(body);
    expect(parts.filter((part) => part.kind === 'link')).toEqual([
      {
        kind: 'link',
        text: 'http://localhost:4000/invitation/AbC-123_xyz',
        href: 'http://localhost:4000/invitation/AbC-123_xyz',
      },
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(body);
  });

  it('leaves trailing punctuation out of the link', () => {
    expect(linkify('See https://example.com/a.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.com/a', href: 'https://example.com/a' },
      { kind: 'text', text: '.' },
    ]);
    expect(linkify('no links here')).toEqual([{ kind: 'text', text: 'no links here' }]);
  });

  it('finds the invitation path', () => {
    expect(invitationPath(body)).toBe('/invitation/AbC-123_xyz');
    expect(invitationPath('nothing')).toBeNull();
  });
});
