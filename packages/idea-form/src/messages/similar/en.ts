import type { SimilarMessages } from './nl.js';

const en: SimilarMessages = {
  heading: 'Is your idea like one of these initiatives?',
  intro:
    'Someone may already be working on something similar. Together you often achieve more. You can also just send your own idea.',
  count: (n) => (n === 1 ? '1 initiative looks like your idea.' : `${n} initiatives look like your idea.`),
  far: (metres, n) => `${n} ${metres ? 'm' : 'km'} from your place`,
  theme: 'same theme',
  join: 'Join this initiative',
  'join.heading': (title) => `Join ${title}`,
  'join.intro': 'Below you see where this initiative stands. You can back it, offer help or follow it.',
  'join.kept': 'Your own idea is kept. You can still send it afterwards.',
  back: 'Back to my idea',
};

export default en;
