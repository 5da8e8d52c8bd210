/**
 * The phase models every installation has, after seed 000 (Groen Dichterbij: the phases
 * of a citizen initiative and the municipality's changing role) and seed 002
 * (Participatiecoalitie: five steps towards a gas-free neighbourhood), and the uitdaagrecht
 * (right to challenge) that the Wet versterking participatie op decentraal niveau asks every
 * participatieverordening to have. Its deadlines are a starting point, not law: each
 * municipality sets its own and changes them in the desk. No model carries its own answer
 * promise: the server's (BUURTKIT_RESPONSE_DAYS) holds until a municipality sets one per model. Reference data, not demo seed: a
 * change of wording here reaches existing databases at the next start, but only models the
 * municipality has not changed itself (`syncReference`). The first model is the one new ideas
 * enter on a new installation.
 */
type L = { nl: string; en: string; fy: string };
type PhaseSeed = { key: string; label: L; description: L; municipality: L; resident: L; deadlineDays?: number };
export type PhaseModelSeed = { key: string; label: L; description: L; answerDays?: number; phases: PhaseSeed[] };

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
  {
    key: 'uitdaagrecht',
    label: { nl: 'Uitdaagrecht', en: 'Right to challenge', fy: 'Útdaagrjocht' },
    description: {
      nl: 'Bewoners nemen een taak van de gemeente over, omdat zij het beter, goedkoper of dichter bij de buurt kunnen doen.',
      en: 'Residents take over a task of the municipality, because they can do it better, cheaper or closer to the neighbourhood.',
      fy: 'Bewenners nimme in taak fan de gemeente oer, omdat sy it better, goedkeaper of tichter by de buert dwaan kinne.',
    },
    phases: [
      {
        key: 'uitdaging',
        label: { nl: 'Uitdaging', en: 'Challenge', fy: 'Útdaging' },
        description: {
          nl: 'Je daagt de gemeente uit: je wilt een taak overnemen en legt uit waarom jullie het beter kunnen.',
          en: 'You challenge the municipality: you want to take over a task and explain why you can do it better.',
          fy: 'Do daagst de gemeente út: do wolst in taak oernimme en leist út wêrom jimme it better kinne.',
        },
        municipality: {
          nl: 'Binnen twee weken bevestigen we je uitdaging en vertellen we wie je contactpersoon is en welke gegevens we nog nodig hebben.',
          en: 'Within two weeks we confirm your challenge and tell you who your contact person is and what we still need.',
          fy: "Binnen twa wiken befêstigje wy dyn útdaging en fertelle wy wa't dyn kontaktpersoan is en hokker gegevens wy noch nedich hawwe.",
        },
        resident: {
          nl: 'Beschrijf de taak, wat je anders doet, wie er meedoen, wat het kost en hoe de buurt erachter staat.',
          en: 'Describe the task, what you do differently, who takes part, what it costs and how the neighbourhood supports it.',
          fy: 'Beskriuw de taak, wat do oars dochst, wa der meidogge, wat it kostet en hoe de buert der efter stiet.',
        },
        deadlineDays: 10,
      },
      {
        key: 'beoordeling',
        label: { nl: 'Beoordeling', en: 'Assessment', fy: 'Beoardieling' },
        description: {
          nl: 'De gemeente toetst de uitdaging aan de voorwaarden uit de participatieverordening.',
          en: 'The municipality weighs the challenge against the conditions of the participatieverordening.',
          fy: 'De gemeente toetst de útdaging oan de betingsten út de partisipaasjeferoardering.',
        },
        municipality: {
          nl: 'Binnen acht weken beoordelen we of de uitdaging aan de voorwaarden voldoet: draagvlak, deskundigheid, kosten en de kwaliteit van de taak. We praten met je voordat we een advies schrijven.',
          en: 'Within eight weeks we assess whether the challenge meets the conditions: support, expertise, cost and the quality of the task. We talk with you before we write our advice.',
          fy: 'Binnen acht wiken beoardielje wy oft de útdaging oan de betingsten foldocht: draachflak, saakkundigens, kosten en de kwaliteit fan de taak. Wy prate mei dy foardat wy in advys skriuwe.',
        },
        resident: {
          nl: 'Beantwoord onze vragen en laat zien dat de buurt je steunt.',
          en: 'Answer our questions and show that the neighbourhood supports you.',
          fy: 'Beantwurdzje ús fragen en lit sjen dat de buert dy stipet.',
        },
        deadlineDays: 40,
      },
      {
        key: 'besluit',
        label: { nl: 'Besluit', en: 'Decision', fy: 'Beslút' },
        description: {
          nl: 'Het college besluit of jullie de taak overnemen, en onder welke afspraken.',
          en: 'The board of mayor and aldermen decides whether you take over the task, and on which terms.',
          fy: 'It kolleezje beslút oft jimme de taak oernimme, en ûnder hokker ôfspraken.',
        },
        municipality: {
          nl: 'Binnen acht weken na de beoordeling neemt het college een besluit en legt het uit waarom. Bij een ja maken we samen afspraken over budget, taken en verantwoording.',
          en: 'Within eight weeks after the assessment the board decides and explains why. If it is yes, we agree together on budget, tasks and accountability.',
          fy: 'Binnen acht wiken nei de beoardieling nimt it kolleezje in beslút en leit it út wêrom. By in ja meitsje wy tegearre ôfspraken oer budzjet, taken en ferantwurding.',
        },
        resident: {
          nl: 'Lees het besluit en de afspraken goed. Bezwaar maken kan binnen zes weken.',
          en: 'Read the decision and the agreements carefully. You can object within six weeks.',
          fy: 'Lês it beslút en de ôfspraken goed. Beswier meitsje kin binnen seis wiken.',
        },
        deadlineDays: 40,
      },
      {
        key: 'uitvoering',
        label: { nl: 'Uitvoering', en: 'Carrying out', fy: 'Útfiering' },
        description: {
          nl: 'Jullie voeren de taak uit volgens de afspraken.',
          en: 'You carry out the task as agreed.',
          fy: 'Jimme fiere de taak út neffens de ôfspraken.',
        },
        municipality: {
          nl: 'We betalen wat is afgesproken, blijven bereikbaar en houden ons aan onze kant van de afspraken.',
          en: 'We pay what was agreed, stay within reach and keep our side of the agreements.',
          fy: 'Wy betelje wat ôfpraat is, bliuwe berikber en hâlde ús oan ús kant fan de ôfspraken.',
        },
        resident: {
          nl: 'Doe wat is afgesproken en meld het op tijd als iets anders loopt.',
          en: 'Do what was agreed and tell us in time when something goes differently.',
          fy: 'Doch wat ôfpraat is en meld it op tiid as der wat oars rint.',
        },
      },
      {
        key: 'evaluatie',
        label: { nl: 'Evaluatie', en: 'Evaluation', fy: 'Evaluaasje' },
        description: {
          nl: 'Samen kijken we terug: is de taak beter gedaan, en gaat het zo door?',
          en: 'Together we look back: was the task done better, and does it go on this way?',
          fy: 'Tegearre sjogge wy werom: is de taak better dien, en giet it sa troch?',
        },
        municipality: {
          nl: 'Binnen acht weken na het einde van de afgesproken periode bespreken we de resultaten met jullie en maken we ze openbaar.',
          en: 'Within eight weeks after the agreed period ends we discuss the results with you and publish them.',
          fy: 'Binnen acht wiken nei it ein fan de ôfpraten perioade beprate wy de resultaten mei jimme en meitsje wy se iepenbier.',
        },
        resident: {
          nl: 'Laat zien wat jullie hebben gedaan en wat het de buurt heeft opgeleverd.',
          en: 'Show what you did and what it brought the neighbourhood.',
          fy: 'Lit sjen wat jimme dien hawwe en wat it de buert opsmiten hat.',
        },
        deadlineDays: 40,
      },
    ],
  },
];
