import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mailText, mailtoHref } from './mail-text.js';

const words = {
  subject: 'Idee: Bankje\r\nBcc: iedereen@example.org',
  intro: 'Mijn idee:',
  none: 'Niet ingevuld',
  step: (s: string) => s.toUpperCase(),
  photos: 'Voeg je 2 foto’s zelf toe.',
};
const sections = [
  {
    step: 'idea' as const,
    rows: [
      { label: 'Titel', value: 'Bankje & tafel' },
      { label: 'Beschrijving', value: 'Regel 1\nRegel 2 ?body=x' },
      { label: 'Foto’s', value: null, photos: true as const },
    ],
  },
  {
    step: 'you' as const,
    rows: [
      { label: 'Telefoon', value: null },
      { label: '', value: 'Naam niet tonen' },
    ],
  },
];

test('every row goes into the body, nothing typed into a header', () => {
  const mail = mailText(sections, words);
  assert.equal(mail.subject, 'Idee: Bankje Bcc: iedereen@example.org');
  assert.equal(
    mail.body,
    [
      'Mijn idee:',
      '',
      '== IDEA ==',
      'Titel: Bankje & tafel',
      'Beschrijving: Regel 1\nRegel 2 ?body=x',
      'Foto’s: Voeg je 2 foto’s zelf toe.',
      '',
      '== YOU ==',
      'Telefoon: Niet ingevuld',
      'Naam niet tonen',
    ].join('\r\n'),
  );
});

test('the link carries the text encoded, and only to a plain address', () => {
  const mail = mailText(sections, words);
  const href = mailtoHref('ideeen@gemeente.example', mail)!;
  const url = new URL(href);
  assert.equal(url.protocol, 'mailto:');
  assert.equal(url.pathname, 'ideeen@gemeente.example');
  assert.equal(url.searchParams.get('body'), mail.body);
  assert.equal(url.searchParams.get('subject'), mail.subject);
  assert.equal([...url.searchParams.keys()].join(), 'subject,body');
  for (const bad of [null, '', 'iemand', 'a@b.nl?cc=x@y.nl', 'a@b.nl&bcc=x@y.nl', 'javascript:alert(1)//@x.nl'])
    assert.equal(mailtoHref(bad, mail), undefined, String(bad));
});
