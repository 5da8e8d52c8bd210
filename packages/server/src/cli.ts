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

const IMPORT_USAGE = `Usage: buurtkit-server import [--database D] [--skip-invalid] [--kind K] [--municipality GM0034]
       [--lang nl|en|fy] FILE…
  Reads themes, contact persons and initiatives from CSV or Excel (.xlsx) files: templates are in
  packages/server/templates. The kind comes from the file's name (themas, contactpersonen,
  initiatieven) or --kind themes|contacts|initiatives. Each row's id (a theme's key) makes a
  second import of the same file update instead of adding. Any wrong line stops the whole import
  (nothing is written) unless --skip-invalid; --municipality decides between areas with the
  same name. Exit 0 when imported, 1 when a line was wrong, 2 for wrong use.`;

/** `buurtkit-server import FILE…`: the report on stdout, problems by file, line and column. */
async function importCommand(argv: string[]) {
  let values, positionals;
  try {
    ({ values, positionals } = parseNodeArgs({
      args: argv,
      allowPositionals: true,
      options: {
        database: { type: 'string' },
        'skip-invalid': { type: 'boolean' },
        kind: { type: 'string' },
        municipality: { type: 'string' },
        lang: { type: 'string' },
      },
      strict: true,
    }));
    if (!positionals.length) throw new Error('name at least one file');
    if (values.kind && !['themes', 'contacts', 'initiatives'].includes(values.kind))
      throw new Error(`--kind takes themes, contacts or initiatives, not "${values.kind}"`);
    if (values.lang && !['nl', 'en', 'fy'].includes(values.lang)) throw new Error('--lang takes nl, en or fy');
  } catch (error) {
    console.error(`buurtkit-server import: ${(error as Error).message}\n\n${IMPORT_USAGE}`);
    process.exit(2);
  }
  const { openDatabase } = await import('./db/index.js');
  const { seedAreas, seedReference } = await import('./seed/index.js');
  const { formatReport, importFiles } = await import('./import/index.js');
  const db = await openDatabase(values.database ?? process.env.DATABASE_URL ?? './data/buurtkit.sqlite');
  const locale = (values.lang ?? 'nl') as 'nl' | 'en' | 'fy';
  try {
    // Rows name areas and phase models: the reference data must be there first.
    await seedReference(db);
    await seedAreas(db);
    const report = await importFiles(db, positionals, {
      skipInvalid: values['skip-invalid'],
      kind: values.kind as 'themes' | 'contacts' | 'initiatives' | undefined,
      municipality: values.municipality,
      locale,
    });
    console.log(formatReport(report, locale));
    process.exitCode = report.imported ? 0 : 1;
  } catch (error) {
    console.error(`buurtkit-server import: ${(error as Error).message}`);
    process.exitCode = 2;
  } finally {
    await db.close();
  }
}

export async function main(argv: string[]) {
  if (argv[0] === 'backup') return backup(argv.slice(1));
  if (argv[0] === 'import') return importCommand(argv.slice(1));
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
