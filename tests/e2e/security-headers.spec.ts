/**
 * Issue 14 (hole 11): the browser host (`npm run web`) sends the page's Content-Security-Policy
 * as a header with frame-ancestors, which browsers honour only there: no other site can frame
 * the app. The desktop host sends the same header (tests/main/app-protocol.test.ts).
 */
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../src/main/security';

test('the browser host forbids framing and sends the app’s CSP as a header', async ({
  request,
  page,
}) => {
  for (const path of ['/', '/index.html']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(headers['x-frame-options']).toBe('DENY');
  }
  // The page still runs under the header (scripts, styles and the icon all come from 'self').
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Choose a scenario' })).toBeVisible();
  expect(errors).toEqual([]);
});
