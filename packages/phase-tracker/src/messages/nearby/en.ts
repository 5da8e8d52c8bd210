import type { NearbyMessages } from './nl.js';

const en: NearbyMessages = {
  heading: 'Nearby',
  far: (metres, n) => `${n} ${metres ? 'm' : 'km'}`,
  buurt: 'same neighbourhood',
  theme: 'same theme',
};
export default en;
