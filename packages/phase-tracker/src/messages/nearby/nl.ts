/** Dutch (B1): "In de buurt" in the tracker, a catalogue of its own (it loads with that part). */
const nl = {
  heading: 'In de buurt',
  far: (metres: boolean, n: string) => `${n} ${metres ? 'm' : 'km'}`,
  buurt: 'dezelfde buurt',
  theme: 'hetzelfde thema',
};

export type NearbyMessages = { [K in keyof typeof nl]: (typeof nl)[K] };
export default nl as NearbyMessages;
