/**
 * Dutch (B1): the form on a website without a Buurtkit server (a static folder), which
 * offers to send the idea by e-mail. A catalogue of its own: it loads with that part only.
 */
const nl = {
  note: (address: string) =>
    `Deze website kan ideeën niet zelf ontvangen. Als je klaar bent, stuur je je idee per e-mail naar ${address}. Wat je invult, blijft bewaard.`,
  'note.none':
    'Deze website kan ideeën niet zelf ontvangen. Je kan je idee wel invullen en daarna als tekst kopiëren. Wat je invult, blijft bewaard.',
  send: 'Verder naar versturen per e-mail',
  heading: 'Stuur je idee per e-mail',
  text: (address: string) =>
    `Met de knop hieronder opent je e-mailprogramma een bericht aan ${address} met je idee erin. Verstuur het daar. Lukt dat niet? Kopieer de tekst en plak die in een e-mail aan ${address}.`,
  open: 'Open je e-mail',
  'none.heading': 'Deze website kan je idee niet versturen',
  'none.text': 'Neem contact op met de gemeente. Kopieer je idee hieronder, dan hoef je het niet opnieuw te typen.',
  'text.label': 'Je idee als tekst',
  copy: 'Kopieer de tekst',
  copied: 'De tekst staat op je klembord.',
  'copy.failed': 'Kopiëren lukte niet. Selecteer de tekst hierboven en kopieer die zelf.',
  photos: (n: number) => `Voeg je ${n === 1 ? 'foto' : `${n} foto’s`} zelf toe als bijlage.`,
  kept: 'Je idee blijft in dit formulier bewaard tot je het leegmaakt.',
  back: 'Terug naar het formulier',
  done: 'Ik heb mijn idee gemaild: maak het formulier leeg',
  cleared: 'Het formulier is leeg. Bedankt voor je idee!',
  subject: (title: string) => `Idee voor de buurt: ${title}`,
  intro: 'Mijn idee voor de buurt, ingevuld op de website van de gemeente.',
};

export type MailMessages = { [K in keyof typeof nl]: (typeof nl)[K] };
export default nl as MailMessages;
