/**
 * What a mail says, independent of its format: the renderer makes plain text and
 * accessible HTML from the same blocks, so the two never drift apart.
 */
export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'list'; items: string[] };

export interface MailDoc {
  subject: string;
  blocks: Block[];
}

export interface MailData {
  receipt: {
    name: string;
    reference: string;
    title: string;
    days: number;
    due: string;
    trackingUrl: string | null;
    /** The contact person's name (their role is in the widgets, in the resident's language). */
    contact: string | null;
    municipality: string;
  };
  answer: { name: string; reference: string; title: string; message: string; municipality: string };
  published: { name: string; reference: string; title: string; initiativeUrl: string | null; municipality: string };
  phase: {
    name: string | null;
    title: string;
    phase: string;
    municipalityRole: string;
    note: string | null;
    initiativeUrl: string | null;
  };
  closed: { name: string; reference: string; title: string; reason: string; municipality: string };
  'new-idea': {
    reference: string;
    title: string;
    theme: string;
    area: string | null;
    due: string;
    deskUrl: string | null;
  };
  digest: { items: { reference: string; title: string; due: string; overdue: boolean }[]; deskUrl: string | null };
  'follow-confirm': { title: string; confirmUrl: string };
  'back-confirm': { title: string; confirmUrl: string; withdrawUrl: string };
  'offer-confirm': { title: string; confirmUrl: string; withdrawUrl: string };
  /** A resident asked to see or erase what is held about their idea (AVG articles 15 and 17). */
  'privacy-confirm': { reference: string; kind: 'view' | 'erase'; confirmUrl: string; hours: number };
  /** An offer of help, passed on to the initiator (who agreed) or to the contact person. */
  offer: {
    title: string;
    toInitiator: boolean;
    name: string;
    kinds: OfferKindKey[];
    message: string;
    email: string;
    phone: string | null;
    deskUrl: string | null;
  };
}

export type OfferKindKey = 'time' | 'skill' | 'materials' | 'place' | 'other';

export type MailKind = keyof MailData;

/** Why the reader gets a mail, said in its footer with the way out. */
export type Why = 'initiator' | 'follower' | 'request' | 'contact' | 'backer' | 'helper';

export type MailTexts = { [K in MailKind]: (d: MailData[K]) => MailDoc } & {
  footer: (why: Why, municipality: string) => string;
  unsubscribe: string;
  /** How each kind of help is named in mails. */
  offerKinds: Record<OfferKindKey, string>;
  /** The small pages the links in mails open (confirming, unsubscribing). */
  page: {
    confirmTitle: string;
    confirmAsk: string;
    confirmButton: string;
    confirmed: string;
    leaveTitle: string;
    leaveAsk: string;
    leaveButton: string;
    left: string;
    leftErased: string;
    invalid: string;
    /** Confirming support, confirming an offer, and withdrawing either. */
    back: PageAction;
    offer: PageAction;
    withdraw: PageAction;
    /** Seeing (AVG art. 15) and erasing (art. 17) what is held about an idea. */
    privacy: {
      view: PageAction;
      erase: PageAction;
      expired: string;
      /** Labels of what the view shows. */
      fields: Record<PrivacyField, string>;
      none: string;
      mails: string;
      kept: string;
    };
  };
};

export type PrivacyField =
  | 'reference'
  | 'submitted'
  | 'status'
  | 'title'
  | 'description'
  | 'address'
  | 'name'
  | 'email'
  | 'phone'
  | 'photos'
  | 'answered';

export type PageAction = { title: string; ask: string; button: string; done: string };
