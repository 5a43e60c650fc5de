/**
 * Issue 14 (hole 11): the renderer is served from app://vpoe, never file://; the handler serves
 * only the built renderer's files, with their content type and the app's CSP header.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, createAppProtocolHandler, fileOfAppUrl } from '../../src/main/app-protocol';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../src/main/security';

function builtRenderer(): string {
  const root = mkdtempSync(join(tmpdir(), 'vpoe-app-protocol-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>VPoE</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'export const x = 1;');
  writeFileSync(join(root, '.secret.json'), '{}');
  writeFileSync(join(root, 'notes.exe'), 'MZ');
  return root;
}

describe('app:// protocol', () => {
  const root = builtRenderer();
  const serve = createAppProtocolHandler(root);

  it('serves the page and its scripts with their content type and the CSP header', async () => {
    const page = await serve(new Request(APP_ENTRY_URL));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await page.text()).toContain('<title>VPoE</title>');
    const script = await serve(new Request('app://vpoe/assets/index-abc.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('export const x = 1;');
    expect((await serve(new Request('app://vpoe/'))).status).toBe(200);
  });

  it.each([
    'app://vpoe/../../etc/passwd',
    'app://vpoe/%2e%2e/%2e%2e/etc/passwd',
    'app://vpoe/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    'app://vpoe/..%5c..%5cwindows%5cwin.ini',
    'app://vpoe/.secret.json',
    'app://vpoe/notes.exe',
    'app://vpoe/missing.js',
    'app://vpoe/%00.js',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('answers 404 to %s', async (url) => {
    expect((await serve(new Request(url))).status).toBe(404);
  });

  it('names no file outside the built folder, however the path is written', () => {
    // Dot segments, also as %2e, are resolved by the URL parser within the host: they stay inside.
    expect(fileOfAppUrl('app://vpoe/a/%2e%2e/%2e%2e/x.js', root)).toBe(join(root, 'x.js'));
    // An encoded slash survives the parser; decoded, it would leave the folder.
    expect(fileOfAppUrl('app://vpoe/%2e%2e%2fx.js', root)).toBeNull();
    expect(fileOfAppUrl('app://vpoe/assets%2f..%2f..%2fx.js', root)).toBeNull();
    expect(fileOfAppUrl('app://vpoe/%E0%A4%A.js', root)).toBeNull();
    expect(fileOfAppUrl('app://vpoe/assets/index-abc.js', root)).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
  });

  it('is read-only', async () => {
    const post = await serve(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
  });
});
