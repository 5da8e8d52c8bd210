import type { SimilarMessages } from './nl.js';

const fy: SimilarMessages = {
  heading: 'Liket dyn idee op ien fan dizze inisjativen?',
  intro:
    'Miskien is immen al mei wat fergelykber dwaande. Mei-inoar berikst faak mear. Do kinst ek gewoan dyn eigen idee ferstjoere.',
  count: (n) =>
    n === 1 ? 'Der is 1 inisjatyf dat op dyn idee liket.' : `Der binne ${n} inisjativen dy’t op dyn idee lykje.`,
  far: (metres, n) => `${n} ${metres ? 'm' : 'km'} fan dyn plak`,
  theme: 'itselde tema',
  join: 'Doch mei oan dit inisjatyf',
  'join.heading': (title) => `Doch mei oan ${title}`,
  'join.intro': 'Hjirûnder sjochst wêr’t dit inisjatyf stiet. Do kinst it stypje, help oanbiede of it folgje.',
  'join.kept': 'Dyn eigen idee bliuwt bewarre. Do kinst it dêrnei noch altyd ferstjoere.',
  back: 'Werom nei myn idee',
};

export default fy;
