/**
 * The one gate for opening links in the user's browser. A link from a source article is
 * untrusted text, so only plain http(s) web addresses pass; anything that could run code,
 * open a local file or disguise where it leads is refused.
 */

// Control characters, any whitespace, and invisible or direction-changing characters.
const DECEPTIVE_CHARACTERS = /[\u0000-\u0020\u007f-\u00a0\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufeff\uffa0]/;

/** The normalised URL when it is safe to hand to the OS browser, else null. */
export function safeExternalUrl(input: string): string | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > 4000) return null;
  if (DECEPTIVE_CHARACTERS.test(input) || input.includes('\\')) return null;
  // Only ASCII: an address typed with look-alike letters (IDN homographs) is refused outright.
  if (/[^\x21-\x7e]/.test(input)) return null;
  if (!/^https?:\/\//i.test(input)) return null;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  const host = url.hostname;
  if (host === '' || host.split('.').some((label) => label.startsWith('xn--'))) return null;
  return url.href;
}
