/** The house styles the stories can be seen in (defined in demo/themes.css). */
export const themes = [
  { key: 'default', title: 'Buurtkit default' },
  { key: 'stad', title: 'Gemeente (stad)' },
  { key: 'wadden', title: 'Gemeente (Wadden, serif)' },
];
export const themeClass = (key: unknown) => (key === 'stad' ? 'theme-stad' : key === 'wadden' ? 'theme-wadden' : '');
