// Where Chromium is: CHROME_PATH, else Debian's /usr/bin/chromium. Test tools here
// cannot download browsers, so we use the system one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium() {
  for (const candidate of [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Finds Chromium; as root on Debian installs it when missing; otherwise explains in one line. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium not found; installing Debian package chromium …');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    'Browser tests need Chromium: install it (Debian: sudo apt-get install chromium) ' +
      'or set CHROME_PATH to a Chrome/Chromium binary.',
  );
  process.exit(1);
}
