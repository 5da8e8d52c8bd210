import type { SupportMessages } from './nl.js';

const en: SupportMessages = {
  'back.legend': 'Support this initiative',
  'back.intro': 'Your support counts in the neighbourhood you live in. We keep your neighbourhood, not your address.',
  'back.name': 'Your name',
  'back.show-name': 'Show my name among the supporters',
  'back.where': 'Where do you live? Without an address you count as ‘elsewhere’.',
  'back.submit': 'Send my support',
  'back.sent': (email: string) =>
    `Almost done: open the mail we sent to ${email} and confirm your support there. Only then does it count.`,
  'offer.legend': 'Offer your help',
  'offer.intro':
    'We pass your offer on to the initiator or to your contact person at the municipality. ' +
    'It never appears publicly on the site.',
  'offer.kinds': 'What can you offer?',
  'offer.kind.time': 'Time',
  'offer.kind.skill': 'Knowledge or a skill',
  'offer.kind.materials': 'Materials',
  'offer.kind.place': 'A place',
  'offer.kind.other': 'Something else',
  'offer.kinds.required': 'Choose what you can offer.',
  'offer.message': 'What would you like to do or give?',
  'offer.message.required': 'Write in a few words what you offer.',
  'offer.name': 'Your name',
  'offer.name.required': 'Fill in your name.',
  'offer.phone': 'Your phone number',
  'offer.phone.invalid': 'Fill in a phone number, such as 06 12345678.',
  'offer.submit': 'Send my offer',
  'offer.sent': (email: string) =>
    `Almost done: open the mail we sent to ${email} and confirm your offer there. Then we pass it on.`,
  email: 'Your e-mail address',
  'email.hint': 'Only to confirm. The link in that mail also lets you withdraw it.',
  'email.required': 'Fill in your e-mail address.',
  'email.invalid': 'Fill in an e-mail address, such as name@example.com.',
  optional: '(optional)',
  'address.not-found': 'We cannot find this address. Check the postcode and house number, or leave them empty.',
  'address.unavailable': 'We could not look up your neighbourhood just now, so your support counts as ‘elsewhere’.',
  honeypot: 'Leave this field empty',
};

export default en;
