import pg from 'pg';

/** The channel the public tables' trigger notifies at commit, its payload the table's schema (migration 15). */
export const PUBLIC_CHANNEL = 'buurtkit_public';

/** How the listening connection shows in `pg_stat_activity`, for administrators (and tests). */
export const LISTENER_NAME = 'buurtkit-public-listener';

/**
 * What this process knows of commits to the public tables of one PostgreSQL database, per
 * schema: its own (the adapter says so after each write) and every other instance's (PostgreSQL
 * tells each listening connection at commit, `NOTIFY`). Each schema has a mark, an object that
 * stays the same exactly as long as nothing was heard for it; a reader that keeps something
 * under a mark knows it is current while the mark stands.
 *
 * While the listening connection is down (not yet up, cut, PostgreSQL restarting) there is no
 * mark: another instance's commit could go unheard, so readers ask the database every time.
 * Once it is listening again every mark is new, for what was missed meanwhile.
 *
 * One listening connection per database and process, whatever the number of schemas (fifty
 * municipalities share it), opened on the first ask for a mark: commands that never read
 * public answers (migrations, `tenant add`) never open it.
 */
export class CommitWatch {
  private readonly marks = new Map<string, object>();
  private client: pg.Client | undefined;
  private listening = false;
  private started = false;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: string,
    private readonly retryMs = 1000,
  ) {}

  /** The schema's present mark, or undefined while other instances' commits cannot be heard. */
  mark(schema: string): object | undefined {
    if (!this.listening) {
      if (!this.started) {
        this.started = true;
        void this.listen();
      }
      return undefined;
    }
    let mark = this.marks.get(schema);
    if (!mark) this.marks.set(schema, (mark = {}));
    return mark;
  }

  /** A write through this process may have changed the schema's public tables. */
  moved(schema: string) {
    this.marks.delete(schema);
  }

  private async listen() {
    if (this.closed) return;
    const client = new pg.Client({
      connectionString: this.url,
      connectionTimeoutMillis: 5000,
      application_name: LISTENER_NAME,
      options: '-c search_path=pg_catalog',
    });
    this.client = client;
    const lost = () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.listening = false;
      this.marks.clear();
      end(client);
      if (!this.closed) this.retry = setTimeout(() => void this.listen(), this.retryMs).unref();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (n) => {
      if (n.channel === PUBLIC_CHANNEL && n.payload) this.marks.delete(n.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBLIC_CHANNEL}`);
    } catch {
      lost();
      return;
    }
    if (this.client !== client) return;
    // A connection that only listens must not keep a process alive (a script that read a
    // version and forgot to close; the server stays up for its own reasons).
    socketOf(client)?.unref?.();
    // Whatever was kept before this connection listened may have been changed unheard.
    this.marks.clear();
    this.listening = true;
  }

  async close() {
    this.closed = true;
    clearTimeout(this.retry);
    this.listening = false;
    this.marks.clear();
    const client = this.client;
    this.client = undefined;
    if (client) await end(client);
  }
}

/** The connection's socket (pg's own, not in its types). */
const socketOf = (client: pg.Client) =>
  (client as unknown as { connection?: { stream?: { ref?(): void; unref?(): void } } }).connection?.stream;

/** Ends a connection; its socket counts again until closed, so whoever awaits the end is not left behind. */
function end(client: pg.Client) {
  socketOf(client)?.ref?.();
  return client.end().catch(() => undefined);
}
