/**
 * Fetching a source the user asked for by address. Only http(s), on every hop: redirects are
 * followed by hand (at most URL_MAX_REDIRECTS) so each new address is checked again. One
 * timeout covers the whole exchange including the body, the body is read in chunks and cut
 * off at MAX_SOURCE_BYTES, and only pages, text, PDF and Word documents are accepted.
 */
import { IngestError } from './errors.js';
import { MAX_SOURCE_BYTES, URL_MAX_REDIRECTS, URL_TIMEOUT_MS, tooLargeMessage } from './limits.js';

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedSource {
  bytes: Uint8Array;
  /** A file name whose extension says what the server sent, for the format sniffer. */
  name: string;
  charset: string | null;
  /** The address after redirects. */
  url: string;
}

const ACCEPTED: Record<string, string> = {
  'text/html': 'page.html',
  'application/xhtml+xml': 'page.html',
  'text/plain': 'page.txt',
  'text/markdown': 'page.md',
  'application/pdf': 'document.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'document.docx',
  // Servers that do not say what they send: the content decides (see sniff.ts).
  'application/octet-stream': 'download',
  '': 'download',
};

export function checkedUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    throw new IngestError('it is not a valid web address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError(`only http and https addresses can be fetched, not ${url.protocol.replace(/:$/, '')}`);
  }
  if (url.username || url.password) throw new IngestError('addresses with a user name or password in them are not fetched');
  return url;
}

function networkError(error: unknown, timeoutMs: number): IngestError {
  if (error instanceof IngestError) return error;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    const seconds = timeoutMs >= 10_000 ? Math.round(timeoutMs / 1000) : Number((timeoutMs / 1000).toFixed(1));
    return new IngestError(`the server did not answer within ${seconds} seconds`);
  }
  const cause = error instanceof Error ? (error.cause as NodeJS.ErrnoException | undefined) : undefined;
  const code = cause?.code ?? '';
  if (code === 'ECONNREFUSED') return new IngestError('the server refused the connection');
  // Fetch refuses ports of other protocols (mail, FTP…) by design: say so rather than "unreachable".
  if (cause?.message === 'bad port') return new IngestError('the address uses a port that is reserved for other services');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new IngestError('the server name could not be found');
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return new IngestError('the server closed the connection');
  if (/CERT|SSL|TLS|SELF_SIGNED|VERIFY/.test(code)) return new IngestError("the server's security certificate is not valid");
  return new IngestError('the address cannot be reached');
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared >= maxBytes) {
    await response.body?.cancel();
    throw new IngestError(tooLargeMessage(declared, maxBytes));
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    total += part.value.byteLength;
    if (total >= maxBytes) {
      await reader.cancel();
      throw new IngestError(tooLargeMessage(null, maxBytes));
    }
    chunks.push(part.value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

export async function fetchSource(address: string, options: FetchOptions = {}): Promise<FetchedSource> {
  const timeoutMs = options.timeoutMs ?? URL_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_SOURCE_BYTES;
  const maxRedirects = options.maxRedirects ?? URL_MAX_REDIRECTS;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = checkedUrl(address);
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.1' },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (hop >= maxRedirects) throw new IngestError(`the address redirects more than ${maxRedirects} times`);
        url = checkedUrl(location, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new IngestError(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const [mime = '', ...params] = (response.headers.get('content-type') ?? '').split(';').map((s) => s.trim());
      const name = ACCEPTED[mime.toLowerCase()];
      if (!name) {
        await response.body?.cancel();
        throw new IngestError(`the address returned ${mime}, not a web page, text, PDF or Word document`);
      }
      const charset = params.find((p) => /^charset=/i.test(p))?.replace(/^charset=/i, '') ?? null;
      return { bytes: await readCapped(response, maxBytes), name, charset, url: url.href };
    }
  } catch (error) {
    throw networkError(error, timeoutMs);
  }
}
