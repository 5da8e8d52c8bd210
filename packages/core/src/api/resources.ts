import type { components } from '@buurtkit/api/types';
import { any, arr, bool, localized, nullable, num, obj, optional, point, str, type Check } from './shape.js';

export type Schemas = components['schemas'];
export type InitiativeCollection = Schemas['InitiativeCollection'];
export type CompactInitiatives = Schemas['CompactInitiatives'];
export type ClusterCollection = Schemas['ClusterCollection'];
export type InitiativeDetail = Schemas['InitiativeDetail'];
export type PhaseModel = Schemas['PhaseModel'];
export type Theme = Schemas['Theme'];
export type AreaCollection = Schemas['AreaCollection'];
export type ContactResult = Schemas['ContactResult'];
export type IdeaSubmission = Schemas['IdeaSubmission'];
export type IdeaReceipt = Schemas['IdeaReceipt'];
export type Tracking = Schemas['Tracking'];
export type PhotoReceipt = Schemas['PhotoReceipt'];

const summary: Check<unknown> = (v, p) => obj({ id: num, title: str, summary: str, theme: str, phase: str, phaseModel: str, areaCode: nullable(str), updated: str })(v, p);

// One export per check, each a plain function (no work at import), so a bundle keeps
// only the checks its widget calls.
export const checkInitiatives: Check<InitiativeCollection> = (v, p) => (obj({
  type: str, total: num, limit: num, offset: num,
  features: arr(obj({ type: str, id: num, geometry: point, properties: summary })),
}) as Check<InitiativeCollection>)(v, p);
export const checkCompact: Check<CompactInitiatives> = (v, p) => (obj({ format: str, themes: arr(str), phases: arr(str), items: arr(arr(num)), total: num, limit: num, offset: num }) as Check<CompactInitiatives>)(v, p);
export const checkClusters: Check<ClusterCollection> = (v, p) => (obj({ type: str, zoom: num, features: arr(obj({ type: str, geometry: point, properties: obj({ cluster: bool }) })) }) as Check<ClusterCollection>)(v, p);
export const checkInitiative: Check<InitiativeDetail> = (v, p) => {
  summary(v, p);
  return obj({
    description: str, location: point, role: str, support: arr(str), supporters: num, phaseSince: str,
    history: arr(obj({ phase: str, since: str, until: nullable(str), note: nullable(str) })),
    contact: nullable(obj({ id: num, name: str, role: str, email: nullable(str), phone: nullable(str) })),
    links: arr(obj({ url: str, label: str })), images: arr(obj({ url: str, alt: str })), status: str,
  })(v, p) as unknown as InitiativeDetail;
};
export const checkPhaseModel: Check<PhaseModel> = (v, p) => (obj({ key: str, label: localized, description: localized, phases: arr(obj({ key: str, label: localized, description: localized, municipality: localized, resident: localized })) }) as Check<PhaseModel>)(v, p);
export const checkPhaseModels: Check<{ items: PhaseModel[] }> = (v, p) => (obj({ items: arr(checkPhaseModel) }) as Check<{ items: PhaseModel[] }>)(v, p);
export const checkThemes: Check<{ items: Theme[] }> = (v, p) => (obj({ items: arr(obj({ key: str, label: localized, color: str, icon: str })) }) as Check<{ items: Theme[] }>)(v, p);
export const checkAreas: Check<AreaCollection> = (v, p) => (obj({ type: str, attribution: str, features: arr(obj({ type: str, id: str, geometry: any, properties: obj({ code: str, name: str, level: str }) })) }) as Check<AreaCollection>)(v, p);
export const checkContacts: Check<ContactResult> = (v, p) => (obj({
  area: nullable(obj({ code: str, name: str, level: str })),
  areas: arr(obj({ code: str, name: str, level: str })),
  contacts: arr(obj({ id: num, name: str, role: str, photo: nullable(str), email: nullable(str), phone: nullable(str), languages: arr(str), match: str, officeHours: arr(obj({ day: num, from: str, to: str, place: optional(str) })) })),
}) as Check<ContactResult>)(v, p);
export const checkFormToken: Check<{ token: string; minimumSeconds: number }> = (v, p) => obj({ token: str, minimumSeconds: num })(v, p);
export const checkReceipt: Check<IdeaReceipt> = (v, p) => (obj({ id: num, reference: str, status: str, trackingUrl: str, contact: nullable(obj({ id: num, name: str, role: str })) }) as Check<IdeaReceipt>)(v, p);
export const checkPhotoReceipt: Check<PhotoReceipt> = (v, p) => (obj({ id: str, type: str, size: num }) as Check<PhotoReceipt>)(v, p);
export const checkTracking: Check<Tracking> = (v, p) => (obj({ reference: str, status: str, phaseModel: str, phase: str, since: str, submitted: str, nextStep: nullable(str), contactRole: nullable(str), initiative: nullable(num), closedReason: nullable(str) }) as Check<Tracking>)(v, p);
