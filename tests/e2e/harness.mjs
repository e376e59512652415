// Shared by the end-to-end tests and the demo: a local HTTPS server that plays x.com and
// www.facebook.com (fixture pages with the sites' strict CSP), and Debian's Chromium with the
// BUILT extension (dist/earshot) loaded — the same manifest users get.
import { createServer } from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const extensionDir = path.join(root, 'dist', 'earshot');
const fixtures = path.join(root, 'tests', 'e2e', 'fixtures');
const HOSTS = ['x.com', 'twitter.com', 'www.facebook.com', 'm.facebook.com'];

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const EMOJI_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"><circle cx="18" cy="18" r="16" fill="#ffcc4d"/></svg>';

/** Which fixture file answers a request. */
function route(host, pathname) {
  if (pathname.startsWith('/fixtures/')) return path.join(fixtures, path.basename(pathname));
  if (host.endsWith('facebook.com')) return path.join(fixtures, 'facebook-feed.html');
  if (host === 'x.com' || host === 'twitter.com') return path.join(fixtures, 'x-home.html');
  return null;
}

/** Starts the HTTPS server on 127.0.0.1 with a fresh self-signed certificate for the hosts. */
export async function startServer() {
  const dir = mkdtempSync(path.join(tmpdir(), 'earshot-cert-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(dir, 'key.pem'),
    '-out', path.join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=x.com',
    '-addext', 'subjectAltName=' + HOSTS.map((h) => 'DNS:' + h).join(',')], { stdio: 'ignore' });
  const server = createServer({ key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) },
    async (req, res) => {
      const url = new URL(req.url, 'https://' + req.headers.host);
      if (url.pathname.startsWith('/emoji/')) {
        res.writeHead(200, { 'content-type': TYPES['.svg'] }).end(EMOJI_SVG);
        return;
      }
      const file = route(url.hostname, url.pathname);
      try {
        const body = await readFile(file);
        // The real sites' CSP forbids inline and foreign scripts (and so WASM in content scripts).
        res.writeHead(200, {
          'content-type': (TYPES[path.extname(file)] || 'application/octet-stream') + '; charset=utf-8',
          'content-security-policy': "script-src 'self'",
        });
        res.end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
    });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  rmSync(dir, { recursive: true, force: true });
  return server;
}

/** Launches Chromium with the built extension in a fresh profile (or `profile`, to restart on
 * the same one); returns {context, worker, extensionId, profile, close}. */
export async function launch(server, { headless = true, profile = null } = {}) {
  const port = server.address().port;
  profile ??= mkdtempSync(path.join(tmpdir(), 'earshot-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}`,
      '--ignore-certificate-errors',
    ],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, worker, extensionId, profile, close };
}

/** Stores settings as the options page would (the worker picks them up through onChanged). */
export async function seedSettings(worker, settings) {
  await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
}

export const exampleSettings = () => JSON.parse(readFileSync(path.join(root, 'examples', 'brand.json'), 'utf8'));

/** Polls `fn` until it returns a truthy value or `ms` pass. */
export async function until(fn, ms = 10_000, what = 'condition') {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
