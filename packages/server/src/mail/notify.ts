import { randomUUID } from 'node:crypto';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@buurtkit/api/locales';
import { json, type Db } from '../db/index.js';
import { areasByCodes } from '../store/areas.js';
import { contactMail, findContacts } from '../store/contacts.js';
import type { BackerRow } from '../store/backers.js';
import { confirmedFollowers, type FollowerRow } from '../store/followers.js';
import { markOfferForwarded, type OfferKind, type OfferRow } from '../store/offers.js';
import { answerDue, getIdea, unansweredIdeas, type IdeaRow } from '../store/ideas.js';
import { getInitiative } from '../store/initiatives.js';
import { keepFirst } from '../store/meta.js';
import { enqueueMail, type Audience } from '../store/outbox.js';
import { getPhaseModel, listThemes } from '../store/reference.js';
import { fillUrl, type MailConfig } from './config.js';
import { deadlineState, digestDay } from './digest.js';
import { formatDate, renderMail } from './render.js';
import { MAIL_TEXTS, type MailData, type MailKind, type Why } from './texts/index.js';
import { mailToken, type MailPurpose } from './tokens.js';

/** How long the link in a privacy request mail works. */
export const PRIVACY_HOURS = 48;

const localeOf = (l: string | null | undefined): Locale =>
  (LOCALES as readonly string[]).includes(l ?? '') ? (l as Locale) : DEFAULT_LOCALE;

type Recipient = {
  audience: Audience;
  why: Why;
  email: string;
  locale: Locale;
  /** The link that stops these mails, or null for mails that are not sent again. */
  stop: { purpose: MailPurpose; id: number } | null;
  ideaId?: number | null;
  initiativeId?: number | null;
  followerId?: number | null;
  contactId?: number | null;
  backerId?: number | null;
  offerId?: number | null;
};

/**
 * Turns what happened into mails in the outbox. Every method takes the transaction of the
 * change itself (the transactional outbox): when the change is rolled back, so are its
 * mails. Nothing here sends; the sender does, after the commit.
 */
export class Notifier {
  /** The last working day whose digest this instance saw claimed. */
  private digested: string | null = null;

  constructor(
    private readonly config: MailConfig,
    private readonly secret: Buffer,
    private readonly responseDays: number,
  ) {}

  /** The API's own link for a mail token: confirmation or unsubscribing. */
  link(action: 'confirm' | 'unsubscribe', purpose: MailPurpose, id: number): string {
    const base = this.config.publicUrl.replace(/\/+$/, '');
    return `${base}/api/v1/mail/${action}?token=${encodeURIComponent(mailToken(this.secret, purpose, id))}`;
  }

  private async put<K extends MailKind>(tx: Db, kind: K, to: Recipient, data: MailData[K], now: string) {
    const texts = MAIL_TEXTS[to.locale];
    const doc = (texts[kind] as (d: MailData[K]) => ReturnType<(typeof texts)['receipt']>)(data);
    const unsubscribe = to.stop ? this.link('unsubscribe', to.stop.purpose, to.stop.id) : null;
    const rendered = renderMail(doc, to.locale, {
      text: texts.footer(to.why, this.config.municipality),
      ...(unsubscribe ? { unsubscribe: { text: texts.unsubscribe, href: unsubscribe } } : {}),
    });
    await enqueueMail(
      tx,
      {
        kind,
        audience: to.audience,
        locale: to.locale,
        recipient: to.email,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        unsubscribe,
        ideaId: to.ideaId,
        initiativeId: to.initiativeId,
        followerId: to.followerId,
        contactId: to.contactId,
        backerId: to.backerId,
        offerId: to.offerId,
      },
      now,
    );
  }

  /** The resident who sent the idea, unless they are gone (erased), asked for no mail, or it is spam. */
  private initiator(idea: IdeaRow, initiativeId: number | null = null): Recipient | null {
    if (!idea.contact_email || Number(idea.mail_off) === 1 || idea.status === 'spam') return null;
    return {
      audience: 'initiator',
      why: 'initiator',
      email: idea.contact_email,
      locale: localeOf(idea.locale),
      stop: { purpose: 'idea-off', id: Number(idea.id) },
      ideaId: Number(idea.id),
      initiativeId,
    };
  }

  private due(idea: IdeaRow): string {
    return answerDue(idea, this.responseDays);
  }

  /** A new idea: the receipt for the resident, a note for the contact person of its area. */
  async ideaReceived(tx: Db, ideaId: number, now: string): Promise<void> {
    const idea = (await getIdea(tx, ideaId))!;
    if (idea.status === 'spam') return; // bots learn nothing, and nobody's inbox is used against them
    const found = await findContacts(tx, { area: idea.area_code ?? undefined });
    const contact = found.contacts[0];
    const to = this.initiator(idea);
    if (to) {
      await this.put(
        tx,
        'receipt',
        to,
        {
          name: idea.contact_name ?? '',
          reference: idea.reference,
          title: idea.title,
          days: idea.answer_days ?? this.responseDays,
          due: formatDate(this.due(idea), to.locale),
          trackingUrl: fillUrl(this.config.trackingUrl, { reference: idea.reference }),
          contact: contact?.name ?? null,
          municipality: this.config.municipality,
        },
        now,
      );
    }
    // The person for this area, or the desk when they have no address or asked for none.
    for (const candidate of found.contacts) {
      const mail = await contactMail(tx, candidate.id);
      if (!mail?.email || mail.off) continue;
      const themes = await listThemes(tx);
      const theme = themes.find((t) => t.key === idea.theme);
      const area = idea.area_code ? (await areasByCodes(tx, [idea.area_code]))[0] : undefined;
      await this.put(
        tx,
        'new-idea',
        this.staff(candidate.id, mail.email, ideaId),
        {
          reference: idea.reference,
          title: idea.title,
          theme: theme?.label.nl ?? idea.theme,
          area: area?.name ?? null,
          due: formatDate(this.due(idea), 'nl'),
          deskUrl: this.config.deskUrl,
        },
        now,
      );
      return;
    }
  }

  private staff(contactId: number, email: string, ideaId: number | null = null): Recipient {
    // Staff work in Dutch; their mails never carry a resident's address or name.
    return {
      audience: 'contact',
      why: 'contact',
      email,
      locale: 'nl',
      stop: { purpose: 'contact-off', id: contactId },
      ideaId,
      contactId,
    };
  }

  async ideaAnswered(tx: Db, ideaId: number, message: string, now: string): Promise<boolean> {
    const idea = (await getIdea(tx, ideaId))!;
    const to = this.initiator(idea);
    if (!to) return false;
    await this.put(
      tx,
      'answer',
      to,
      {
        name: idea.contact_name ?? '',
        reference: idea.reference,
        title: idea.title,
        message,
        municipality: this.config.municipality,
      },
      now,
    );
    return true;
  }

  async ideaPublished(tx: Db, ideaId: number, initiativeId: number, now: string): Promise<void> {
    const idea = (await getIdea(tx, ideaId))!;
    const initiative = (await getInitiative(tx, initiativeId))!;
    const to = this.initiator(idea, initiativeId);
    if (!to) return;
    await this.put(
      tx,
      'published',
      to,
      {
        name: idea.contact_name ?? '',
        reference: idea.reference,
        title: initiative.title,
        initiativeUrl: fillUrl(this.config.initiativeUrl, { id: initiativeId }),
        municipality: this.config.municipality,
      },
      now,
    );
  }

  async ideaClosed(tx: Db, ideaId: number, reason: string, now: string): Promise<void> {
    const idea = (await getIdea(tx, ideaId))!;
    const to = this.initiator(idea);
    if (!to) return;
    await this.put(
      tx,
      'closed',
      to,
      {
        name: idea.contact_name ?? '',
        reference: idea.reference,
        title: idea.title,
        reason,
        municipality: this.config.municipality,
      },
      now,
    );
  }

  /** A new phase, with its public note: to the initiator and to everyone who follows. */
  async phaseMoved(tx: Db, initiativeId: number, phase: string, note: string | null, now: string): Promise<void> {
    const initiative = (await getInitiative(tx, initiativeId))!;
    const model = await getPhaseModel(tx, initiative.phaseModel);
    const doc = model?.phases.find((p) => p.key === phase);
    const ideaId = await tx.get<{ id: number }>('SELECT id FROM ideas WHERE initiative_id = ?', [initiativeId]);
    const idea = ideaId ? await getIdea(tx, Number(ideaId.id)) : undefined;
    const initiator = idea ? this.initiator(idea, initiativeId) : null;
    const readers: [Recipient, string | null][] = initiator ? [[initiator, idea!.contact_name]] : [];
    for (const f of await confirmedFollowers(tx, initiativeId)) readers.push([this.follower(f, 'follower'), null]);
    for (const [to, name] of readers) {
      await this.put(
        tx,
        'phase',
        to,
        {
          name,
          title: initiative.title,
          phase: (doc?.label[to.locale] ?? doc?.label.nl ?? phase).toLowerCase(),
          municipalityRole: doc?.municipality[to.locale] ?? doc?.municipality.nl ?? '',
          note,
          initiativeUrl: fillUrl(this.config.initiativeUrl, { id: initiativeId }),
        },
        now,
      );
    }
  }

  private follower(f: FollowerRow, why: Why): Recipient {
    return {
      audience: 'follower',
      why,
      email: f.email,
      locale: localeOf(f.locale),
      stop: { purpose: 'leave', id: Number(f.id) },
      initiativeId: Number(f.initiative_id),
      followerId: Number(f.id),
    };
  }

  async followRequested(tx: Db, follower: FollowerRow, title: string, now: string): Promise<void> {
    await this.put(
      tx,
      'follow-confirm',
      this.follower(follower, 'request'),
      { title, confirmUrl: this.link('confirm', 'confirm', Number(follower.id)) },
      now,
    );
  }

  /**
   * A resident asked to see or erase what is kept about their idea: the link goes to the
   * address the idea was sent with (even with mail turned off: this mail they asked for now).
   */
  async privacyRequested(tx: Db, idea: IdeaRow, requestId: number, kind: 'view' | 'erase', now: string) {
    if (!idea.contact_email) return;
    await this.put(
      tx,
      'privacy-confirm',
      {
        audience: 'initiator',
        why: 'request',
        email: idea.contact_email,
        locale: localeOf(idea.locale),
        stop: null,
        ideaId: Number(idea.id),
      },
      { reference: idea.reference, kind, confirmUrl: this.link('confirm', 'privacy', requestId), hours: PRIVACY_HOURS },
      now,
    );
  }

  /** Support counts only once confirmed; the same mail has the way to withdraw it. */
  async backRequested(tx: Db, backer: BackerRow, email: string, title: string, now: string): Promise<void> {
    const id = Number(backer.id);
    await this.put(
      tx,
      'back-confirm',
      {
        audience: 'backer',
        why: 'backer',
        email,
        locale: localeOf(backer.locale),
        stop: { purpose: 'unback', id },
        initiativeId: Number(backer.initiative_id),
        backerId: id,
      },
      { title, confirmUrl: this.link('confirm', 'back', id), withdrawUrl: this.link('unsubscribe', 'unback', id) },
      now,
    );
  }

  async offerRequested(tx: Db, offer: OfferRow, title: string, now: string): Promise<void> {
    const id = Number(offer.id);
    await this.put(
      tx,
      'offer-confirm',
      {
        audience: 'helper',
        why: 'helper',
        email: offer.email!,
        locale: localeOf(offer.locale),
        stop: { purpose: 'unoffer', id },
        initiativeId: Number(offer.initiative_id),
        offerId: id,
      },
      { title, confirmUrl: this.link('confirm', 'offer', id), withdrawUrl: this.link('unsubscribe', 'unoffer', id) },
      now,
    );
  }

  /**
   * A confirmed offer goes to the initiator when they agreed to hear from helpers directly
   * (and can be mailed), else to the contact person for the initiative (or the desk), who
   * passes it on. Either way the offer is marked with where it went.
   */
  async offerConfirmed(tx: Db, offer: OfferRow, now: string): Promise<'initiator' | 'contact' | null> {
    const initiative = await tx.get<{
      title: string;
      idea_id: number | null;
      offers_direct: number;
      contact_id: number | null;
      area_code: string | null;
    }>('SELECT title, idea_id, offers_direct, contact_id, area_code FROM initiatives WHERE id = ?', [
      offer.initiative_id,
    ]);
    if (!initiative) return null;
    const data = (toInitiator: boolean): MailData['offer'] => ({
      title: initiative.title,
      toInitiator,
      name: offer.name ?? '',
      kinds: json<OfferKind[]>(offer.kinds, []),
      message: offer.message,
      email: offer.email ?? '',
      phone: offer.phone,
      deskUrl: this.config.deskUrl,
    });
    const idea = initiative.idea_id ? await getIdea(tx, Number(initiative.idea_id)) : undefined;
    const initiator =
      Number(initiative.offers_direct) === 1 && idea ? this.initiator(idea, Number(offer.initiative_id)) : null;
    if (initiator) {
      // Like every mail to the initiator, its way out is the idea's own (no more mail about it).
      await this.put(tx, 'offer', { ...initiator, offerId: Number(offer.id) }, data(true), now);
      await markOfferForwarded(tx, Number(offer.id), 'initiator', now);
      return 'initiator';
    }
    const candidates = [
      ...(initiative.contact_id ? [Number(initiative.contact_id)] : []),
      ...(await findContacts(tx, { area: initiative.area_code ?? undefined })).contacts.map((c) => c.id),
    ];
    for (const contactId of candidates) {
      const mail = await contactMail(tx, contactId);
      if (!mail?.email || mail.off) continue;
      const to = {
        ...this.staff(contactId, mail.email),
        initiativeId: Number(offer.initiative_id),
        offerId: Number(offer.id),
      };
      await this.put(tx, 'offer', to, data(false), now);
      break;
    }
    // Even with no contact to mail, the offer waits in the desk.
    await markOfferForwarded(tx, Number(offer.id), 'contact', now);
    return 'contact';
  }

  /**
   * Once a working day, each contact person with ideas past or near their answer date gets
   * one mail listing them. The day is claimed in the same transaction, so with several
   * instances the digest goes out once.
   */
  async digest(db: Db, at: Date): Promise<number> {
    const day = digestDay(at, this.config.digestHour);
    // Once this instance has seen the day's digest claimed (by itself or another), it does not
    // ask again: a write transaction every poll all day long, for each municipality, otherwise.
    if (!day || day === this.digested) return 0;
    const made = await db.transaction(async (tx) => {
      const claim = randomUUID();
      if ((await keepFirst(tx, `digest:${day}`, claim)) !== claim) return 0;
      const byContact = new Map<number, { email: string; items: MailData['digest']['items'] }>();
      for (const idea of await unansweredIdeas(tx)) {
        const due = this.due(idea);
        const state = deadlineState(due, day);
        if (!state) continue;
        for (const candidate of (await findContacts(tx, { area: idea.area_code ?? undefined })).contacts) {
          const mail = await contactMail(tx, candidate.id);
          if (!mail?.email || mail.off) continue;
          const entry = byContact.get(candidate.id) ?? { email: mail.email, items: [] };
          entry.items.push({
            reference: idea.reference,
            title: idea.title,
            due: formatDate(due, 'nl'),
            overdue: state === 'overdue',
          });
          byContact.set(candidate.id, entry);
          break;
        }
      }
      for (const [contactId, { email, items }] of byContact)
        await this.put(
          tx,
          'digest',
          this.staff(contactId, email),
          { items, deskUrl: this.config.deskUrl },
          at.toISOString(),
        );
      return byContact.size;
    });
    this.digested = day;
    return made;
  }
}
