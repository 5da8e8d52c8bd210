/**
 * Dutch (B1): "Lijkt jouw idee op een van deze initiatieven?" on the review step, a catalogue
 * of its own (it loads with that part only).
 */
const nl = {
  heading: 'Lijkt jouw idee op een van deze initiatieven?',
  intro:
    'Misschien is iemand al met iets vergelijkbaars bezig. Samen bereik je vaak meer. Je kan ook gewoon je eigen idee versturen.',
  count: (n: number) =>
    n === 1 ? 'Er is 1 initiatief dat op jouw idee lijkt.' : `Er zijn ${n} initiatieven die op jouw idee lijken.`,
  far: (metres: boolean, n: string) => `${n} ${metres ? 'm' : 'km'} van jouw plek`,
  theme: 'hetzelfde thema',
  join: 'Doe mee met dit initiatief',
  'join.heading': (title: string) => `Doe mee met ${title}`,
  'join.intro': 'Hieronder zie je waar dit initiatief staat. Je kan het steunen, hulp aanbieden of het volgen.',
  'join.kept': 'Je eigen idee blijft bewaard. Je kan het daarna nog steeds versturen.',
  back: 'Terug naar mijn idee',
};

export type SimilarMessages = { [K in keyof typeof nl]: (typeof nl)[K] };
export default nl as SimilarMessages;
