import type { TrackerMessages } from './nl.js';

const fy: TrackerMessages = {
  'back.open': 'Ik stypje dit',
  'offer.open': 'Ik help mei',
  'backing.count': (n: number) => (n === 1 ? '1 persoan stipet dit' : `${n} minsken stypje dit`),
  'backing.from': (n: number, area: string) => `${n} út ${area}`,
  'backing.elsewhere': (n: number) => `${n} fan earne oars`,
  'backing.names': (names: string) => `Mei namme: ${names}`,
  'follow.open': 'Folgje dit inisjatyf',
  'follow.email': 'Dyn e-mailadres',
  'follow.hint':
    'Wy stjoere earst in mail mei in keppeling om te befêstigjen. Dêrnei krijst do in mail by elke nije faze. Ôfmelde kin altyd mei ien klik.',
  'follow.submit': 'Folgje',
  'follow.required': 'Folje dyn e-mailadres yn.',
  'follow.invalid': 'Folje in e-mailadres yn, lykas namme@foarbyld.nl.',
  'follow.sent': (email: string) =>
    `Hast klear: iepenje de mail dy't wy nei ${email} stjoerd hawwe en befêstigje dêr datsto dit inisjatyf folgje wolst.`,
  'title.process': 'Sa giet it mei in inisjatyf',
  'title.track': 'Hoe stiet it mei dyn idee?',
  phases: 'Fazen',
  'status.done': 'ôfrûne',
  'status.current': 'hjoeddeiske faze',
  'status.upcoming': 'noch net begûn',
  now: 'No',
  since: (date, duration) => `Sûnt ${date} (${duration})`,
  'last-note': 'Lêste berjocht fan de gemeente:',
  'next-step': 'Folgjende stap:',
  'next-step.none': 'Dit is de lêste faze.',
  contact: 'Dyn kontaktpersoan:',
  'role.heading': (role) => `De rol fan de gemeente: ${role}`,
  'details.show': (phase) => `Wat bart der yn de faze ‘${phase}’?`,
  'details.what': 'Wat der bart',
  'details.municipality': 'Wat do fan de gemeente ferwachtsje meist',
  'details.resident': 'Wat de gemeente fan dy ferwachtet',
  'history.heading': 'Skiednis',
  'history.from': (from) => `Fanôf ${from}`,
  'history.period': (from, to) => `${from} oant ${to}`,
  submitted: (date) => `Yntsjinne op ${date}`,
  'status.received': 'Wy hawwe dyn idee ûntfongen. Dyn kontaktpersoan nimt binnen twa wiken kontakt mei dy op.',
  'status.closed': 'Dit idee is ôfsletten.',
  'closed.reason': 'Wêrom:',
  'track.label': 'Dyn referinsje',
  'track.hint': "Dy stiet yn de befêstiging dy'tst krigest, bygelyks BK-2026-0042.",
  'track.submit': 'Opsykje',
  'track.invalid': 'In referinsje sjocht der út as BK-2026-0042.',
  'track.not-found': (reference) =>
    `Wy fine gjin idee mei referinsje ${reference}. Sjoch oftst de referinsje goed oernommen hast út de befêstiging.`,
  'track.again': 'In oare referinsje opsykje',
  'role.loslaten.text':
    'Jimme dogge it sels. De gemeente bemuoit har der net mei, mar is der as jimme har nedich hawwe.',
  'role.faciliteren.text':
    'Jimme hawwe de lieding. De gemeente helpt mei wat jimme nedich hawwe, lykas romte, materiaal of in fergunning.',
  'role.stimuleren.text': "De gemeente moediget jimme oan en bringt jimme yn kontakt mei minsken dy't helpe kinne.",
  'role.regisseren.text':
    'De gemeente hat sels doelen en bringt de belutsen partijen byinoar. Jimme tinke en dogge mei.',
  'role.reguleren.text': 'De gemeente stelt regels en kaders, bygelyks foar feilichheid. Dêrbinnen binne jimme frij.',
};
export default fy;
