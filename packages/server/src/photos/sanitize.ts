/**
 * Photos are stored without their metadata: a photo taken at home must not tell where home
 * is. The idea form already re-encodes photos in the browser; this is the server's own
 * guarantee, for every client. Only JPEG and PNG are accepted, recognised by their bytes.
 */

export type PhotoType = 'image/jpeg' | 'image/png';

export function photoType(bytes: Buffer): PhotoType | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length > 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  return null;
}

/**
 * JPEG without APP1–APP15 (Exif, XMP, IPTC, …) and comments. APP0 (JFIF) stays, and
 * APP14 (Adobe) which tells decoders the colour transform. Null when the file is broken.
 */
function stripJpeg(bytes: Buffer): Buffer | null {
  const out: Buffer[] = [bytes.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xda) {
      out.push(bytes.subarray(at)); // start of scan: the image data runs to the end
      return Buffer.concat(out);
    }
    const length = bytes.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return null;
    const metadata = (marker >= 0xe1 && marker <= 0xef && marker !== 0xee) || marker === 0xfe;
    if (!metadata) out.push(bytes.subarray(at, at + 2 + length));
    at += 2 + length;
  }
  return null;
}

const PNG_METADATA = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

/** PNG without its text, Exif and time chunks. Null when the file is broken. */
function stripPng(bytes: Buffer): Buffer | null {
  const out: Buffer[] = [bytes.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (end > bytes.length) return null;
    if (!PNG_METADATA.has(type)) out.push(bytes.subarray(at, end));
    at = end;
    if (type === 'IEND') return Buffer.concat(out);
  }
  return null;
}

export function sanitizePhoto(bytes: Buffer): { type: PhotoType; bytes: Buffer } | null {
  const type = photoType(bytes);
  const clean = type === 'image/jpeg' ? stripJpeg(bytes) : type === 'image/png' ? stripPng(bytes) : null;
  return type && clean ? { type, bytes: clean } : null;
}
