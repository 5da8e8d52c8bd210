// React 19 renders custom elements as they are: values that are not strings go to properties
// (`initiative={1}`), and `on<event-name>` listens to that event. `buurtkit/react` types both.
import { useState } from 'react';
import '@buurtkit/contact-finder/define';
import '@buurtkit/phase-tracker/define';
import type {} from 'buurtkit/react';
import { API, GEOCODER } from './config.ts';

export function App() {
  const [lang, setLang] = useState<'nl' | 'en'>('nl');
  const [contact, setContact] = useState('');
  const [tookPart, setTookPart] = useState('');
  return (
    <main>
      <h1>Buurtkit in React 19</h1>
      <button type="button" onClick={() => setLang(lang === 'nl' ? 'en' : 'nl')}>
        {lang === 'nl' ? 'English' : 'Nederlands'}
      </button>
      <buurt-phase-tracker
        api={API}
        geocoder={GEOCODER}
        lang={lang}
        initiative={1}
        heading-level={2}
        onbuurt-take-part={(event) => setTookPart(event.detail.action)}
      />
      <buurt-contact-finder
        api={API}
        geocoder={GEOCODER}
        lang={lang}
        municipality="GM0034"
        onbuurt-contact-found={(event) => setContact(event.detail.contacts[0]?.name ?? '')}
      />
      <p id="contact" role="status">
        {contact}
      </p>
      <p id="took-part">{tookPart}</p>
    </main>
  );
}
