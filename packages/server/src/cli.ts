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
