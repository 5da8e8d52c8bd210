// The demo page's own script (an external file: the page runs under a strict CSP).
const lang = document.getElementById('lang');
lang.value = document.documentElement.lang || 'nl';
lang.addEventListener('change', () => {
  // Buurtkit widgets follow the nearest lang attribute, live.
  document.documentElement.lang = lang.value;
});

const theme = document.getElementById('theme');
// Not every demo page has the house-style switch.
theme?.addEventListener('click', () => {
  const wadden = document.body.classList.toggle('theme-wadden');
  document.body.classList.toggle('theme-stad', !wadden);
  theme.setAttribute('aria-pressed', String(wadden));
});

// A tracking link from the receipt mail (?ref=BK-…) opens the tracker on that idea.
const ref = new window.URLSearchParams(window.location.search).get('ref');
if (ref) document.querySelector('#volgen buurt-phase-tracker')?.setAttribute('reference', ref);
