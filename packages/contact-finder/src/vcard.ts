/** Escapes a vCard text value (RFC 6350 §3.4). */
const esc = (v: string) =>
  v
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/([,;])/g, '\\$1');

/** A vCard 4.0 for a municipal contact person, to save in the phone's address book. */
export function vcard(
  c: { name: string; role: string; email: string | null; phone: string | null },
  organisation: string,
): string {
  return [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${esc(c.name)}`,
    `ORG:${esc(organisation)}`,
    `TITLE:${esc(c.role)}`,
    ...(c.email ? [`EMAIL;TYPE=work:${esc(c.email)}`] : []),
    ...(c.phone ? [`TEL;TYPE=work,voice;VALUE=uri:tel:${c.phone.replace(/[^\d+]/g, '')}`] : []),
    'END:VCARD',
    '',
  ].join('\r\n');
}
