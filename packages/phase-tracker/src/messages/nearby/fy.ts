import type { NearbyMessages } from './nl.js';

const fy: NearbyMessages = {
  heading: 'Yn de buert',
  far: (metres, n) => `${n} ${metres ? 'm' : 'km'}`,
  buurt: 'deselde buert',
  theme: 'itselde tema',
};
export default fy;
