/** Where people on the LAN reach the workshop, and the QR code that takes them there. */
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import type { JoinInfo } from '../shared/workshop';

/** The page a person opens; the facilitator and projector pages are its #facilitator and #projector. */
export const WORKSHOP_PAGE = '/workshop.html';

/** The machine's IPv4 addresses other machines can reach (not loopback, not link-local). */
export function lanAddresses(): string[] {
  const found: string[] = [];
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? [])
      if (a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.'))
        found.push(a.address);
  return found;
}

/** The addresses people reach a server listening on `host` at: the LAN's for 0.0.0.0 (else loopback). */
export function reachableAddresses(host: string): string[] {
  if (host !== '0.0.0.0') return [host];
  const lan = lanAddresses();
  return lan.length > 0 ? lan : ['127.0.0.1'];
}

/** The team page's address; the join code rides along so a scanned QR code fills it in. */
export function joinUrl(address: string, port: number, joinCode: string): string {
  return `http://${address}:${port}${WORKSHOP_PAGE}?code=${encodeURIComponent(joinCode)}`;
}

export function facilitatorUrl(address: string, port: number): string {
  return `http://${address}:${port}${WORKSHOP_PAGE}#facilitator`;
}

export function projectorUrl(address: string, port: number, joinCode: string): string {
  return `http://${address}:${port}${WORKSHOP_PAGE}?code=${encodeURIComponent(joinCode)}#projector`;
}

/** A QR code drawn with characters, for a terminal. */
export function terminalQr(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'terminal', small: true, errorCorrectionLevel: 'M' });
}

/** A QR code as an SVG document, for a page or a dialog. */
export function svgQr(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}

/** Where teams join a server listening on `host`: every LAN address for 0.0.0.0, and a QR code of the first. */
export async function joinInfo(host: string, port: number, joinCode: string): Promise<JoinInfo> {
  const urls = reachableAddresses(host).map((a) => joinUrl(a, port, joinCode));
  const svg = await svgQr(urls[0]!);
  return { urls, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}
