// Checks what `npm start` needs before it builds anything: a Node.js the dependencies support
// (package.json "engines") and Electron's own binary, which Electron 45 fetches on first use
// rather than at install time. A missing piece is reported in one paragraph with what to do,
// and the process exits 1 without a stack trace.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where Electron's package keeps its binary, per platform (as node_modules/electron/install.js). */
const PLATFORM_BINARY = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

/** "22.12.0" or "v22.12.0" -> [22, 12, 0]. */
function parseVersion(text) {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a version number`);
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
}

/** The lowest version a ">=X.Y.Z" engines range allows. */
export function minimumNode(range) {
  const match = /^>=\s*(\S+)$/.exec(range.trim());
  if (!match) throw new Error(`package.json engines.node "${range}" is not of the form ">=X.Y.Z"`);
  return parseVersion(match[1]).join('.');
}

/** True when `version` is at least `minimum` (both "X.Y.Z", optionally with a leading v). */
export function nodeIsRecentEnough(version, minimum) {
  const have = parseVersion(version);
  const need = parseVersion(minimum);
  for (let i = 0; i < 3; i += 1) {
    if (have[i] !== need[i]) return have[i] > need[i];
  }
  return true;
}

/** The paragraph to print when Node.js is too old, or null when it is recent enough. */
export function nodeProblem(version, minimum) {
  if (nodeIsRecentEnough(version, minimum)) return null;
  return (
    `VPoE Simulator needs Node.js ${minimum} or newer (Electron, i18next and react-i18next ` +
    `require it), but this is Node.js ${version.replace(/^v/, '')}. Install a newer Node.js ` +
    `(https://nodejs.org, or "nvm install 22"), then run "npm install" and "npm start" again.`
  );
}

/** The path of Electron's executable inside `electronDir`, honouring Electron's own override. */
export function electronBinaryPath(electronDir, platform, env) {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf-8').trim()
    : (PLATFORM_BINARY[platform] ?? 'electron');
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  return path.join(distDir, relative);
}

/** The paragraph to print when Electron's binary is missing, or null when it is there. */
export function electronProblem(electronDir, platform, env) {
  const binary = electronBinaryPath(electronDir, platform, env);
  if (existsSync(binary)) return null;
  return (
    `The desktop app cannot start: Electron's own program is not installed (${binary} is ` +
    `missing). "npm install" does not download it; Electron fetches it from the internet on ` +
    `first use. To fetch it now, run "node node_modules/electron/install.js" on a machine with ` +
    `internet access, then "npm start" again. Without installing anything more, ` +
    `"npm run web" builds the same app and serves it to your browser.`
  );
}

/** True when `version` satisfies the project's package.json "engines" (used by .ci/run). */
export function nodeMeetsEngines(root, version) {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf-8'));
  return nodeIsRecentEnough(version, minimumNode(manifest.engines.node));
}

/** Every problem found, Electron's binary first, as one paragraph; null when there is none. */
export function startProblems(root, version, platform, env) {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf-8'));
  const electronDir = path.dirname(
    createRequire(path.join(root, 'package.json')).resolve('electron/package.json'),
  );
  const problems = [
    electronProblem(electronDir, platform, env),
    nodeProblem(version, minimumNode(manifest.engines.node)),
  ].filter((problem) => problem !== null);
  return problems.length === 0 ? null : problems.join(' ');
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const problem = startProblems(root, process.version, process.platform, process.env);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
