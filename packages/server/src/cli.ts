import { parseArgs as parseNodeArgs } from 'node:util';
import { IDEA_MAIL } from '@buurtkit/api/static-manifest';
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

type Parsed = { values: Record<string, string | undefined>; positionals: string[] };

/**
 * A command's arguments (strings, flags as "true", files): wrong use, by `check` or the
 * parser, prints the reason with the command's usage and exits 2.
 */
function parseCommand(
  command: string,
  usage: string,
  argv: string[],
  o: { strings: string[]; booleans?: string[]; check(parsed: Parsed): void },
): Parsed {
  try {
    const options = Object.fromEntries([
      ...o.strings.map((name) => [name, { type: 'string' as const }]),
      ...(o.booleans ?? []).map((name) => [name, { type: 'boolean' as const }]),
    ]);
    const { values, positionals } = parseNodeArgs({ args: argv, allowPositionals: true, options, strict: true });
    const parsed = {
      values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === undefined ? v : String(v)])),
      positionals,
    };
    if (parsed.values.lang && !['nl', 'en', 'fy'].includes(parsed.values.lang))
      throw new Error('--lang takes nl, en or fy');
    o.check(parsed);
    return parsed;
  } catch (error) {
    console.error(`buurtkit-server ${command}: ${(error as Error).message}\n\n${usage}`);
    process.exit(2);
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
  const { values, positionals } = parseCommand('import', IMPORT_USAGE, argv, {
    strings: ['database', 'kind', 'municipality', 'lang'],
    booleans: ['skip-invalid'],
    check({ values, positionals }) {
      if (!positionals.length) throw new Error('name at least one file');
      if (values.kind && !['themes', 'contacts', 'initiatives'].includes(values.kind))
        throw new Error(`--kind takes themes, contacts or initiatives, not "${values.kind}"`);
    },
  });
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
      skipInvalid: !!values['skip-invalid'],
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

const EXPORT_USAGE = `Usage: buurtkit-server export-static DIR [--database D] [--idea-mail ADDRESS]
       [--municipality GM0034[,GM…]] [--lang nl|en|fy] [FILE…]
  Writes the published initiatives, phase models, themes, areas with their boundaries and contact
  persons as a folder of static JSON files: the widgets work from it on any web server or CDN,
  with no Buurtkit server (set \`static\` on <buurt-config>). From the database D (as for the server),
  or, given FILEs, straight from spreadsheets as \`import\` reads them. --idea-mail is where the
  idea form offers to mail ideas to. Exit 0 when written, 1 when a file or the export failed,
  2 for wrong use.`;

/** `buurtkit-server export-static DIR [FILE…]`: a folder the widgets read without a server. */
async function exportCommand(argv: string[]) {
  const { values, positionals } = parseCommand('export-static', EXPORT_USAGE, argv, {
    strings: ['database', 'idea-mail', 'municipality', 'lang'],
    check({ values, positionals }) {
      if (!positionals.length) throw new Error('name the folder to write');
      const mail = values['idea-mail'];
      if (mail !== undefined && !IDEA_MAIL.test(mail))
        throw new Error(`--idea-mail takes an e-mail address, not "${mail}"`);
      if (values.municipality && !/^GM\d{4}(,GM\d{4})*$/.test(values.municipality))
        throw new Error('--municipality takes CBS gemeente codes such as GM0034, separated by commas');
    },
  });
  const [dir, ...files] = positionals as [string, ...string[]];
  const { openDatabase } = await import('./db/index.js');
  const { exportStatic } = await import('./static/export.js');
  const locale = (values.lang ?? 'nl') as 'nl' | 'en' | 'fy';
  // Spreadsheets go through the importer into a database of their own, in memory.
  const db = await openDatabase(
    files.length ? ':memory:' : (values.database ?? process.env.DATABASE_URL ?? './data/buurtkit.sqlite'),
  );
  try {
    if (files.length) {
      const { seedAreas, seedReference } = await import('./seed/index.js');
      const { formatReport, importFiles } = await import('./import/index.js');
      await seedReference(db);
      await seedAreas(db);
      const report = await importFiles(db, files, { municipality: values.municipality?.split(',')[0], locale });
      if (!report.imported) {
        console.error(formatReport(report, locale));
        process.exitCode = 1;
        return;
      }
    }
    const report = await exportStatic(db, dir, {
      ideaMail: values['idea-mail'],
      municipalities: values.municipality?.split(','),
      showElsewhere: process.env.BUURTKIT_SHOW_ELSEWHERE !== 'false',
    });
    console.log(
      `Static folder written to ${report.dir}: ${report.initiatives} initiatives, ` +
        `${report.contacts} contact persons, ` +
        `${report.areas} areas (${report.files} files).`,
    );
  } catch (error) {
    console.error(`buurtkit-server export-static: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}

export async function main(argv: string[]) {
  if (argv[0] === 'backup') return backup(argv.slice(1));
  if (argv[0] === 'import') return importCommand(argv.slice(1));
  if (argv[0] === 'export-static') return exportCommand(argv.slice(1));
  if (argv[0] === 'tenant') return (await import('./tenants/command.js')).tenantCommand(argv.slice(1));
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
