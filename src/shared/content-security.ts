/**
 * The app's Content-Security-Policy, for every host that serves its pages: the desktop app's
 * app:// protocol (src/main) and the workshop server (src/server). The pages carry the same
 * policy in a meta tag (index.html, workshop.html; tests/main/security.test.ts checks they
 * agree) so it also holds where no header is sent. Inline styles stay blocked: React sets style
 * props through the CSSOM, which CSP allows.
 */
// One literal string, so security scanners (Electronegativity) can parse it.
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

/**
 * What the hosts send as a response header: the page's policy plus `frame-ancestors 'none'`, so
 * no other page can frame the app (clickjacking). Browsers ignore frame-ancestors in a meta tag,
 * so it lives only in the header.
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Every response header a host sends with the app's pages and files. */
export const PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
};
