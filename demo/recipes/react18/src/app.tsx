import { useState } from 'react';
import { BuurtContactFinder, BuurtPhaseTracker } from './buurtkit.ts';
import { API, GEOCODER } from './config.ts';

export function App() {
  const [lang, setLang] = useState<'nl' | 'en'>('nl');
  const [contact, setContact] = useState('');
  const [tookPart, setTookPart] = useState('');
  return (
    <main>
      <h1>Buurtkit in React 18</h1>
      <button type="button" onClick={() => setLang(lang === 'nl' ? 'en' : 'nl')}>
        {lang === 'nl' ? 'English' : 'Nederlands'}
      </button>
      <BuurtPhaseTracker
        api={API}
        geocoder={GEOCODER}
        lang={lang}
        initiative={1}
        headingLevel={2}
        onTakePart={(event) => setTookPart(event.detail.action)}
      />
      <BuurtContactFinder
        api={API}
        geocoder={GEOCODER}
        lang={lang}
        municipality="GM0034"
        onContactFound={(event) => setContact(event.detail.contacts[0]?.name ?? '')}
      />
      <p id="contact" role="status">
        {contact}
      </p>
      <p id="took-part">{tookPart}</p>
    </main>
  );
}
