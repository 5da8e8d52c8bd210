import type { ApiClient, RequestOptions } from './client.js';
import { checkFollow } from './resources.js';

/*
 * Backing an initiative and offering help. A module of its own because only the tracker's
 * lazy back and offer forms use these: the map, which shows the tracker in its detail, does
 * not carry them in its first load.
 */
const enc = encodeURIComponent;

/**
 * "Ik steun dit": counts once the resident confirms through the mailed link. Only the buurt
 * code of their address is sent, never the address. Safe to repeat (one address counts once).
 */
export const backInitiative = (
  c: ApiClient,
  id: number,
  body: { email: string; formToken: string; name?: string; showName?: boolean; area?: string; locale?: string },
  o?: RequestOptions,
) => c.send('POST', `/initiatives/${enc(id)}/backers`, {}, checkFollow, { ...o, body, idempotent: true });

/** "Ik help mee": passed on to the initiator or the contact person once the helper confirms by mail. */
export const offerHelp = (
  c: ApiClient,
  id: number,
  body: {
    kinds: string[];
    message: string;
    name: string;
    email: string;
    phone?: string;
    formToken: string;
    locale?: string;
  },
  o?: RequestOptions,
) => c.send('POST', `/initiatives/${enc(id)}/offers`, {}, checkFollow, { ...o, body, idempotent: true });
