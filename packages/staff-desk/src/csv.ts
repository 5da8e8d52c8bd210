/**
 * CSV as Dutch spreadsheets open it: semicolons, UTF-8 with a byte-order mark, CRLF.
 * A cell that starts like a formula (= + - @) gets a quote first, so a theme name can
 * never run as a formula in the spreadsheet (CSV injection).
 */
export function toCsv(rows: (string | number)[][]): string {
  const cell = (value: string | number) => {
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}
