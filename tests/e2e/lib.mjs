// Shared harness: a local HTTPS server that serves the fixture pages as https://x.com/… and
// https://www.facebook.com/… (strict CSP, like the real sites), and Chromium with the BUILT
// extension (dist/earshot) loaded into a fresh profile.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { xHome, xChanged, fbFeed } from './fixtures/pages.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const dist = path.join(root, 'dist/earshot');
export const exampleSettings = JSON.parse(fs.readFileSync(path.join(root, 'examples/brand.json'), 'utf8'));

export function tmpDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Extra routes a test can register: path → {type, body}. */
export const extraRoutes = new Map();

export async function startServer() {
  const dir = tmpDir('earshot-cert-');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(dir, 'key.pem'),
    '-out', path.join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=x.com',
    '-addext', 'subjectAltName=DNS:x.com,DNS:www.facebook.com,DNS:m.facebook.com'], { stdio: 'ignore' });
  const fixtureJs = fs.readFileSync(path.join(here, 'fixtures/fixture.js'));
  const server = https.createServer({ key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')) }, (req, res) => {
    const host = (req.headers.host || '').replace(/:\d+$/, '');
    const url = new URL(req.url, `https://${host}`);
    const send = (type, body, status = 200) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': "script-src 'self'", 'Cache-Control': 'no-store' });
      res.end(body);
    };
    const extra = extraRoutes.get(`${host}${url.pathname}`);
    if (extra) return send(extra.type, extra.body);
    if (url.pathname === '/fixture.js') return send('text/javascript', fixtureJs);
    if (url.pathname === '/emoji.svg') return send('image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#ffd54f"/></svg>');
    if (url.pathname === '/favicon.ico') return send('image/x-icon', '', 404);
    if (host === 'x.com' && url.pathname === '/home') return send('text/html; charset=utf-8', xHome());
    if (host === 'x.com' && url.pathname === '/layout-changed') return send('text/html; charset=utf-8', xChanged());
    if (host === 'www.facebook.com' && url.pathname.startsWith('/acmeair')) return send('text/html; charset=utf-8', fbFeed());
    return send('text/plain', 'not found', 404);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  return {
    port,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export async function launch(userDir, port, { headless = true } = {}) {
  if (!fs.existsSync(path.join(dist, 'manifest.json')) || !fs.existsSync(path.join(dist, 'pkg/earshot_bg.wasm'))) {
    throw new Error(`no built extension at ${dist}: run scripts/build.sh first`);
  }
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
    `--host-resolver-rules=MAP x.com 127.0.0.1:${port}, MAP www.facebook.com 127.0.0.1:${port}, MAP m.facebook.com 127.0.0.1:${port}`,
    '--ignore-certificate-errors',
  ];
  if (headless) args.unshift('--headless=new');
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: '/usr/bin/chromium', headless, ignoreHTTPSErrors: true, args,
    viewport: { width: 1100, height: 900 },
  });
  let sw = context.serviceWorkers()[0];
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(sw.url()).host;
  return { context, sw, extensionId };
}

export async function seedSettings(sw, settings = exampleSettings) {
  await sw.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

export async function waitUntil(fn, what, ms = 8000) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
