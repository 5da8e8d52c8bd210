import type { MailMessages } from './nl.js';

const fy: MailMessages = {
  note: (address) =>
    `Dizze webside kin ideeën net sels ûntfange. As do klear bist, stjoerst do dyn idee per e-mail nei ${address}. Wat do ynfolst, bliuwt bewarre.`,
  'note.none':
    'Dizze webside kin ideeën net sels ûntfange. Do kinst dyn idee wol ynfolje en dan as tekst kopiearje. Wat do ynfolst, bliuwt bewarre.',
  send: 'Fierder nei ferstjoeren per e-mail',
  heading: 'Stjoer dyn idee per e-mail',
  text: (address) =>
    `Mei de knop hjirûnder iepenet dyn e-mailprogramma in berjocht oan ${address} mei dyn idee deryn. Ferstjoer it dêr. Slagget dat net? Kopiearje de tekst en plak dy yn in e-mail oan ${address}.`,
  open: 'Iepenje dyn e-mail',
  'none.heading': 'Dizze webside kin dyn idee net ferstjoere',
  'none.text': 'Nim kontakt op mei de gemeente. Kopiearje dyn idee hjirûnder, dan hoechst do it net opnij te typen.',
  'text.label': 'Dyn idee as tekst',
  copy: 'Kopiearje de tekst',
  copied: 'De tekst stiet op dyn klamboerd.',
  'copy.failed': 'Kopiearjen slagge net. Selektearje de tekst hjirboppe en kopiearje dy sels.',
  photos: (n) => `Foegje dyn ${n === 1 ? 'foto' : `${n} foto’s`} sels ta as bylage.`,
  kept: 'Dyn idee bliuwt yn dit formulier bewarre oant do it leechmakkest.',
  back: 'Werom nei it formulier',
  done: 'Ik haw myn idee maile: meitsje it formulier leech',
  cleared: 'It formulier is leech. Tank foar dyn idee!',
  subject: (title) => `Idee foar de buert: ${title}`,
  intro: 'Myn idee foar de buert, ynfolle op de webside fan de gemeente.',
};
export default fy;
