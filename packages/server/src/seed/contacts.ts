/** Fictional contact persons for the demo (any likeness to real people is accidental). */
export type ContactSeed = {
  name: string;
  role: string;
  areas: string[];
  themes?: string[];
  languages: string[];
  hours?: { day: number; from: string; to: string; place: string }[];
  desk?: boolean;
};

const spreekuur = (day: number, place: string) => [{ day, from: '09:30', to: '11:30', place }];

export const contacts: ContactSeed[] = [
  // The central desks: the answer when no one covers an area.
  {
    name: 'Initiatievenloket Almere',
    role: 'initiatievenloket',
    areas: ['GM0034'],
    languages: ['nl', 'en'],
    desk: true,
    hours: spreekuur(1, 'Stadhuis, Stadhuisplein 1'),
  },
  {
    name: 'Initiatievenloket Leiden',
    role: 'initiatievenloket',
    areas: ['GM0546'],
    languages: ['nl', 'en'],
    desk: true,
  },
  { name: 'Initiatievenloket Zwolle', role: 'initiatievenloket', areas: ['GM0193'], languages: ['nl'], desk: true },
  // Almere
  {
    name: 'Sanne de Vries',
    role: 'wijkregisseur',
    areas: ['WK003401', 'WK003402', 'WK003403', 'WK003408', 'WK003414'],
    languages: ['nl', 'en'],
    hours: spreekuur(2, 'Wijkcentrum De Marken'),
  },
  {
    name: 'Mohamed El Amrani',
    role: 'wijkregisseur',
    areas: ['WK003417', 'WK003418', 'WK003419', 'WK003420', 'WK003427'],
    languages: ['nl', 'ar', 'en'],
    hours: spreekuur(3, 'Buurthuis Filmwijk'),
  },
  {
    name: 'Priya Ramdin',
    role: 'ideeenmakelaar',
    areas: ['GM0034'],
    languages: ['nl', 'en'],
    hours: spreekuur(4, 'Bibliotheek Nieuwland'),
  },
  {
    name: 'Jeroen Bakker',
    role: 'groenegolfambtenaar',
    areas: ['GM0034'],
    themes: ['groen-en-natuur'],
    languages: ['nl'],
  },
  {
    name: 'Fatma Yılmaz',
    role: 'buurtcoach',
    areas: ['WK003441', 'WK003458', 'WK003461'],
    languages: ['nl', 'tr'],
    hours: spreekuur(5, 'De Buitenhof'),
  },
  // Leiden
  {
    name: 'Anouk Verbeek',
    role: 'wijkregisseur',
    areas: ['WK054600', 'WK054601', 'WK054602'],
    languages: ['nl', 'en'],
    hours: spreekuur(2, 'Stadhuis Leiden'),
  },
  { name: 'Thomas Jansen', role: 'wijkregisseur', areas: ['WK054603', 'WK054608'], languages: ['nl'] },
  // Zwolle
  {
    name: 'Lisa Hoekstra',
    role: 'ideeenmakelaar',
    areas: ['GM0193'],
    languages: ['nl', 'fy', 'en'],
    hours: spreekuur(3, 'Stadskantoor Zwolle'),
  },
  { name: 'Bram Mulder', role: 'wijkregisseur', areas: ['WK019310', 'WK019311', 'WK019313'], languages: ['nl'] },
  // Fryslân: one meitinker per village (seed 003)
  { name: 'Wytske Dijkstra', role: 'meitinker', areas: ['GM0080'], languages: ['fy', 'nl'] },
];
