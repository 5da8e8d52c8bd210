// The demo page's own script (an external file: the page runs under a strict CSP).
import { NLDS_THEMES } from './nlds-themes.js';

const lang = document.getElementById('lang');
lang.value = document.documentElement.lang || 'nl';
lang.addEventListener('change', () => {
  // Buurtkit widgets follow the nearest lang attribute, live.
  document.documentElement.lang = lang.value;
});

// House styles: two of the page's own (Buurtkit tokens set in themes.css) and NL Design System
// themes as published on npm, which reach the widgets through their --basis-* tokens alone.
const houseStyles = [
  { className: 'theme-stad', title: 'Stad (eigen tokens)' },
  { className: 'theme-wadden', title: 'Wadden (eigen tokens)' },
  ...NLDS_THEMES.map((t) => ({ ...t, href: `/nlds/${t.key}.css` })),
];
const style = document.getElementById('house-style');
// Not every demo page has the house-style switch.
if (style) {
  for (const h of houseStyles)
    style.add(new window.Option(h.title, h.className, false, document.body.classList.contains(h.className)));
  style.addEventListener('change', () => {
    const chosen = houseStyles.find((h) => h.className === style.value);
    if (chosen?.href && !document.querySelector(`link[href="${chosen.href}"]`)) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = chosen.href;
      document.head.append(link);
    }
    for (const h of houseStyles) document.body.classList.toggle(h.className, h === chosen);
  });
}

// A tracking link from the receipt mail (?ref=BK-…) opens the tracker on that idea.
const ref = new window.URLSearchParams(window.location.search).get('ref');
if (ref) document.querySelector('#volgen buurt-phase-tracker')?.setAttribute('reference', ref);
