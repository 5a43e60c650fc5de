/** Where people on the LAN reach the workshop, and the QR code that takes them there. */
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import { WORKSHOP_PAGE } from './server';

/** The machine's IPv4 addresses other machines can reach (not loopback, not link-local). */
export function lanAddresses(): string[] {
  const found: string[] = [];
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? [])
      if (a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.'))
        found.push(a.address);
  return found;
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
