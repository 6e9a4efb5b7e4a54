export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/g;
/** Punctuation that ends a sentence, not the link. */
const TRAILING = /[.,;:!?)\]]+$/;

/** Splits plain text into text and http(s) links, so links in a message can be clicked. */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const href = match[0].replace(TRAILING, '');
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: href, href });
    last = start + href.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** The path of an invitation link in a message, e.g. /invitation/abc, if it has one. */
export function invitationPath(text: string): string | null {
  for (const part of linkify(text)) {
    if (part.kind !== 'link') continue;
    try {
      const url = new URL(part.href);
      if (/^\/invitation\/[^/]+$/.test(url.pathname)) return url.pathname;
    } catch {
      // not a URL after all
    }
  }
  return null;
}
