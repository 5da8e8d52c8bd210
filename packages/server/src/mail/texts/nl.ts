import type { MailTexts } from './types.js';

/** De mails in het Nederlands: korte zinnen, je-vorm, zoals de widgets. */
export const nl: MailTexts = {
  receipt: (d) => ({
    subject: `Je idee is ontvangen (${d.reference})`,
    blocks: [
      { kind: 'p', text: `Beste ${d.name},` },
      { kind: 'p', text: `Dank je wel voor je idee "${d.title}". ${d.municipality} heeft het goed ontvangen.` },
      { kind: 'p', text: `Je referentie is ${d.reference}. Noem die als je contact met ons opneemt.` },
      { kind: 'p', text: `Je hoort binnen ${d.days} werkdagen van ons, uiterlijk op ${d.due}.` },
      ...(d.contact ? [{ kind: 'p' as const, text: `Je contactpersoon is ${d.contact}.` }] : []),
      ...(d.trackingUrl
        ? [{ kind: 'link' as const, text: 'Volg hier hoe het met je idee gaat', href: d.trackingUrl }]
        : []),
    ],
  }),
  answer: (d) => ({
    subject: `Antwoord op je idee ${d.reference}`,
    blocks: [
      { kind: 'p', text: `Beste ${d.name},` },
      { kind: 'p', text: `${d.municipality} heeft een antwoord op je idee "${d.title}":` },
      { kind: 'quote', text: d.message },
      { kind: 'p', text: `Reageren kan door deze mail te beantwoorden. Noem je referentie ${d.reference}.` },
    ],
  }),
  published: (d) => ({
    subject: `Je idee ${d.reference} is nu een initiatief`,
    blocks: [
      { kind: 'p', text: `Beste ${d.name},` },
      { kind: 'p', text: `Je idee staat nu als initiatief "${d.title}" op de kaart van ${d.municipality}.` },
      { kind: 'p', text: 'Buren kunnen het zien en volgen. Je naam staat er alleen bij als je daarvoor koos.' },
      ...(d.initiativeUrl ? [{ kind: 'link' as const, text: 'Bekijk je initiatief', href: d.initiativeUrl }] : []),
    ],
  }),
  phase: (d) => ({
    subject: `${d.title}: nu in de fase ${d.phase}`,
    blocks: [
      { kind: 'p', text: d.name ? `Beste ${d.name},` : 'Hallo,' },
      { kind: 'p', text: `Het initiatief "${d.title}" is nu in de fase ${d.phase}.` },
      { kind: 'p', text: `Wat de gemeente in deze fase doet: ${d.municipalityRole}` },
      ...(d.note
        ? [
            { kind: 'p' as const, text: 'De gemeente schrijft erbij:' },
            { kind: 'quote' as const, text: d.note },
          ]
        : []),
      ...(d.initiativeUrl ? [{ kind: 'link' as const, text: 'Bekijk het initiatief', href: d.initiativeUrl }] : []),
    ],
  }),
  closed: (d) => ({
    subject: `Je idee ${d.reference} is afgesloten`,
    blocks: [
      { kind: 'p', text: `Beste ${d.name},` },
      { kind: 'p', text: `${d.municipality} heeft je idee "${d.title}" afgesloten. De reden:` },
      { kind: 'quote', text: d.reason },
      { kind: 'p', text: `Vragen? Beantwoord deze mail en noem je referentie ${d.reference}.` },
    ],
  }),
  'new-idea': (d) => ({
    subject: `Nieuw idee ${d.reference}${d.area ? ` in ${d.area}` : ''}`,
    blocks: [
      { kind: 'p', text: `Er is een nieuw idee binnengekomen: "${d.title}".` },
      {
        kind: 'list',
        items: [`Thema: ${d.theme}`, `Gebied: ${d.area ?? 'geen locatie'}`, `Antwoord uiterlijk: ${d.due}`],
      },
      ...(d.deskUrl ? [{ kind: 'link' as const, text: 'Open het idee in de balie', href: d.deskUrl }] : []),
    ],
  }),
  digest: (d) => ({
    subject: `${d.items.length} ${d.items.length === 1 ? 'idee wacht' : 'ideeën wachten'} op een antwoord`,
    blocks: [
      { kind: 'p', text: 'Deze ideeën hebben nog geen antwoord en hun termijn is bijna of al voorbij:' },
      {
        kind: 'list',
        items: d.items.map(
          (i) => `${i.reference} "${i.title}": ${i.overdue ? 'termijn verstreken op' : 'antwoord uiterlijk'} ${i.due}`,
        ),
      },
      ...(d.deskUrl ? [{ kind: 'link' as const, text: 'Naar de balie', href: d.deskUrl }] : []),
    ],
  }),
  'follow-confirm': (d) => ({
    subject: `Bevestig dat je "${d.title}" wilt volgen`,
    blocks: [
      { kind: 'p', text: `Iemand (hopelijk jij) wil het initiatief "${d.title}" volgen met dit e-mailadres.` },
      { kind: 'link', text: 'Ja, ik wil dit initiatief volgen', href: d.confirmUrl },
      { kind: 'p', text: 'Was jij dit niet? Doe dan niets: zonder bevestiging wissen we dit adres binnen 7 dagen.' },
    ],
  }),
  'privacy-confirm': (d) => ({
    subject: d.kind === 'view' ? `Inzage in je idee ${d.reference}` : `Je idee ${d.reference} laten wissen`,
    blocks: [
      {
        kind: 'p',
        text:
          d.kind === 'view'
            ? `Iemand (hopelijk jij) vroeg met dit e-mailadres in te zien wat de ` +
              `gemeente bewaart over idee ${d.reference}.`
            : `Iemand (hopelijk jij) vroeg met dit e-mailadres je persoonsgegevens bij idee ${d.reference} te wissen.`,
      },
      { kind: 'link', text: d.kind === 'view' ? 'Bekijk wat we bewaren' : 'Ga verder met wissen', href: d.confirmUrl },
      { kind: 'p', text: `De link werkt ${d.hours} uur. Was jij dit niet? Doe dan niets.` },
    ],
  }),
  'back-confirm': (d) => ({
    subject: `Bevestig je steun voor "${d.title}"`,
    blocks: [
      { kind: 'p', text: `Iemand (hopelijk jij) wil het initiatief "${d.title}" steunen met dit e-mailadres.` },
      { kind: 'link', text: 'Ja, ik steun dit initiatief', href: d.confirmUrl },
      { kind: 'p', text: 'Je steun telt pas na deze bevestiging, en één keer per e-mailadres.' },
      { kind: 'p', text: 'Was jij dit niet? Doe dan niets: zonder bevestiging wissen we alles binnen 7 dagen.' },
      { kind: 'link', text: 'Steun later intrekken', href: d.withdrawUrl },
    ],
  }),
  'offer-confirm': (d) => ({
    subject: `Bevestig je hulpaanbod voor "${d.title}"`,
    blocks: [
      { kind: 'p', text: `Iemand (hopelijk jij) biedt hulp aan bij het initiatief "${d.title}".` },
      { kind: 'link', text: 'Ja, geef mijn aanbod door', href: d.confirmUrl },
      { kind: 'p', text: 'Pas na deze bevestiging geven we je aanbod door aan de initiatiefnemer of de gemeente.' },
      { kind: 'p', text: 'Was jij dit niet? Doe dan niets: zonder bevestiging wissen we alles binnen 7 dagen.' },
      { kind: 'link', text: 'Aanbod intrekken', href: d.withdrawUrl },
    ],
  }),
  offer: (d) => ({
    subject: `Hulpaanbod voor "${d.title}"`,
    blocks: [
      {
        kind: 'p',
        text: d.toInitiator
          ? `Goed nieuws: een buurtbewoner wil helpen met je initiatief "${d.title}".`
          : `Een buurtbewoner wil helpen met het initiatief "${d.title}". Geef dit door aan de initiatiefnemer.`,
      },
      { kind: 'list', items: [`Naam: ${d.name}`, `Biedt aan: ${d.kinds.map((k) => nl.offerKinds[k]).join(', ')}`] },
      { kind: 'quote', text: d.message },
      { kind: 'list', items: [`E-mail: ${d.email}`, ...(d.phone ? [`Telefoon: ${d.phone}`] : [])] },
      ...(!d.toInitiator && d.deskUrl ? [{ kind: 'link' as const, text: 'Open de balie', href: d.deskUrl }] : []),
    ],
  }),
  footer: (why, municipality) =>
    ({
      initiator: `Je krijgt deze mail omdat je een idee stuurde naar ${municipality}.`,
      follower: `Je krijgt deze mail omdat je dit initiatief volgt bij ${municipality}.`,
      request: `Je krijgt deze mail omdat dit adres is opgegeven om een initiatief bij ${municipality} te volgen.`,
      contact: `Je krijgt deze mail als contactpersoon van ${municipality}.`,
      backer: `Je krijgt deze mail omdat dit adres is opgegeven om een initiatief bij ${municipality} te steunen.`,
      helper: `Je krijgt deze mail omdat dit adres is opgegeven bij een hulpaanbod aan ${municipality}.`,
    })[why],
  unsubscribe: 'Geen mail meer hierover? Meld je af',
  offerKinds: {
    time: 'tijd',
    skill: 'kennis of vaardigheid',
    materials: 'materiaal',
    place: 'een plek',
    other: 'iets anders',
  },
  page: {
    confirmTitle: 'Volgen bevestigen',
    confirmAsk: 'Wil je dit initiatief volgen? Je krijgt dan een mail als het een nieuwe fase in gaat.',
    confirmButton: 'Ja, ik wil dit volgen',
    confirmed: 'Gelukt: je volgt dit initiatief. Elke mail heeft een link om te stoppen.',
    leaveTitle: 'Afmelden',
    leaveAsk: 'Wil je hierover geen mail meer krijgen?',
    leaveButton: 'Afmelden',
    left: 'Je bent afgemeld. Je krijgt hierover geen mail meer.',
    leftErased: 'Je bent afgemeld en we hebben je e-mailadres gewist.',
    invalid: 'Deze link klopt niet (meer). Misschien ben je al afgemeld.',
    back: {
      title: 'Steun bevestigen',
      ask: 'Wil je dit initiatief steunen? Je steun telt mee in de buurt waar je woont.',
      button: 'Ja, ik steun dit',
      done: 'Gelukt: je steun telt mee. Met de link in de mail kun je hem altijd intrekken.',
    },
    offer: {
      title: 'Hulpaanbod bevestigen',
      ask: 'Zullen we je aanbod doorgeven? De initiatiefnemer of de gemeente neemt dan contact met je op.',
      button: 'Ja, geef het door',
      done: 'Gelukt: we hebben je aanbod doorgegeven.',
    },
    withdraw: {
      title: 'Intrekken',
      ask: 'Wil je dit intrekken? We wissen dan wat je hebt opgegeven.',
      button: 'Ja, trek in',
      done: 'Ingetrokken. We hebben gewist wat je had opgegeven.',
    },
    privacy: {
      view: {
        title: 'Wat we bewaren over je idee',
        ask: 'Wil je zien welke gegevens de gemeente over je idee bewaart?',
        button: 'Laat zien',
        done: 'Dit bewaren we over je idee.',
      },
      erase: {
        title: 'Je gegevens wissen',
        ask:
          'Wil je je naam, e-mailadres, telefoonnummer, adres, foto’s en beschrijving bij dit idee laten wissen? ' +
          'Dit kan niet ongedaan worden.',
        button: 'Ja, wis mijn gegevens',
        done: 'Gewist. De gemeente kan je hierover niet meer mailen of bellen.',
      },
      expired: 'Deze link is verlopen. Vraag opnieuw inzage of wissen aan.',
      fields: {
        reference: 'Referentie',
        submitted: 'Ingediend op',
        status: 'Stand van zaken',
        title: 'Titel',
        description: 'Beschrijving',
        address: 'Adres',
        name: 'Naam',
        email: 'E-mailadres',
        phone: 'Telefoonnummer',
        photos: 'Foto’s',
        answered: 'Eerste antwoord',
      },
      none: '(niet bewaard)',
      mails: 'Mails over je idee',
      kept: 'Je gegevens worden gewist als het idee een jaar niet meer is veranderd, of eerder op je verzoek.',
    },
  },
};
