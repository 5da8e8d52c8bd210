/** Dutch (B1): the default, and the shape the other languages must fill. */
const nl = {
  'back.open': 'Ik steun dit',
  'offer.open': 'Ik help mee',
  'backing.count': (n: number) => (n === 1 ? '1 persoon steunt dit' : `${n} mensen steunen dit`),
  'backing.from': (n: number, area: string) => `${n} uit ${area}`,
  'backing.elsewhere': (n: number) => `${n} van elders`,
  'backing.names': (names: string) => `Met naam: ${names}`,
  'follow.open': 'Volg dit initiatief',
  'follow.email': 'Je e-mailadres',
  'follow.hint':
    'We sturen eerst een mail met een link om te bevestigen. Daarna krijg je een mail bij elke nieuwe fase. Afmelden kan altijd met één klik.',
  'follow.submit': 'Volgen',
  'follow.required': 'Vul je e-mailadres in.',
  'follow.invalid': 'Vul een e-mailadres in, zoals naam@voorbeeld.nl.',
  'follow.sent': (email: string) =>
    `Bijna klaar: open de mail die we naar ${email} stuurden en bevestig daar dat je dit initiatief wilt volgen.`,
  'title.process': 'Zo gaat het met een initiatief',
  'title.track': 'Hoe staat het met je idee?',
  phases: 'Fasen',
  'status.done': 'afgerond',
  'status.current': 'huidige fase',
  'status.upcoming': 'nog niet begonnen',
  now: 'Nu',
  since: (date: string, days: number, shown: string) => `Sinds ${date} (${shown} ${days === 1 ? 'dag' : 'dagen'})`,
  'last-note': 'Laatste bericht van de gemeente:',
  'next-step': 'Volgende stap:',
  'next-step.none': 'Dit is de laatste fase.',
  contact: 'Je contactpersoon:',
  'role.heading': (role: string) => `De rol van de gemeente: ${role}`,
  'details.show': (phase: string) => `Wat gebeurt er in de fase ‘${phase}’?`,
  'details.what': 'Wat er gebeurt',
  'details.municipality': 'Wat je van de gemeente mag verwachten',
  'details.deadline': 'Termijn van de gemeente',
  'details.deadline.days': (n: number) => `Binnen ${n} werkdagen`,
  'details.resident': 'Wat de gemeente van jou verwacht',
  'history.heading': 'Geschiedenis',
  'history.from': (from: string) => `Vanaf ${from}`,
  'history.period': (from: string, to: string) => `${from} tot ${to}`,
  submitted: (date: string) => `Ingediend op ${date}`,
  'status.received': 'We hebben je idee ontvangen. Je contactpersoon neemt binnen twee weken contact met je op.',
  'status.closed': 'Dit idee is afgesloten.',
  'closed.reason': 'Waarom:',
  'track.label': 'Je referentie',
  'track.hint': 'Die staat in de bevestiging die je kreeg, bijvoorbeeld BK-7KQ4-M2XD-PQ33.',
  'track.submit': 'Opzoeken',
  'track.invalid': 'Een referentie ziet eruit als BK-7KQ4-M2XD-PQ33: BK en drie groepjes van vier tekens.',
  'track.typo': 'Deze referentie bevat een tikfout. Controleer elk teken met je bevestiging.',
  'track.not-found': (reference: string) =>
    `We vinden geen idee met referentie ${reference}. Kijk of je de referentie goed hebt overgenomen uit de bevestiging.`,
  'track.again': 'Een andere referentie opzoeken',
  'role.loslaten.text':
    'Jullie doen het zelf. De gemeente bemoeit zich er niet mee, maar is er als je haar nodig hebt.',
  'role.faciliteren.text':
    'Jullie hebben de leiding. De gemeente helpt met wat jullie nodig hebben, zoals ruimte, materiaal of een vergunning.',
  'role.stimuleren.text': 'De gemeente moedigt jullie aan en brengt je in contact met mensen die kunnen helpen.',
  'role.regisseren.text':
    'De gemeente heeft zelf doelen en brengt de betrokken partijen bij elkaar. Jullie denken en doen mee.',
  'role.reguleren.text':
    'De gemeente stelt regels en kaders, bijvoorbeeld voor veiligheid. Daarbinnen zijn jullie vrij.',
};

export type TrackerMessages = { [K in keyof typeof nl]: (typeof nl)[K] };
export default nl as TrackerMessages;
