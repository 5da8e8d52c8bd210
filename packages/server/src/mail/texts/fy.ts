import type { MailTexts } from './types.js';

/** De mails yn it Frysk. */
export const fy: MailTexts = {
  receipt: (d) => ({
    subject: `Dyn idee is ûntfongen (${d.reference})`,
    blocks: [
      { kind: 'p', text: `Bêste ${d.name},` },
      { kind: 'p', text: `Tige tank foar dyn idee "${d.title}". ${d.municipality} hat it goed ûntfongen.` },
      { kind: 'p', text: `Dyn referinsje is ${d.reference}. Neam dy as do kontakt mei ús opnimst.` },
      { kind: 'p', text: `Do hearst binnen ${d.days} wurkdagen fan ús, uterlik op ${d.due}.` },
      ...(d.contact ? [{ kind: 'p' as const, text: `Dyn kontaktpersoan is ${d.contact}.` }] : []),
      ...(d.trackingUrl
        ? [{ kind: 'link' as const, text: 'Folgje hjir hoe it mei dyn idee giet', href: d.trackingUrl }]
        : []),
    ],
  }),
  answer: (d) => ({
    subject: `Antwurd op dyn idee ${d.reference}`,
    blocks: [
      { kind: 'p', text: `Bêste ${d.name},` },
      { kind: 'p', text: `${d.municipality} hat in antwurd op dyn idee "${d.title}":` },
      { kind: 'quote', text: d.message },
      { kind: 'p', text: `Reagearje kin troch dizze mail te beantwurdzjen. Neam dyn referinsje ${d.reference}.` },
    ],
  }),
  published: (d) => ({
    subject: `Dyn idee ${d.reference} is no in inisjatyf`,
    blocks: [
      { kind: 'p', text: `Bêste ${d.name},` },
      { kind: 'p', text: `Dyn idee stiet no as inisjatyf "${d.title}" op de kaart fan ${d.municipality}.` },
      {
        kind: 'p',
        text: 'Buorlju kinne it sjen en folgje. Dyn namme stiet der allinnich by as do dêr foar keazen hast.',
      },
      ...(d.initiativeUrl ? [{ kind: 'link' as const, text: 'Besjoch dyn inisjatyf', href: d.initiativeUrl }] : []),
    ],
  }),
  phase: (d) => ({
    subject: `${d.title}: no yn de faze ${d.phase}`,
    blocks: [
      { kind: 'p', text: d.name ? `Bêste ${d.name},` : 'Hoi,' },
      { kind: 'p', text: `It inisjatyf "${d.title}" is no yn de faze ${d.phase}.` },
      { kind: 'p', text: `Wat de gemeente yn dizze faze docht: ${d.municipalityRole}` },
      ...(d.note
        ? [
            { kind: 'p' as const, text: 'De gemeente skriuwt der by:' },
            { kind: 'quote' as const, text: d.note },
          ]
        : []),
      ...(d.initiativeUrl ? [{ kind: 'link' as const, text: 'Besjoch it inisjatyf', href: d.initiativeUrl }] : []),
    ],
  }),
  closed: (d) => ({
    subject: `Dyn idee ${d.reference} is ôfsletten`,
    blocks: [
      { kind: 'p', text: `Bêste ${d.name},` },
      { kind: 'p', text: `${d.municipality} hat dyn idee "${d.title}" ôfsletten. De reden:` },
      { kind: 'quote', text: d.reason },
      { kind: 'p', text: `Fragen? Beantwurdzje dizze mail en neam dyn referinsje ${d.reference}.` },
    ],
  }),
  'new-idea': (d) => ({
    subject: `Nij idee ${d.reference}${d.area ? ` yn ${d.area}` : ''}`,
    blocks: [
      { kind: 'p', text: `Der is in nij idee binnenkommen: "${d.title}".` },
      {
        kind: 'list',
        items: [`Tema: ${d.theme}`, `Gebiet: ${d.area ?? 'gjin lokaasje'}`, `Antwurd uterlik: ${d.due}`],
      },
      ...(d.deskUrl ? [{ kind: 'link' as const, text: 'Iepenje it idee yn it lokket', href: d.deskUrl }] : []),
    ],
  }),
  digest: (d) => ({
    subject: `${d.items.length} ${d.items.length === 1 ? 'idee wachtet' : 'ideeën wachtsje'} op in antwurd`,
    blocks: [
      { kind: 'p', text: 'Dizze ideeën hawwe noch gjin antwurd en harren termyn is hast of al foarby:' },
      {
        kind: 'list',
        items: d.items.map(
          (i) => `${i.reference} "${i.title}": ${i.overdue ? 'termyn ferstrutsen op' : 'antwurd uterlik'} ${i.due}`,
        ),
      },
      ...(d.deskUrl ? [{ kind: 'link' as const, text: 'Nei it lokket', href: d.deskUrl }] : []),
    ],
  }),
  'follow-confirm': (d) => ({
    subject: `Befêstigje datsto "${d.title}" folgje wolst`,
    blocks: [
      { kind: 'p', text: `Ien (hooplik do) wol it inisjatyf "${d.title}" folgje mei dit e-mailadres.` },
      { kind: 'link', text: 'Ja, ik wol dit inisjatyf folgje', href: d.confirmUrl },
      { kind: 'p', text: 'Wiesto dit net? Doch dan neat: sûnder befêstiging wiskje wy dit adres binnen 7 dagen.' },
    ],
  }),
  'privacy-confirm': (d) => ({
    subject: d.kind === 'view' ? `Ynsjoch yn dyn idee ${d.reference}` : `Dyn idee ${d.reference} wiskje litte`,
    blocks: [
      {
        kind: 'p',
        text:
          d.kind === 'view'
            ? `Ien (hooplik do) frege mei dit e-mailadres om yn te sjen wat de ` +
              `gemeente bewarret oer idee ${d.reference}.`
            : `Ien (hooplik do) frege mei dit e-mailadres om dyn persoansgegevens by idee ${d.reference} te wiskjen.`,
      },
      {
        kind: 'link',
        text: d.kind === 'view' ? 'Besjoch wat wy bewarje' : 'Gean troch mei wiskjen',
        href: d.confirmUrl,
      },
      { kind: 'p', text: `De keppeling wurket ${d.hours} oere. Wiesto dit net? Doch dan neat.` },
    ],
  }),
  'back-confirm': (d) => ({
    subject: `Befêstigje dyn stipe foar "${d.title}"`,
    blocks: [
      { kind: 'p', text: `Immen (hooplik do) wol it inisjatyf "${d.title}" stypje mei dit e-mailadres.` },
      { kind: 'link', text: 'Ja, ik stypje dit inisjatyf', href: d.confirmUrl },
      { kind: 'p', text: 'Dyn stipe telt pas nei dizze befêstiging, en ien kear per e-mailadres.' },
      { kind: 'p', text: 'Wiesto dit net? Doch dan neat: sûnder befêstiging wiskje wy alles binnen 7 dagen.' },
      { kind: 'link', text: 'Stipe letter ynlûke', href: d.withdrawUrl },
    ],
  }),
  'offer-confirm': (d) => ({
    subject: `Befêstigje dyn helpoanbod foar "${d.title}"`,
    blocks: [
      { kind: 'p', text: `Immen (hooplik do) biedt help oan by it inisjatyf "${d.title}".` },
      { kind: 'link', text: 'Ja, jou myn oanbod troch', href: d.confirmUrl },
      { kind: 'p', text: 'Pas nei dizze befêstiging jouwe wy dyn oanbod troch oan de inisjatyfnimmer of de gemeente.' },
      { kind: 'p', text: 'Wiesto dit net? Doch dan neat: sûnder befêstiging wiskje wy alles binnen 7 dagen.' },
      { kind: 'link', text: 'Oanbod ynlûke', href: d.withdrawUrl },
    ],
  }),
  offer: (d) => ({
    subject: `Helpoanbod foar "${d.title}"`,
    blocks: [
      {
        kind: 'p',
        text: d.toInitiator
          ? `Goed nijs: in buertbewenner wol helpe mei dyn inisjatyf "${d.title}".`
          : `In buertbewenner wol helpe mei it inisjatyf "${d.title}". Jou dit troch oan de inisjatyfnimmer.`,
      },
      { kind: 'list', items: [`Namme: ${d.name}`, `Biedt oan: ${d.kinds.map((k) => fy.offerKinds[k]).join(', ')}`] },
      { kind: 'quote', text: d.message },
      { kind: 'list', items: [`E-mail: ${d.email}`, ...(d.phone ? [`Telefoan: ${d.phone}`] : [])] },
      ...(!d.toInitiator && d.deskUrl ? [{ kind: 'link' as const, text: 'Iepenje de baalje', href: d.deskUrl }] : []),
    ],
  }),
  footer: (why, municipality) =>
    ({
      initiator: `Do krijst dizze mail omdatsto in idee stjoerd hast nei ${municipality}.`,
      follower: `Do krijst dizze mail omdatsto dit inisjatyf folgest by ${municipality}.`,
      request: `Do krijst dizze mail omdat dit adres opjûn is om in inisjatyf by ${municipality} te folgjen.`,
      contact: `Do krijst dizze mail as kontaktpersoan fan ${municipality}.`,
      backer: `Do krijst dizze mail omdat dit adres opjûn is om in inisjatyf by ${municipality} te stypjen.`,
      helper: `Do krijst dizze mail omdat dit adres opjûn is by in helpoanbod oan ${municipality}.`,
    })[why],
  unsubscribe: 'Gjin mail mear hjiroer? Meld dy ôf',
  offerKinds: {
    time: 'tiid',
    skill: 'kennis of feardigens',
    materials: 'materiaal',
    place: 'in plak',
    other: 'wat oars',
  },
  page: {
    confirmTitle: 'Folgjen befêstigje',
    confirmAsk: 'Wolsto dit inisjatyf folgje? Do krijst dan in mail as it in nije faze yngiet.',
    confirmButton: 'Ja, ik wol dit folgje',
    confirmed: 'It is slagge: do folgest dit inisjatyf. Elke mail hat in keppeling om te stopjen.',
    leaveTitle: 'Ôfmelde',
    leaveAsk: 'Wolsto hjiroer gjin mail mear krije?',
    leaveButton: 'Ôfmelde',
    left: 'Do bist ôfmeld. Do krijst hjiroer gjin mail mear.',
    leftErased: 'Do bist ôfmeld en wy hawwe dyn e-mailadres wiske.',
    invalid: 'Dizze keppeling klopt net (mear). Miskien bisto al ôfmeld.',
    back: {
      title: 'Stipe befêstigje',
      ask: "Wolsto dit inisjatyf stypje? Dyn stipe telt mei yn de buert dêr'tsto wennest.",
      button: 'Ja, ik stypje dit',
      done: 'Slagge: dyn stipe telt mei. Mei de keppeling yn de mail kinsto him altyd ynlûke.',
    },
    offer: {
      title: 'Helpoanbod befêstigje',
      ask: 'Sille wy dyn oanbod trochjaan? De inisjatyfnimmer of de gemeente nimt dan kontakt mei dy op.',
      button: 'Ja, jou it troch',
      done: 'Slagge: wy hawwe dyn oanbod trochjûn.',
    },
    withdraw: {
      title: 'Ynlûke',
      ask: "Wolsto dit ynlûke? Wy wiskje dan wat'tsto opjûn hast.",
      button: 'Ja, lûk yn',
      done: "Ynlutsen. Wy hawwe wiske wat'tsto opjûn hiest.",
    },
    privacy: {
      view: {
        title: 'Wat wy bewarje oer dyn idee',
        ask: 'Wolsto sjen hokker gegevens de gemeente oer dyn idee bewarret?',
        button: 'Lit sjen',
        done: 'Dit bewarje wy oer dyn idee.',
      },
      erase: {
        title: 'Dyn gegevens wiskje',
        ask:
          'Wolsto dyn namme, e-mailadres, telefoannûmer, adres, foto’s en beskriuwing by dit idee wiskje litte? ' +
          'Dit kin net ûngedien makke wurde.',
        button: 'Ja, wiskje myn gegevens',
        done: 'Wiske. De gemeente kin dy hjiroer net mear maile of skilje.',
      },
      expired: 'Dizze keppeling is ferrûn. Freegje it opnij oan.',
      fields: {
        reference: 'Referinsje',
        submitted: 'Yntsjinne op',
        status: 'Stân fan saken',
        title: 'Titel',
        description: 'Beskriuwing',
        address: 'Adres',
        name: 'Namme',
        email: 'E-mailadres',
        phone: 'Telefoannûmer',
        photos: 'Foto’s',
        answered: 'Earste antwurd',
      },
      none: '(net bewarre)',
      mails: 'Mails oer dyn idee',
      kept: 'Dyn gegevens wurde wiske as it idee in jier net mear feroare is, of earder op dyn fersyk.',
    },
  },
};
