import type { MailTexts } from './types.js';

/** The mails in English, for residents who wrote in English. */
export const en: MailTexts = {
  receipt: (d) => ({
    subject: `Your idea has been received (${d.reference})`,
    blocks: [
      { kind: 'p', text: `Dear ${d.name},` },
      { kind: 'p', text: `Thank you for your idea "${d.title}". ${d.municipality} has received it.` },
      { kind: 'p', text: `Your reference is ${d.reference}. Please mention it when you contact us.` },
      { kind: 'p', text: `You will hear from us within ${d.days} working days, by ${d.due} at the latest.` },
      ...(d.contact ? [{ kind: 'p' as const, text: `Your contact person is ${d.contact}.` }] : []),
      ...(d.trackingUrl ? [{ kind: 'link' as const, text: 'Follow how your idea is doing', href: d.trackingUrl }] : []),
    ],
  }),
  answer: (d) => ({
    subject: `An answer to your idea ${d.reference}`,
    blocks: [
      { kind: 'p', text: `Dear ${d.name},` },
      { kind: 'p', text: `${d.municipality} has an answer to your idea "${d.title}":` },
      { kind: 'quote', text: d.message },
      { kind: 'p', text: `You can reply to this mail. Please mention your reference ${d.reference}.` },
    ],
  }),
  published: (d) => ({
    subject: `Your idea ${d.reference} is now an initiative`,
    blocks: [
      { kind: 'p', text: `Dear ${d.name},` },
      { kind: 'p', text: `Your idea is now on the map of ${d.municipality} as the initiative "${d.title}".` },
      { kind: 'p', text: 'Neighbours can see and follow it. Your name is only shown if you chose so.' },
      ...(d.initiativeUrl ? [{ kind: 'link' as const, text: 'See your initiative', href: d.initiativeUrl }] : []),
    ],
  }),
  phase: (d) => ({
    subject: `${d.title}: now in the ${d.phase} phase`,
    blocks: [
      { kind: 'p', text: d.name ? `Dear ${d.name},` : 'Hello,' },
      { kind: 'p', text: `The initiative "${d.title}" is now in the ${d.phase} phase.` },
      { kind: 'p', text: `What the municipality does in this phase: ${d.municipalityRole}` },
      ...(d.note
        ? [
            { kind: 'p' as const, text: 'The municipality adds:' },
            { kind: 'quote' as const, text: d.note },
          ]
        : []),
      ...(d.initiativeUrl ? [{ kind: 'link' as const, text: 'See the initiative', href: d.initiativeUrl }] : []),
    ],
  }),
  closed: (d) => ({
    subject: `Your idea ${d.reference} has been closed`,
    blocks: [
      { kind: 'p', text: `Dear ${d.name},` },
      { kind: 'p', text: `${d.municipality} has closed your idea "${d.title}". The reason:` },
      { kind: 'quote', text: d.reason },
      { kind: 'p', text: `Questions? Reply to this mail and mention your reference ${d.reference}.` },
    ],
  }),
  'new-idea': (d) => ({
    subject: `New idea ${d.reference}${d.area ? ` in ${d.area}` : ''}`,
    blocks: [
      { kind: 'p', text: `A new idea has come in: "${d.title}".` },
      { kind: 'list', items: [`Theme: ${d.theme}`, `Area: ${d.area ?? 'no location'}`, `Answer by: ${d.due}`] },
      ...(d.deskUrl ? [{ kind: 'link' as const, text: 'Open the idea in the desk', href: d.deskUrl }] : []),
    ],
  }),
  digest: (d) => ({
    subject: `${d.items.length} ${d.items.length === 1 ? 'idea is' : 'ideas are'} waiting for an answer`,
    blocks: [
      { kind: 'p', text: 'These ideas have no answer yet and their deadline is near or has passed:' },
      {
        kind: 'list',
        items: d.items.map(
          (i) => `${i.reference} "${i.title}": ${i.overdue ? 'deadline passed on' : 'answer by'} ${i.due}`,
        ),
      },
      ...(d.deskUrl ? [{ kind: 'link' as const, text: 'To the desk', href: d.deskUrl }] : []),
    ],
  }),
  'follow-confirm': (d) => ({
    subject: `Confirm that you want to follow "${d.title}"`,
    blocks: [
      { kind: 'p', text: `Someone (hopefully you) wants to follow the initiative "${d.title}" with this address.` },
      { kind: 'link', text: 'Yes, I want to follow this initiative', href: d.confirmUrl },
      { kind: 'p', text: 'Was this not you? Do nothing: without confirmation we erase this address within 7 days.' },
    ],
  }),
  'privacy-confirm': (d) => ({
    subject: d.kind === 'view' ? `Seeing your idea ${d.reference}` : `Erasing your idea ${d.reference}`,
    blocks: [
      {
        kind: 'p',
        text:
          d.kind === 'view'
            ? `Someone (hopefully you) asked with this address to see what the ` +
              `municipality keeps about idea ${d.reference}.`
            : `Someone (hopefully you) asked with this address to erase your personal data with idea ${d.reference}.`,
      },
      { kind: 'link', text: d.kind === 'view' ? 'See what we keep' : 'Go on to erase', href: d.confirmUrl },
      { kind: 'p', text: `The link works for ${d.hours} hours. Was this not you? Then do nothing.` },
    ],
  }),
  'back-confirm': (d) => ({
    subject: `Confirm your support for "${d.title}"`,
    blocks: [
      { kind: 'p', text: `Someone (hopefully you) wants to support the initiative "${d.title}" with this address.` },
      { kind: 'link', text: 'Yes, I support this initiative', href: d.confirmUrl },
      { kind: 'p', text: 'Your support counts only after this confirmation, and once per e-mail address.' },
      { kind: 'p', text: 'Not you? Then do nothing: without confirmation we erase everything within 7 days.' },
      { kind: 'link', text: 'Withdraw your support later', href: d.withdrawUrl },
    ],
  }),
  'offer-confirm': (d) => ({
    subject: `Confirm your offer of help for "${d.title}"`,
    blocks: [
      { kind: 'p', text: `Someone (hopefully you) offers to help with the initiative "${d.title}".` },
      { kind: 'link', text: 'Yes, pass on my offer', href: d.confirmUrl },
      {
        kind: 'p',
        text: 'Only after this confirmation do we pass your offer on to the initiator or the municipality.',
      },
      { kind: 'p', text: 'Not you? Then do nothing: without confirmation we erase everything within 7 days.' },
      { kind: 'link', text: 'Withdraw your offer', href: d.withdrawUrl },
    ],
  }),
  offer: (d) => ({
    subject: `Offer of help for "${d.title}"`,
    blocks: [
      {
        kind: 'p',
        text: d.toInitiator
          ? `Good news: a neighbour wants to help with your initiative "${d.title}".`
          : `A neighbour wants to help with the initiative "${d.title}". Please pass this on to the initiator.`,
      },
      { kind: 'list', items: [`Name: ${d.name}`, `Offers: ${d.kinds.map((k) => en.offerKinds[k]).join(', ')}`] },
      { kind: 'quote', text: d.message },
      { kind: 'list', items: [`E-mail: ${d.email}`, ...(d.phone ? [`Phone: ${d.phone}`] : [])] },
      ...(!d.toInitiator && d.deskUrl ? [{ kind: 'link' as const, text: 'Open the desk', href: d.deskUrl }] : []),
    ],
  }),
  footer: (why, municipality) =>
    ({
      initiator: `You receive this mail because you sent an idea to ${municipality}.`,
      follower: `You receive this mail because you follow this initiative at ${municipality}.`,
      request: `You receive this mail because this address was given to follow an initiative at ${municipality}.`,
      contact: `You receive this mail as a contact person of ${municipality}.`,
      backer: `You get this mail because this address was given to support an initiative with ${municipality}.`,
      helper: `You get this mail because this address was given with an offer of help to ${municipality}.`,
    })[why],
  unsubscribe: 'No more mail about this? Unsubscribe',
  offerKinds: {
    time: 'time',
    skill: 'knowledge or a skill',
    materials: 'materials',
    place: 'a place',
    other: 'something else',
  },
  page: {
    confirmTitle: 'Confirm following',
    confirmAsk: 'Do you want to follow this initiative? You will get a mail when it enters a new phase.',
    confirmButton: 'Yes, I want to follow this',
    confirmed: 'Done: you follow this initiative. Every mail has a link to stop.',
    leaveTitle: 'Unsubscribe',
    leaveAsk: 'Do you want to stop getting mail about this?',
    leaveButton: 'Unsubscribe',
    left: 'You have been unsubscribed. You will get no more mail about this.',
    leftErased: 'You have been unsubscribed and we have erased your e-mail address.',
    invalid: 'This link is not (or no longer) valid. Perhaps you already unsubscribed.',
    back: {
      title: 'Confirm your support',
      ask: 'Do you want to support this initiative? Your support counts in the neighbourhood you live in.',
      button: 'Yes, I support this',
      done: 'Done: your support counts. The link in the mail lets you withdraw it at any time.',
    },
    offer: {
      title: 'Confirm your offer of help',
      ask: 'Shall we pass on your offer? The initiator or the municipality will then get in touch with you.',
      button: 'Yes, pass it on',
      done: 'Done: we passed on your offer.',
    },
    withdraw: {
      title: 'Withdraw',
      ask: 'Do you want to withdraw this? We then erase what you gave us.',
      button: 'Yes, withdraw',
      done: 'Withdrawn. We erased what you gave us.',
    },
    privacy: {
      view: {
        title: 'What we keep about your idea',
        ask: 'Do you want to see what the municipality keeps about your idea?',
        button: 'Show me',
        done: 'This is what we keep about your idea.',
      },
      erase: {
        title: 'Erase your data',
        ask:
          'Do you want your name, e-mail address, phone number, address, photos and description ' +
          'with this idea erased? This cannot be undone.',
        button: 'Yes, erase my data',
        done: 'Erased. The municipality can no longer mail or call you about this.',
      },
      expired: 'This link has expired. Please ask again.',
      fields: {
        reference: 'Reference',
        submitted: 'Submitted on',
        status: 'Status',
        title: 'Title',
        description: 'Description',
        address: 'Address',
        name: 'Name',
        email: 'E-mail address',
        phone: 'Phone number',
        photos: 'Photos',
        answered: 'First answer',
      },
      none: '(not kept)',
      mails: 'Mails about your idea',
      kept: 'Your data are erased once the idea has not changed for a year, or sooner when you ask.',
    },
  },
};
