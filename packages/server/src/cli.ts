import { parseArgs as parseNodeArgs } from 'node:util';
import { backupSqlite, PG_DUMP_RECIPE } from './db/backup.js';
import { parseArgs, startServer, USAGE } from './start.js';

const BACKUP_USAGE = `Usage: buurtkit-server backup --to FILE [--database D]
  Copies a SQLite database online (the server may keep running) to FILE, consistent and
  checked. D as for the server (DATABASE_URL, default ./data/buurtkit.sqlite).

${PG_DUMP_RECIPE}`;

/** `buurtkit-server backup --to FILE`: exit 0 with the file written, 2 for wrong use, 1 when it failed. */
function backup(argv: string[]) {
  let values;
  try {
    ({ values } = parseNodeArgs({
      args: argv,
      options: { to: { type: 'string' }, database: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`buurtkit-server backup: ${(error as Error).message}\n\n${BACKUP_USAGE}`);
    process.exit(2);
  }
  const database = values.database ?? process.env.DATABASE_URL ?? './data/buurtkit.sqlite';
  if (!values.to) {
    console.error(`buurtkit-server backup: --to FILE is needed\n\n${BACKUP_USAGE}`);
    process.exit(2);
  }
  if (/^postgres(ql)?:/.test(database)) {
    console.error(`buurtkit-server backup: ${PG_DUMP_RECIPE}`);
    process.exit(2);
  }
  try {
    const { bytes } = backupSqlite(database, values.to);
    console.log(`Backup of ${database} written to ${values.to} (${bytes} bytes).`);
  } catch (error) {
    console.error(`buurtkit-server backup: ${(error as Error).message}`);
    process.exit(1);
  }
}

export async function main(argv: string[]) {
  if (argv[0] === 'backup') return backup(argv.slice(1));
  let options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    console.error(`buurtkit-server: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  const server = await startServer(options);
  const where = options.database.startsWith('postgres') ? 'PostgreSQL' : options.database;
  console.log(`Buurtkit API on ${server.url}/api/v1 (docs: ${server.url}/api/v1/docs), database: ${where}`);
  if (!options.staffTokens.size && !options.oidc)
    console.log('No BUURTKIT_STAFF_TOKEN or BUURTKIT_OIDC_ISSUER set: the staff endpoints refuse every request.');
  let stopping = false;
  const stop = async (drainMs: number) => {
    if (stopping) return;
    stopping = true;
    await server.close(drainMs);
    process.exit(0);
  };
  // SIGTERM (an orchestrator, a rolling restart): drain first. Ctrl+C: finish in-flight work only.
  process.on('SIGTERM', () => void stop((options.drainSeconds ?? 5) * 1000));
  process.on('SIGINT', () => void stop(0));
}
