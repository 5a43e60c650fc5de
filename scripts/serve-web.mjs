// Serves the built renderer (out/renderer) on 127.0.0.1 for the browser host: workshops without
// installs, and the browser tests. `npm run web` builds first; PORT overrides the default port.
import { existsSync } from 'node:fs';
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

const server = await preview({
  root,
  configFile: false,
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port, strictPort: true, open: false },
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
process.stdout.write(`VPoE Simulator (browser mode) is running at ${url}\nPress Ctrl+C to stop.\n`);
