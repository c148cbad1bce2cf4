/**
 * QR codes for printed posters, drawn at build time with `qrcode`.
 * Error correction level Q (about 25% of the code can be lost) because printed
 * posters get folded, scuffed and photographed at an angle.
 */
import QRCode from 'qrcode';
import { cachedPng, packageVersion } from './png-cache';

const options = { errorCorrectionLevel: 'Q', margin: 4, color: { dark: '#000000', light: '#ffffff' } } as const;

/** An SVG QR code that scales to any print size. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...options, type: 'svg' });
}

/** A PNG QR code, `width` pixels square: 1200 px prints sharp at 10 cm. Kept in the image cache: encoding a large PNG is slow. */
export function qrPng(text: string, width = 1200): Promise<Uint8Array<ArrayBuffer>> {
  return cachedPng('qr', { text, width, options, qrcode: packageVersion('qrcode') }, async () => new Uint8Array(await QRCode.toBuffer(text, { ...options, type: 'png', width })));
}
