// The demo's mail catcher: a real SMTP server (smtp-server) on loopback that keeps what the
// reference server sends, so a newcomer sees every mail without setting anything up. Its
// page (served by the demo at /mail/) lists them newest first; nothing leaves the machine.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const escape = (s) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** Starts the catcher on `port` (0: a free one). Keeps the last `keep` mails in memory. */
export async function startMailCatcher(port = 0, keep = 200) {
  const mails = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 200,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.unshift({ at: new Date(), to: session.envelope.rcptTo.map((r) => r.address), mail });
          mails.length = Math.min(mails.length, keep);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = server.server.address().port;
  return {
    port: actual,
    url: `smtp://127.0.0.1:${actual}?ignoreTLS=true`,
    mails,
    /** The page: each mail's headers that matter and its plain text, links made clickable. */
    page() {
      const items = mails.map(({ at, to, mail }) => {
        const unsubscribe = mail.headers.get('list-unsubscribe');
        const text = escape(mail.text ?? '').replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
        return `<article><h2>${escape(mail.subject)}</h2>
<p>Aan: ${escape(to.join(', '))} · ${escape(at.toLocaleString('nl-NL'))}</p>
<details><summary>Kopregels</summary><ul>
<li>Message-ID: ${escape(mail.messageId)}</li>
<li>Auto-Submitted: ${escape(mail.headers.get('auto-submitted'))}</li>
<li>List-Unsubscribe: ${escape(typeof unsubscribe === 'object' ? unsubscribe?.url : unsubscribe)}</li>
</ul></details>
<pre>${text}</pre></article>`;
      });
      return `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Mails van de demo</title>
<link rel="stylesheet" href="/demo.css"></head><body><main class="wrap">
<h1>Mails van de demo (${mails.length})</h1>
<p>Wat de Buurtkit-server verstuurde, opgevangen op deze computer. <a href="/mail/">Vernieuwen</a> ·
<a href="/staff.html">Naar de initiatievenbalie</a></p>
${items.join('\n') || '<p>Nog geen mails. Stuur een idee in via de demo.</p>'}
</main></body></html>`;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
