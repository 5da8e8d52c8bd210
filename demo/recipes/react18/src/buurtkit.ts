// The thin wrapper React 18 needs: React 18 passes everything to custom elements as string
// attributes and cannot listen to their events, so @lit/react makes one component per element
// that sets properties and maps `on…` props to Buurtkit's events.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { ContactFinder, type BuurtContactFoundEvent } from '@buurtkit/contact-finder';
import type { BuurtErrorEvent } from '@buurtkit/core';
import { PhaseTracker, type BuurtTakePartEvent } from '@buurtkit/phase-tracker';
import '@buurtkit/contact-finder/define';
import '@buurtkit/phase-tracker/define';

export const BuurtPhaseTracker = createComponent({
  tagName: 'buurt-phase-tracker',
  elementClass: PhaseTracker,
  react: React,
  events: {
    onTakePart: 'buurt-take-part' as EventName<BuurtTakePartEvent>,
    onError: 'buurt-error' as EventName<BuurtErrorEvent>,
  },
});

export const BuurtContactFinder = createComponent({
  tagName: 'buurt-contact-finder',
  elementClass: ContactFinder,
  react: React,
  events: {
    onContactFound: 'buurt-contact-found' as EventName<BuurtContactFoundEvent>,
    onError: 'buurt-error' as EventName<BuurtErrorEvent>,
  },
});
