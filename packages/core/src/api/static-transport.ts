import { answerStatic } from '@buurtkit/api/static-folder';

/** How long a file read once answers again without asking the web server (as the API's reference data). */
const KEPT_MS = 300_000;

/**
 * `fetch` for a static folder (see `@buurtkit/api/static-folder`): the contract's reads
 * answered in the browser from the folder's files, each file fetched once for every widget
 * on the page that reads from the same folder. A chunk of its own: only pages with a static
 * folder load it.
 */
export function folderFetch(folder: string): typeof fetch {
  const base = new URL(folder.replace(/\/*$/, '/'), document.baseURI).href;
  let transport = transports.get(base);
  if (!transport) transports.set(base, (transport = transportFor(base)));
  return transport;
}

/** One transport, and so one set of files read, per folder for the page. */
const transports = new Map<string, typeof fetch>();

function transportFor(base: string): typeof fetch {
  const prefix = new URL(base).pathname.slice(0, -1);
  const files = new Map<string, { at: number; data: Promise<unknown> }>();

  const load = async (name: string): Promise<unknown> => {
    // `no-cache`: the web server says whether the file changed (a 304 costs no body).
    const response = await fetch(new URL(name, base), { cache: 'no-cache', headers: { Accept: 'application/json' } });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new FileError(response.status);
    // A file that is not JSON is the folder's fault, as a server's 502 would be.
    return response.json().catch(() => {
      throw new FileError(502);
    });
  };
  const read = (name: string) => {
    const kept = files.get(name);
    if (kept && performance.now() - kept.at < KEPT_MS) return kept.data;
    const data = load(name);
    files.set(name, { at: performance.now(), data });
    // A failed read is tried again next time, not kept.
    data.catch(() => files.delete(name));
    return data;
  };

  return async (input, init) => {
    init?.signal?.throwIfAborted();
    const url = new URL(input instanceof Request ? input.url : String(input));
    let answer;
    try {
      answer = await answerStatic(
        read,
        base,
        init?.method ?? 'GET',
        url.pathname.slice(prefix.length),
        url.searchParams,
      );
    } catch (error) {
      // The web server's own failure (a 5xx) reaches the widget as such, so it retries and says so.
      if (error instanceof FileError) return new Response(null, { status: error.status });
      throw error;
    }
    init?.signal?.throwIfAborted();
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': answer.status < 400 ? 'application/json' : 'application/problem+json' },
    });
  };
}

class FileError extends Error {
  constructor(readonly status: number) {
    super(`The static folder answered ${status}`);
  }
}
