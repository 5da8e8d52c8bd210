/**
 * Themes after Zwolle's figures (seed 003) and the green initiatives of seed 000. Reference
 * data: a changed label reaches existing databases at the next start, unless staff changed
 * that theme themselves (`syncReference`).
 */
export const themes = [
  {
    key: 'groen-en-natuur',
    color: '#2e7d32',
    icon: 'leaf',
    label: { nl: 'Groen en natuur', en: 'Green and nature', fy: 'Grien en natuer' },
  },
  {
    key: 'energie-en-duurzaamheid',
    color: '#b26a00',
    icon: 'sun',
    label: { nl: 'Energie en duurzaamheid', en: 'Energy and sustainability', fy: 'Enerzjy en duorsumens' },
  },
  {
    key: 'zorg-en-welzijn',
    color: '#ad1457',
    icon: 'heart',
    label: { nl: 'Zorg en welzijn', en: 'Care and well-being', fy: 'Soarch en wolwêzen' },
  },
  {
    key: 'werk-en-inkomen',
    color: '#4527a0',
    icon: 'briefcase',
    label: { nl: 'Werk en inkomen', en: 'Work and income', fy: 'Wurk en ynkommen' },
  },
  {
    key: 'kunst-en-cultuur',
    color: '#6a1b9a',
    icon: 'palette',
    label: { nl: 'Kunst en cultuur', en: 'Arts and culture', fy: 'Keunst en kultuer' },
  },
  {
    key: 'sport-en-bewegen',
    color: '#00695c',
    icon: 'ball',
    label: { nl: 'Sport en bewegen', en: 'Sport and exercise', fy: 'Sport en bewegen' },
  },
  {
    key: 'evenementen-en-toerisme',
    color: '#c62828',
    icon: 'flag',
    label: { nl: 'Evenementen en toerisme', en: 'Events and tourism', fy: 'Eveneminten en toerisme' },
  },
  {
    key: 'wonen-en-leefomgeving',
    color: '#1565c0',
    icon: 'house',
    label: { nl: 'Wonen en leefomgeving', en: 'Housing and living environment', fy: 'Wenjen en libbensomjouwing' },
  },
  { key: 'jeugd', color: '#ef6c00', icon: 'child', label: { nl: 'Jeugd', en: 'Youth', fy: 'Jongerein' } },
  { key: 'veiligheid', color: '#37474f', icon: 'shield', label: { nl: 'Veiligheid', en: 'Safety', fy: 'Feilichheid' } },
] as const;
