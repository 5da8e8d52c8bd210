import type { components } from '@buurtkit/api/types';

import { any, arr, bool, localized, nullable, num, obj, optional, point, str, type Check } from './shape.js';

/**
 * The one place where answers of the API are checked before a widget or the desk uses
 * them: one check per schema of `openapi.yaml`, one field per line, covering what the
 * elements rely on (the schema's every rule is the server tests' job). Each a plain
 * function, no work at import, so a bundle keeps only the checks its element calls.
 */
export type Schemas = components['schemas'];
export type InitiativeCollection = Schemas['InitiativeCollection'];
export type CompactInitiatives = Schemas['CompactInitiatives'];
export type ColumnInitiatives = Schemas['ColumnInitiatives'];
export type ClusterCollection = Schemas['ClusterCollection'];
export type InitiativeDetail = Schemas['InitiativeDetail'];
export type Backing = Schemas['Backing'];
export type PhaseModel = Schemas['PhaseModel'];
export type Theme = Schemas['Theme'];
export type AreaCollection = Schemas['AreaCollection'];
export type ContactResult = Schemas['ContactResult'];
export type IdeaSubmission = Schemas['IdeaSubmission'];
export type IdeaReceipt = Schemas['IdeaReceipt'];
export type Tracking = Schemas['Tracking'];
export type PhotoReceipt = Schemas['PhotoReceipt'];
export type StaffIdea = Schemas['StaffIdea'];
export type Contact = Schemas['Contact'];
export type ContactInput = Schemas['ContactInput'];
export type Figures = Schemas['Figures'];
export type AuditEntry = Schemas['AuditEntry'];
export type PublishRequest = Schemas['PublishRequest'];

/** `Check<T>` of a check written against the schema's fields (the schema's type is wider). */
const as = <T>(check: Check<unknown>): Check<T> => check as Check<T>;

const officeHours = arr(
  obj({
    day: num,
    from: str,
    to: str,
    place: optional(str),
  }),
);

/** A contact person as residents and staff both see them. */
const contactPerson = {
  id: num,
  name: str,
  role: str,
  photo: nullable(str),
  email: nullable(str),
  phone: nullable(str),
  languages: arr(str),
  officeHours,
};

const historyEntry = obj({
  phase: str,
  since: str,
  until: nullable(str),
  note: nullable(str),
});

const summary: Check<unknown> = (v, p) =>
  obj({
    id: num,
    title: str,
    summary: str,
    theme: str,
    phase: str,
    phaseModel: str,
    areaCode: nullable(str),
    updated: str,
  })(v, p);

export const checkInitiatives: Check<InitiativeCollection> = (v, p) =>
  as<InitiativeCollection>(
    obj({
      type: str,
      total: num,
      limit: num,
      offset: num,
      features: arr(obj({ type: str, id: num, geometry: point, properties: summary })),
    }),
  )(v, p);

export const checkCompact: Check<CompactInitiatives> = (v, p) =>
  as<CompactInitiatives>(
    obj({
      format: str,
      themes: arr(str),
      phases: arr(str),
      items: arr(arr(num)),
      total: num,
      limit: num,
      offset: num,
    }),
  )(v, p);

export const checkColumns: Check<ColumnInitiatives> = (v, p) =>
  as<ColumnInitiatives>(
    obj({
      format: str,
      themes: arr(str),
      phases: arr(str),
      id: arr(num),
      lon: arr(num),
      lat: arr(num),
      theme: arr(num),
      phase: arr(num),
      total: num,
      limit: num,
      offset: num,
    }),
  )(v, p);

export const checkClusters: Check<ClusterCollection> = (v, p) =>
  as<ClusterCollection>(
    obj({
      type: str,
      zoom: num,
      features: arr(obj({ type: str, geometry: point, properties: obj({ cluster: bool }) })),
    }),
  )(v, p);

export const checkInitiative: Check<InitiativeDetail> = (v, p) => {
  summary(v, p);
  return as<InitiativeDetail>(
    obj({
      description: str,
      location: point,
      role: str,
      support: arr(str),
      supporters: num,
      phaseSince: str,
      history: arr(historyEntry),
      contact: nullable(obj({ id: num, name: str, role: str, email: nullable(str), phone: nullable(str) })),
      links: arr(obj({ url: str, label: str })),
      images: arr(obj({ url: str, alt: str })),
      status: str,
    }),
  )(v, p);
};

export type NearbyInitiative = Schemas['NearbyInitiative'];

export const checkNearby: Check<{ items: NearbyInitiative[] }> = (v, p) =>
  as<{ items: NearbyInitiative[] }>(
    obj({
      items: arr(obj({ id: num, title: str, distance: num, sameTheme: bool, sameBuurt: bool })),
    }),
  )(v, p);

export const checkPhaseModel: Check<PhaseModel> = (v, p) =>
  as<PhaseModel>(
    obj({
      key: str,
      label: localized,
      description: localized,
      phases: arr(
        obj({
          key: str,
          label: localized,
          description: localized,
          municipality: localized,
          resident: localized,
        }),
      ),
    }),
  )(v, p);

export const checkPhaseModels: Check<{ items: PhaseModel[] }> = (v, p) => obj({ items: arr(checkPhaseModel) })(v, p);

export const checkThemes: Check<{ items: Theme[] }> = (v, p) =>
  as<{ items: Theme[] }>(
    obj({
      items: arr(
        obj({
          key: str,
          label: localized,
          color: str,
          icon: str,
        }),
      ),
    }),
  )(v, p);

export const checkAreas: Check<AreaCollection> = (v, p) =>
  as<AreaCollection>(
    obj({
      type: str,
      attribution: str,
      features: arr(obj({ type: str, id: str, geometry: any, properties: obj({ code: str, name: str, level: str }) })),
    }),
  )(v, p);

export const checkContacts: Check<ContactResult> = (v, p) =>
  as<ContactResult>(
    obj({
      area: nullable(obj({ code: str, name: str, level: str })),
      areas: arr(obj({ code: str, name: str, level: str })),
      contacts: arr(obj({ ...contactPerson, match: str })),
    }),
  )(v, p);

export const checkFormToken: Check<{ token: string; minimumSeconds: number }> = (v, p) =>
  obj({
    token: str,
    minimumSeconds: num,
  })(v, p);

export const checkReceipt: Check<IdeaReceipt> = (v, p) =>
  as<IdeaReceipt>(
    obj({
      id: num,
      reference: str,
      status: str,
      trackingUrl: str,
      contact: nullable(obj({ id: num, name: str, role: str })),
    }),
  )(v, p);

export const checkFollow: Check<{ status: string }> = (v, p) => obj({ status: str })(v, p);

export const checkPhotoReceipt: Check<PhotoReceipt> = (v, p) =>
  as<PhotoReceipt>(
    obj({
      id: str,
      type: str,
      size: num,
    }),
  )(v, p);

export const checkTracking: Check<Tracking> = (v, p) =>
  as<Tracking>(
    obj({
      reference: str,
      status: str,
      phaseModel: str,
      phase: str,
      since: str,
      submitted: str,
      nextStep: nullable(str),
      contactRole: nullable(str),
      initiative: nullable(num),
      closedReason: nullable(str),
    }),
  )(v, p);

// The staff answers (the desk's own bundle keeps these; residents' bundles do not).

export const checkStaffIdea: Check<StaffIdea> = (v, p) =>
  as<StaffIdea>(
    obj({
      id: num,
      reference: str,
      status: str,
      submitted: str,
      title: str,
      description: str,
      theme: str,
      support: arr(str),
      supporters: nullable(num),
      showName: bool,
      locale: str,
      initiative: nullable(num),
      closedReason: nullable(str),
      answered: nullable(str),
      answerDue: str,
      contact: nullable(obj({ name: str, email: str, phone: nullable(str) })),
      location: nullable(obj({ lat: num, lon: num, address: optional(str) })),
      photos: arr(obj({ id: str, alt: str, type: str, url: str })),
      mail: bool,
    }),
  )(v, p);

export type MailRecord = Schemas['MailRecord'];

export const checkIdeaMails: Check<{ sending: boolean; items: MailRecord[] }> = (v, p) =>
  as<{ sending: boolean; items: MailRecord[] }>(
    obj({
      sending: bool,
      items: arr(
        obj({
          id: num,
          kind: str,
          audience: str,
          status: str,
          attempts: num,
          created: str,
          sent: nullable(str),
          error: nullable(str),
        }),
      ),
    }),
  )(v, p);

export const checkStaffIdeaPage: Check<{ items: StaffIdea[]; total: number; responseDays: number }> = (v, p) =>
  obj({
    items: arr(checkStaffIdea),
    total: num,
    responseDays: num,
  })(v, p);

export const checkContact: Check<Contact> = (v, p) =>
  as<Contact>(obj({ ...contactPerson, areas: arr(str), themes: arr(str), desk: bool }))(v, p);

export const checkStaffContacts: Check<{ items: Contact[] }> = (v, p) => obj({ items: arr(checkContact) })(v, p);

export const checkFigures: Check<Figures> = (v, p) =>
  as<Figures>(
    obj({
      year: num,
      responseDays: num,
      received: num,
      open: num,
      published: num,
      closed: num,
      realised: num,
      answered: num,
      answeredInTime: num,
      medianDaysToFirstAnswer: nullable(num),
      byTheme: arr(obj({ theme: str, received: num, published: num, realised: num })),
    }),
  )(v, p);

export const checkAudit: Check<{ items: AuditEntry[] }> = (v, p) =>
  as<{ items: AuditEntry[] }>(
    obj({
      items: arr(
        obj({
          at: str,
          actor: str,
          actorSubject: str,
          action: str,
          target: str,
          details: any,
        }),
      ),
    }),
  )(v, p);

/** An answer without a body (204). */
export const checkNothing: Check<undefined> = () => undefined;
