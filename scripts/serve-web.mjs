// Serves the built renderer (out/renderer) on 127.0.0.1 for the browser host: workshops without
// installs, and the browser tests. `npm run web` builds first; PORT overrides the default port.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', 'renderer');
const DEFAULT_PORT = 5199;
const port = Number(process.env.PORT ?? DEFAULT_PORT);

if (!Number.isInteger(port) || port < 1 || port > 65535) {
  process.stderr.write(`PORT must be a whole number from 1 to 65535, got "${process.env.PORT}".\n`);
  process.exit(1);
}
if (!existsSync(join(outDir, 'index.html'))) {
  process.stderr.write(`${outDir} has no build. Run "npm run web" (it builds first).\n`);
  process.exit(1);
}

// The page's Content-Security-Policy (its meta tag, written once in src/renderer/index.html),
// sent as a header too, with frame-ancestors, which browsers honour only in a header: no other
// site can frame the app. Main's app:// responses send the same (CONTENT_SECURITY_POLICY_HEADER).
const page = readFileSync(join(outDir, 'index.html'), 'utf8');
const metaPolicy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1];
if (!metaPolicy) {
  process.stderr.write(`${outDir}/index.html has no Content-Security-Policy meta tag.\n`);
  process.exit(1);
}
const headers = {
  'Content-Security-Policy': `${metaPolicy}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
};

const server = await preview({
  root,
  configFile: false,
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port, strictPort: true, open: false, headers },
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
process.stdout.write(`VPoE Simulator (browser mode) is running at ${url}\nPress Ctrl+C to stop.\n`);
