import type { Db } from '../db/index.js';
import { areasAtPoint } from '../store/areas.js';
import { insertIdea, type NewIdea } from '../store/ideas.js';

/**
 * Ideas waiting at the desk in the demo: fresh, nearly due and well overdue against the
 * ten-working-day promise, so the staff desk shows what it is for. Contact details are
 * made up (example.org).
 */
const ideas: Array<NewIdea & { daysAgo: number }> = [
  {
    daysAgo: 1,
    title: 'Pluktuin op het braakliggende veld',
    theme: 'groen-en-natuur',
    description:
      'Op het veld achter de Kornwierde ligt al jaren niets. Wij willen er met de buurt een pluktuin van maken, met fruitbomen en bessenstruiken.',
    location: { lat: 52.3726, lon: 5.2452, address: 'Kornwierde, Almere' },
    support: ['ruimte', 'materiaal'],
    homework: { cost: 'Ongeveer 1.500 euro voor bomen en struiken', parties: 'Basisschool De Wierden doet mee' },
    supporters: 14,
    contact: { name: 'Ilse Bakker', email: 'ilse.bakker@example.org', phone: '06 11112222' },
    showName: true,
  },
  {
    daysAgo: 9,
    title: 'Repair café in het buurthuis',
    theme: 'energie-en-duurzaamheid',
    description:
      'Eens per maand kapotte spullen samen repareren in het buurthuis. Vrijwilligers zijn er al; we zoeken een vaste ruimte.',
    location: { lat: 52.3614, lon: 5.1876, address: 'Stedenwijk, Almere' },
    support: ['ruimte'],
    homework: { duration: 'Elke eerste zaterdag van de maand' },
    supporters: 6,
    contact: { name: 'Mehmet Yilmaz', email: 'mehmet.yilmaz@example.org' },
    showName: false,
  },
  {
    daysAgo: 19,
    title: 'Veilig oversteken bij de school',
    theme: 'veiligheid',
    description:
      'Kinderen steken bij de basisschool over op een drukke weg zonder zebrapad. Ouders willen klaar-overs organiseren en vragen om een zebrapad.',
    location: { lat: 52.3789, lon: 5.2188, address: 'Verzetswijk, Almere' },
    support: ['advies', 'vergunning'],
    homework: { municipality: 'Een zebrapad en verkeersborden' },
    supporters: 31,
    contact: { name: 'Anouk de Groot', email: 'anouk.degroot@example.org', phone: '06 33334444' },
    showName: false,
  },
];

export async function seedDemoIdeas(db: Db, now: Date) {
  for (const { daysAgo, ...idea } of ideas) {
    const at = new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
    const areas = await areasAtPoint(db, idea.location!.lon, idea.location!.lat);
    await insertIdea(db, { ...idea, locale: 'nl' }, { now: at, areaCode: areas[0]?.code ?? null, spamReason: null });
  }
}
