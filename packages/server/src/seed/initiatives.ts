/**
 * Demo initiatives modelled on the real examples in the seed documents (Singelpark
 * Leiden, Zwolle's ideeënmakelaar, Geins Geluk, Warm Heeg, De Wierden …). Places in
 * Almere, Leiden and Zwolle are given as a CBS wijk (the seed puts the initiative well
 * inside it); elsewhere as a coordinate. Phase is an index into the phase model.
 */
export type InitiativeSeed = {
  title: string;
  summary: string;
  description: string;
  theme: string;
  model: 'burgerinitiatief' | 'aardgasvrije-wijk';
  phase: number;
  role: 'loslaten' | 'faciliteren' | 'stimuleren' | 'regisseren' | 'reguleren';
  support: string[];
  supporters: number;
  place: string | [number, number];
  initiator?: string;
  links?: { url: string; label: string }[];
};

const i = (
  title: string,
  summary: string,
  theme: string,
  model: InitiativeSeed['model'],
  phase: number,
  role: InitiativeSeed['role'],
  support: string[],
  supporters: number,
  place: InitiativeSeed['place'],
  more = '',
): InitiativeSeed => ({
  title, summary, theme, model, phase, role, support, supporters, place,
  description: more ? `${summary}\n\n${more}` : summary,
});

export const initiatives: InitiativeSeed[] = [
  // Almere
  i('De Wierden onderhoudt zelf', 'Bewoners van De Wierden onderhouden zelf het groen en de speelplekken in hun buurt, met budget van de gemeente.', 'wonen-en-leefomgeving', 'burgerinitiatief', 4, 'loslaten', ['financiering', 'materiaal'], 140, 'WK003408', 'De gemeente zorgt voor gereedschap en een jaarbudget; de bewoners plannen zelf wanneer en hoe.'),
  i('Moestuin Buitenvaart', 'Een gezamenlijke moestuin op een braakliggend stuk grond, met bakken voor de school.', 'groen-en-natuur', 'burgerinitiatief', 2, 'faciliteren', ['ruimte', 'materiaal', 'vergunning'], 35, 'WK003458'),
  i('Speeltuin Filmwijk vernieuwd', 'Ouders uit de Filmwijk ontwerpen samen met kinderen een nieuwe speeltuin.', 'jeugd', 'burgerinitiatief', 1, 'stimuleren', ['advies', 'financiering'], 62, 'WK003418'),
  i('Zonnedaken Almere Poort', 'Bewoners kopen samen zonnepanelen in en leggen ze op daken van scholen en sporthallen.', 'energie-en-duurzaamheid', 'burgerinitiatief', 3, 'faciliteren', ['ruimte', 'advies'], 210, 'WK003461'),
  i('Buurtbieb Stedenwijk', 'Een kast met boeken op het plein: breng er een, neem er een.', 'kunst-en-cultuur', 'burgerinitiatief', 0, 'loslaten', ['vergunning'], 12, 'WK003427'),
  i('Voedselbos Oosterwold', 'Een voedselbos met fruitbomen, noten en bessen dat iedereen mag oogsten.', 'groen-en-natuur', 'burgerinitiatief', 3, 'faciliteren', ['ruimte', 'materiaal'], 88, 'WK003477'),
  i('Repair Café Stad', 'Elke eerste zaterdag repareren vrijwilligers kapotte spullen in het buurthuis.', 'energie-en-duurzaamheid', 'burgerinitiatief', 4, 'loslaten', ['ruimte'], 45, 'WK003417'),
  i('Kunstroute Almere Haven', 'Een wandelroute langs kunst van bewoners in voortuinen en etalages.', 'kunst-en-cultuur', 'burgerinitiatief', 1, 'stimuleren', ['netwerk', 'financiering'], 30, 'WK003401'),
  i('Jongerenhonk Muziekwijk', 'Jongeren willen een eigen plek om muziek te maken en elkaar te ontmoeten.', 'jeugd', 'burgerinitiatief', 0, 'stimuleren', ['ruimte', 'procesbegeleiding'], 25, 'WK003429'),
  i('Buurtpreventie Danswijk', 'Een WhatsApp-groep en avondrondes om de buurt veiliger te maken.', 'veiligheid', 'burgerinitiatief', 2, 'regisseren', ['advies', 'netwerk'], 70, 'WK003419'),
  i('Wandelvoetbal Tussen de Vaarten', 'Wekelijks wandelvoetbal voor 60-plussers op het trapveld.', 'sport-en-bewegen', 'burgerinitiatief', 3, 'faciliteren', ['materiaal'], 28, 'WK003423'),
  i('Energiecoöperatie Almere Buiten', 'Een coöperatie die samen windenergie en zonnestroom opwekt voor de wijk.', 'energie-en-duurzaamheid', 'burgerinitiatief', 1, 'stimuleren', ['advies', 'procesbegeleiding', 'vergunning'], 320, 'WK003441'),
  i('Kinderboerderij De Beestenbende', 'Vrijwilligers houden de kinderboerderij open na bezuinigingen.', 'zorg-en-welzijn', 'burgerinitiatief', 4, 'faciliteren', ['financiering', 'netwerk'], 150, 'WK003420'),
  i('Haven Festival', 'Een gratis zomerfestival aan de haven, georganiseerd door bewoners en ondernemers.', 'evenementen-en-toerisme', 'burgerinitiatief', 2, 'reguleren', ['vergunning', 'financiering'], 95, 'WK003414'),
  i('Aardgasvrij De Hoven', 'Bewoners van De Hoven onderzoeken samen hoe hun wijk van het aardgas af kan.', 'energie-en-duurzaamheid', 'aardgasvrije-wijk', 1, 'regisseren', ['advies', 'procesbegeleiding'], 110, 'WK003403'),
  i('Warme Kruidenwijk', 'Een buurtwarmtenet op restwarmte, bedacht door bewoners van de Kruidenwijk.', 'energie-en-duurzaamheid', 'aardgasvrije-wijk', 3, 'regisseren', ['advies', 'procesbegeleiding'], 180, 'WK003426'),
  // Leiden
  i('Singelpark Leiden', 'Een park van zes kilometer langs de singels rond de binnenstad, begonnen als burgerinitiatief.', 'groen-en-natuur', 'burgerinitiatief', 4, 'faciliteren', ['financiering', 'vergunning', 'procesbegeleiding'], 1200, 'WK054601', 'Bewoners bedachten een aaneengesloten park langs de singels. De gemeente nam het plan over en werkt sindsdien samen met de Stichting Singelpark.'),
  i('Buurtmoestuin Merenwijk', 'Een moestuin en ontmoetingsplek naast het wijkcentrum.', 'groen-en-natuur', 'burgerinitiatief', 2, 'faciliteren', ['ruimte', 'materiaal'], 40, 'WK054608'),
  i('Hofjesconcerten', 'Kleine concerten in de Leidse hofjes, gratis voor buurtbewoners.', 'kunst-en-cultuur', 'burgerinitiatief', 3, 'stimuleren', ['vergunning', 'netwerk'], 55, 'WK054600'),
  i('Boodschappenhulp Stevenshof', 'Buren doen boodschappen voor ouderen die slecht ter been zijn.', 'zorg-en-welzijn', 'burgerinitiatief', 3, 'loslaten', ['netwerk'], 33, 'WK054609'),
  i('Geveltuinen Noord', 'Bewoners in Leiden-Noord leggen samen geveltuinen aan; de gemeente haalt de tegels op.', 'groen-en-natuur', 'burgerinitiatief', 1, 'faciliteren', ['materiaal', 'vergunning'], 75, 'WK054603'),
  i('Aardgasvrij Roodenburg', 'Bewoners van het Roodenburgerdistrict maken samen een warmteplan.', 'energie-en-duurzaamheid', 'aardgasvrije-wijk', 0, 'stimuleren', ['advies'], 60, 'WK054604'),
  // Zwolle
  i('Locatie Oostergo', 'Een leegstaand gebouw wordt een broedplaats voor makers en buurtbewoners.', 'kunst-en-cultuur', 'burgerinitiatief', 3, 'faciliteren', ['ruimte', 'vergunning'], 90, 'WK019311', 'Via de ideeënmakelaar kwamen initiatiefnemers en eigenaar met elkaar in gesprek.'),
  i('De Droom van Zwolle', 'Zwollenaren delen hun dromen voor de stad; de beste worden samen uitgevoerd.', 'wonen-en-leefomgeving', 'burgerinitiatief', 1, 'stimuleren', ['netwerk', 'procesbegeleiding'], 400, 'WK019310'),
  i('400 daken vol zonnepanelen', 'Bewoners leggen samen zonnepanelen op vierhonderd daken in Zwolle.', 'energie-en-duurzaamheid', 'burgerinitiatief', 4, 'faciliteren', ['advies', 'netwerk'], 400, 'WK019322'),
  i('Speelnatuur Holtenbroek', 'Een natuurspeelplaats met water, zand en wilgenhutten.', 'jeugd', 'burgerinitiatief', 2, 'faciliteren', ['ruimte', 'financiering'], 48, 'WK019330'),
  i('Buurtkamer Assendorp', 'Een huiskamer voor de buurt waar iedereen binnen kan lopen voor koffie en een praatje.', 'zorg-en-welzijn', 'burgerinitiatief', 0, 'stimuleren', ['ruimte', 'netwerk'], 20, 'WK019313'),
  i('Werkplaats Wipstrik', 'Buurtbewoners zonder werk leren een vak in een houtwerkplaats.', 'werk-en-inkomen', 'burgerinitiatief', 2, 'stimuleren', ['ruimte', 'netwerk', 'financiering'], 18, 'WK019312'),
  i('Warm Aa-landen', 'Bewoners van de Aa-landen werken aan een gezamenlijke warmtevisie.', 'energie-en-duurzaamheid', 'aardgasvrije-wijk', 2, 'regisseren', ['procesbegeleiding'], 130, 'WK019331'),
  // Elsewhere
  i('Geins Geluk', 'Kleine plannen van bewoners die de gemeente tot de helft meefinanciert.', 'wonen-en-leefomgeving', 'burgerinitiatief', 4, 'faciliteren', ['financiering'], 300, [5.0855, 52.0290]),
  i('Groene golf Zoetermeer', 'Bewoners vergroenen hun straat, met hulp van de groenegolfambtenaar.', 'groen-en-natuur', 'burgerinitiatief', 3, 'faciliteren', ['advies', 'materiaal'], 85, [4.4940, 52.0590]),
  i('Warm Heeg', 'Heeg wordt aardgasvrij met warmte uit het Hegermeer.', 'energie-en-duurzaamheid', 'aardgasvrije-wijk', 4, 'regisseren', ['advies', 'procesbegeleiding', 'financiering'], 500, [5.6063, 52.9686], 'Bewoners richtten een coöperatie op en maakten met de gemeente en het waterschap afspraken over een warmtenet.'),
  i('KetelhuisWG', 'Bewoners van het WG-terrein in Amsterdam maken hun buurt samen aardgasvrij.', 'energie-en-duurzaamheid', 'aardgasvrije-wijk', 3, 'regisseren', ['advies', 'procesbegeleiding'], 220, [4.8710, 52.3660]),
  i('Buurthuus de Leemkamp', 'Inwoners van Marle runnen zelf hun buurthuis.', 'zorg-en-welzijn', 'burgerinitiatief', 4, 'loslaten', ['ruimte'], 160, [6.4200, 52.3800]),
  i('Boodschappenbus Hellendoorn', 'Vrijwilligers rijden ouderen uit de kleine kernen naar de supermarkt.', 'zorg-en-welzijn', 'burgerinitiatief', 3, 'faciliteren', ['financiering', 'netwerk'], 40, [6.4500, 52.3890]),
  i('Mozaïek van Beringe', 'Dorpsbewoners maken samen een groot mozaïek voor het dorpshuis.', 'kunst-en-cultuur', 'burgerinitiatief', 4, 'loslaten', ['materiaal'], 120, [5.9470, 51.3370]),
  i('Opfleuren Strandwal', 'Bewoners van de Strandwal in Wassenaar fleuren hun buurt op met bloemen en bankjes.', 'wonen-en-leefomgeving', 'burgerinitiatief', 2, 'faciliteren', ['materiaal', 'vergunning'], 65, [4.3980, 52.1430]),
  i('Makelpunt Amersfoort', 'Een plek waar vraag en aanbod van bewoners en organisaties elkaar vinden.', 'werk-en-inkomen', 'burgerinitiatief', 3, 'stimuleren', ['netwerk', 'procesbegeleiding'], 75, [5.3880, 52.1560]),
  i('Droombeek Roombeek', 'Bewoners laten de Roombeek weer door de wijk stromen.', 'groen-en-natuur', 'burgerinitiatief', 4, 'faciliteren', ['advies', 'vergunning'], 260, [6.8850, 52.2300]),
  i('Meitinkers Grou', 'Een meitinker per dorp denkt mee met inwoners die iets willen beginnen.', 'wonen-en-leefomgeving', 'burgerinitiatief', 2, 'stimuleren', ['netwerk', 'advies'], 30, [5.8360, 53.0940]),
  i('Buurtbudget Maassluis', 'Bewoners bepalen zelf waar het buurtbudget aan wordt besteed.', 'wonen-en-leefomgeving', 'burgerinitiatief', 1, 'loslaten', ['financiering'], 90, [4.2500, 51.9230]),
  i('Dorpsvisie Oldebroek', 'Inwoners schrijven samen een visie op de toekomst van hun dorp.', 'wonen-en-leefomgeving', 'burgerinitiatief', 0, 'stimuleren', ['procesbegeleiding'], 55, [5.9000, 52.4450]),
  i('Aardgasvrij Rivierenwijk Deventer', 'Bewoners vormen samen een visie op een warmtenet in hun wijk.', 'energie-en-duurzaamheid', 'aardgasvrije-wijk', 1, 'regisseren', ['advies'], 140, [6.1750, 52.2480]),
];
