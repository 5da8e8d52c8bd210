/**
 * The phase models every installation has, after seed 000 (Groen Dichterbij: the phases
 * of a citizen initiative and the municipality's changing role) and seed 002
 * (Participatiecoalitie: five steps towards a gas-free neighbourhood). Reference data, not
 * demo seed: a change of wording here reaches existing databases at the next start
 * (`syncReference`). The first model is the one new ideas enter.
 */
type L = { nl: string; en: string; fy: string };
type PhaseSeed = { key: string; label: L; description: L; municipality: L; resident: L };
export type PhaseModelSeed = { key: string; label: L; description: L; phases: PhaseSeed[] };

export const phaseModels: PhaseModelSeed[] = [
  {
    key: 'burgerinitiatief',
    label: { nl: 'Burgerinitiatief', en: 'Citizen initiative', fy: 'Boargerinisjatyf' },
    description: {
      nl: 'Van idee tot een initiatief dat blijft: vijf fasen, en in elke fase een andere rol voor de gemeente.',
      en: 'From idea to an initiative that lasts: five phases, and in each one a different role for the municipality.',
      fy: 'Fan idee oant in inisjatyf dat bliuwt: fiif fazen, en yn elke faze in oare rol foar de gemeente.',
    },
    phases: [
      {
        key: 'idee',
        label: { nl: 'Idee', en: 'Idea', fy: 'Idee' },
        description: {
          nl: 'Je hebt een idee voor je buurt en deelt het met de gemeente.',
          en: 'You have an idea for your neighbourhood and share it with the municipality.',
          fy: 'Do hast in idee foar dyn buert en dielst it mei de gemeente.',
        },
        municipality: {
          nl: 'Binnen twee weken neemt je contactpersoon contact met je op. Wij luisteren en denken mee, zonder te oordelen over wat een goed idee is.',
          en: 'Within two weeks your contact person gets in touch. We listen and think along, without judging what a good idea is.',
          fy: 'Binnen twa wiken nimt dyn kontaktpersoan kontakt mei dy op. Wy harkje en tinke mei, sûnder te oardielje oer wat in goed idee is.',
        },
        resident: {
          nl: 'Vertel wat je wilt doen en waarom. Praat erover met je buren.',
          en: 'Tell us what you want to do and why. Talk about it with your neighbours.',
          fy: 'Fertel wat do dwaan wolst en wêrom. Praat der oer mei dyn buorlju.',
        },
      },
      {
        key: 'definitie',
        label: { nl: 'Plan maken', en: 'Making a plan', fy: 'Plan meitsje' },
        description: {
          nl: 'Het idee wordt een plan: wat kost het, wat levert het op, hoe lang duurt het en wie doen er mee?',
          en: 'The idea becomes a plan: what does it cost, what does it bring, how long does it take and who takes part?',
          fy: 'It idee wurdt in plan: wat kostet it, wat leveret it op, hoe lang duorret it en wa dogge der mei?',
        },
        municipality: {
          nl: 'We geven advies, brengen je in contact met mensen die je verder helpen en vertellen eerlijk wat wel en niet kan.',
          en: 'We give advice, put you in touch with people who can help and tell you honestly what can and cannot be done.',
          fy: "Wy jouwe advys, bringe dy yn kontakt mei minsken dy't dy fierder helpe en fertelle earlik wat wol en net kin.",
        },
        resident: {
          nl: 'Maak je huiswerk: kosten, opbrengst, tijd, betrokken partijen en wat je van de gemeente vraagt.',
          en: 'Do your homework: cost, benefits, time, parties involved and what you ask of the municipality.',
          fy: 'Meitsje dyn húswurk: kosten, opbringst, tiid, belutsen partijen en wat do fan de gemeente fregest.',
        },
      },
      {
        key: 'opstart',
        label: { nl: 'Opstart', en: 'Start-up', fy: 'Opstart' },
        description: {
          nl: 'Afspraken maken, vergunningen regelen, geld en mensen vinden.',
          en: 'Making agreements, arranging permits, finding money and people.',
          fy: 'Ofspraken meitsje, fergunningen regelje, jild en minsken fine.',
        },
        municipality: {
          nl: 'We helpen met vergunningen en regels, en kijken of we met geld, materiaal of ruimte kunnen bijdragen.',
          en: 'We help with permits and rules, and see whether we can contribute money, materials or space.',
          fy: 'Wy helpe mei fergunningen en regels, en sjogge oft wy mei jild, materiaal of romte bydrage kinne.',
        },
        resident: {
          nl: 'Zorg voor draagvlak in de buurt en leg de afspraken vast.',
          en: 'Build support in the neighbourhood and put the agreements in writing.',
          fy: 'Soargje foar draachflak yn de buert en lis de ôfspraken fêst.',
        },
      },
      {
        key: 'uitvoering',
        label: { nl: 'Uitvoering', en: 'Execution', fy: 'Útfiering' },
        description: {
          nl: 'Het initiatief gaat van start.',
          en: 'The initiative gets going.',
          fy: 'It inisjatyf giet fan start.',
        },
        municipality: {
          nl: 'We doen wat we hebben afgesproken en blijven bereikbaar als er iets tegenzit.',
          en: 'We do what we agreed and stay within reach when something goes wrong.',
          fy: 'Wy dogge wat wy ôfpraat hawwe en bliuwe berikber as der wat tsjinsit.',
        },
        resident: {
          nl: 'Voer het plan uit en laat weten hoe het gaat.',
          en: 'Carry out the plan and let us know how it goes.',
          fy: "Fier it plan út en lit witte hoe't it giet.",
        },
      },
      {
        key: 'afronding-en-borging',
        label: { nl: 'Afronding en borging', en: 'Completion and embedding', fy: 'Ofrûning en boarging' },
        description: {
          nl: 'Het initiatief staat. Nu zorgen dat het blijft, ook als de trekkers stoppen.',
          en: 'The initiative stands. Now make sure it lasts, also when its drivers step back.',
          fy: 'It inisjatyf stiet. No soargje dat it bliuwt, ek as de lûkers ophâlde.',
        },
        municipality: {
          nl: 'We maken samen afspraken over beheer en onderhoud en leren van wat goed ging.',
          en: 'Together we agree on management and maintenance, and learn from what went well.',
          fy: 'Wy meitsje mei-inoar ôfspraken oer behear en ûnderhâld en leare fan wat goed gie.',
        },
        resident: {
          nl: 'Regel wie het overneemt en deel je ervaring met andere initiatiefnemers.',
          en: 'Arrange who takes over and share your experience with other initiative takers.',
          fy: "Regelje wa't it oernimt en diel dyn ûnderfining mei oare inisjatyfnimmers.",
        },
      },
    ],
  },
  {
    key: 'aardgasvrije-wijk',
    label: { nl: 'Aardgasvrije wijk', en: 'Gas-free neighbourhood', fy: 'Ierdgasfrije wyk' },
    description: {
      nl: 'Vijf stappen waarin bewoners samen met de gemeente afspraken maken over een wijk zonder aardgas.',
      en: 'Five steps in which residents and the municipality agree on a neighbourhood without natural gas.',
      fy: 'Fiif stappen wêryn bewenners mei de gemeente ôfspraken meitsje oer in wyk sûnder ierdgas.',
    },
    phases: [
      {
        key: 'ambities-inventariseren',
        label: { nl: 'Ambities inventariseren', en: 'Taking stock of ambitions', fy: 'Ambysjes ynventarisearje' },
        description: {
          nl: 'Wat willen bewoners, en wat wil de gemeente?',
          en: 'What do residents want, and what does the municipality want?',
          fy: 'Wat wolle bewenners, en wat wol de gemeente?',
        },
        municipality: {
          nl: 'We delen onze plannen en de planning voor de wijk.',
          en: 'We share our plans and timetable for the neighbourhood.',
          fy: 'Wy diele ús plannen en de planning foar de wyk.',
        },
        resident: {
          nl: 'Haal op wat buurtbewoners willen en kunnen.',
          en: 'Find out what your neighbours want and can do.',
          fy: 'Helje op wat buertbewenners wolle en kinne.',
        },
      },
      {
        key: 'visie-vormen',
        label: { nl: 'Visie vormen', en: 'Forming a vision', fy: 'Fyzje foarmje' },
        description: {
          nl: 'Bewoners maken een gezamenlijke visie op hun wijk.',
          en: 'Residents shape a shared vision of their neighbourhood.',
          fy: 'Bewenners meitsje in mienskiplike fyzje op harren wyk.',
        },
        municipality: {
          nl: 'We geven informatie en kennis, bijvoorbeeld over warmtebronnen.',
          en: 'We provide information and knowledge, for example about heat sources.',
          fy: 'Wy jouwe ynformaasje en kennis, bygelyks oer waarmteboarnen.',
        },
        resident: {
          nl: 'Schrijf samen op wat jullie willen bereiken.',
          en: 'Write down together what you want to achieve.',
          fy: 'Skriuw mei-inoar op wat jimme berikke wolle.',
        },
      },
      {
        key: 'gesprek-arrangeren',
        label: {
          nl: 'Gesprek met de gemeente arrangeren',
          en: 'Arranging talks with the municipality',
          fy: 'Petear mei de gemeente regelje',
        },
        description: {
          nl: 'Bewoners en gemeente spreken af hoe en wanneer ze in gesprek gaan.',
          en: 'Residents and the municipality agree how and when they will talk.',
          fy: "Bewenners en gemeente prate ôf hoe en wannear't se yn petear geane.",
        },
        municipality: {
          nl: 'We wijzen een vast aanspreekpunt aan en plannen het gesprek.',
          en: 'We appoint one point of contact and schedule the talks.',
          fy: 'Wy wize in fêst oansprekpunt oan en plannen it petear.',
        },
        resident: {
          nl: 'Kies wie namens de buurt aan tafel zit.',
          en: 'Choose who speaks for the neighbourhood.',
          fy: "Kies wa't út namme fan de buert oan tafel sit.",
        },
      },
      {
        key: 'gesprek-faciliteren',
        label: { nl: 'Gesprek faciliteren', en: 'Facilitating the talks', fy: 'Petear fasilitearje' },
        description: {
          nl: 'Het gesprek vindt plaats, met een onafhankelijke begeleider.',
          en: 'The talks take place, with an independent facilitator.',
          fy: 'It petear fynt plak, mei in ûnôfhinklike begelieder.',
        },
        municipality: {
          nl: 'We zorgen voor een begeleider en een plek, en zijn open over wat wel en niet kan.',
          en: 'We arrange a facilitator and a venue, and are open about what can and cannot be done.',
          fy: 'Wy soargje foar in begelieder en in plak, en binne iepen oer wat wol en net kin.',
        },
        resident: {
          nl: 'Breng de visie van de buurt in en houd de buurt op de hoogte.',
          en: "Bring in the neighbourhood's vision and keep the neighbourhood informed.",
          fy: 'Bring de fyzje fan de buert yn en hâld de buert op de hichte.',
        },
      },
      {
        key: 'samenwerking-formaliseren',
        label: { nl: 'Samenwerking formaliseren', en: 'Formalising the cooperation', fy: 'Gearwurking formalisearje' },
        description: {
          nl: 'De afspraken worden vastgelegd, bijvoorbeeld in een convenant.',
          en: 'The agreements are put on paper, for example in a covenant.',
          fy: 'De ôfspraken wurde fêstlein, bygelyks yn in konvenant.',
        },
        municipality: {
          nl: 'We leggen de afspraken vast en houden ons eraan.',
          en: 'We record the agreements and keep to them.',
          fy: 'Wy lizze de ôfspraken fêst en hâlde ús der oan.',
        },
        resident: {
          nl: 'Controleer of de afspraken kloppen en teken mee.',
          en: 'Check that the agreements are right and sign them too.',
          fy: 'Kontrolearje oft de ôfspraken kloppe en teken mei.',
        },
      },
    ],
  },
];
