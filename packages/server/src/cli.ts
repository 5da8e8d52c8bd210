import { parseArgs, startServer, USAGE } from './start.js';

export async function main(argv: string[]) {
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
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
