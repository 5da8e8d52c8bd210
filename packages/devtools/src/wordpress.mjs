// WordPress's own HTML filter (kses) and shortcodes, for the WordPress recipe's tests: PHP
// from Debian (php-cli) and WordPress's PHP files from Debian's wordpress package, unpacked
// without installing it (it would pull in a web server and a database client). Found at
// BUURTKIT_WORDPRESS, /usr/share/wordpress, or the copy this unpacks; as root on Debian,
// installed when missing, like Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const cache = new URL('../../../node_modules/.cache/buurtkit-wordpress/', import.meta.url).pathname;
const has = (cmd) => {
  try {
    execFileSync(cmd, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const find = () =>
  [process.env.BUURTKIT_WORDPRESS, '/usr/share/wordpress', join(cache, 'usr/share/wordpress')].find(
    (dir) => dir && existsSync(join(dir, 'wp-includes/kses.php')),
  );

/** The WordPress folder and PHP, installing them as root on Debian; otherwise explains in one line. */
export function ensureWordpress() {
  const root = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  const apt = (...args) =>
    execFileSync('apt-get', args, { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!has('php') && root) {
    apt('update', '-qq');
    apt('install', '-y', '-qq', 'php-cli');
  }
  if (!find() && root) {
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(cache, { recursive: true });
    const download = () => execFileSync('apt-get', ['download', 'wordpress'], { cwd: cache, stdio: 'ignore' });
    try {
      download();
    } catch {
      // A fresh machine may have no package lists yet.
      apt('update', '-qq');
      download();
    }
    const deb = readdirSync(cache).find((f) => f.endsWith('.deb'));
    execFileSync('dpkg-deb', ['-x', join(cache, deb), cache]);
  }
  const dir = find();
  if (!has('php') || !dir)
    throw new Error(
      'The WordPress recipe tests need php-cli and WordPress (Debian: apt-get install php-cli, and ' +
        'BUURTKIT_WORDPRESS pointing at a WordPress folder).',
    );
  return dir;
}
