// Starts a throw-away PostgreSQL server for tests and benchmarks: a fresh cluster in a
// temporary folder on a loopback port. PostgreSQL refuses to run as root, so as root
// it runs as the `postgres` user that Debian's package creates.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function binDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(base, v, 'bin', 'initdb'))) return join(base, v, 'bin');
  return null;
}

const isRoot = process.getuid?.() === 0;

/** Installs Debian's PostgreSQL when we are root on Debian and it is missing. */
export function ensurePostgresInstalled() {
  if (binDir()) return true;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('PostgreSQL is not installed; installing Debian package postgresql …');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return !!binDir();
  }
  return false;
}

function asPostgres(cmd, args, options = {}) {
  return isRoot
    ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], options)
    : execFileSync(cmd, args, options);
}

/** Starts a server; resolves { url, stop } once it accepts connections. */
export async function startPostgres({ port = 54329 + Math.floor(Math.random() * 500) } = {}) {
  const bin = binDir();
  if (!bin) throw new Error('PostgreSQL server binaries not found (apt-get install postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'buurtkit-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  asPostgres(join(bin, 'initdb'), ['-D', data, '-U', 'buurtkit', '--auth=trust', '-E', 'UTF8', '--no-instructions'], {
    stdio: 'ignore',
  });
  const args = [
    '-D',
    data,
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=off',
    '-c',
    'max_connections=200',
  ];
  const url = `postgres://buurtkit@127.0.0.1:${port}/postgres`;
  const pg = (await import('pg')).default;
  let child;
  const launch = async () => {
    child = isRoot
      ? spawn('runuser', ['-u', 'postgres', '--', join(bin, 'postgres'), ...args], { stdio: 'ignore' })
      : spawn(join(bin, 'postgres'), args, { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      const client = new pg.Client({ connectionString: url });
      try {
        await client.connect();
        await client.end();
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    throw new Error('PostgreSQL did not start');
  };
  await launch();
  let stopped = false;
  return {
    url,
    /** A fresh, empty database on this server. */
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`CREATE DATABASE "${name}"`);
      await client.end();
      return url.replace(/\/postgres$/, `/${name}`);
    },
    /**
     * Stops the server as an administrator would (`pg_ctl stop -m fast`: sessions are ended
     * with 57P01), keeps it down for `downMs`, and starts it again on the same data.
     */
    async restart(downMs = 1000) {
      const exited = new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      asPostgres(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'fast', '-w'], { stdio: 'ignore' });
      await exited;
      await new Promise((r) => setTimeout(r, downMs));
      await launch();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      const exited = new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      try {
        asPostgres(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-w'], { stdio: 'ignore' });
      } catch {
        child.kill('SIGKILL');
      }
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
