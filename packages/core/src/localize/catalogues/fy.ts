import type { CoreMessages } from './nl.js';

const fy: CoreMessages = {
  loading: 'Dwaande mei laden…',
  retry: 'Opnij besykje',
  close: 'Slute',
  'error.network': 'Wy kinne de gegevens no net ophelje. Kontrolearje dyn ynternetferbining en besykje it opnij.',
  'error.timeout': 'It duorret te lang foardat wy antwurd krije. Besykje it opnij.',
  'error.server': 'Der gie wat mis oan ús kant. Besykje it letter opnij.',
  'error.malformed': 'Wy krigen in antwurd dat wy net begripe. Besykje it letter opnij.',
  'error.not-found': 'Wy koene net fine wat do sochtest.',
  'error.rate-limited': 'Do hast it te faak besocht. Wachtsje efkes en besykje it opnij.',
  'error.no-api': 'Dizze side is noch net goed ynsteld: it adres fan de gegevens ûntbrekt.',
  'error.heading': 'Dat slagge net',
  'summary.heading': (count: number) => (count === 1 ? 'Der is 1 flater fûn' : `Der binne ${count} flaters fûn`),
  'summary.intro': 'Ferbetterje it folgjende:',
  'field.optional': '(net ferplichte)',
  'field.error-prefix': 'Flater:',
  'empty.heading': 'Neat fûn',
};
export default fy;
