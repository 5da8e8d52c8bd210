import type { MailMessages } from './nl.js';

const en: MailMessages = {
  note: (address) =>
    `This website cannot receive ideas itself. When you are done, you send your idea by e-mail to ${address}. What you fill in is kept.`,
  'note.none':
    'This website cannot receive ideas itself. You can still fill in your idea and then copy it as text. What you fill in is kept.',
  send: 'Continue to sending by e-mail',
  heading: 'Send your idea by e-mail',
  text: (address) =>
    `The button below opens your e-mail program with a message to ${address} containing your idea. Send it from there. Does that not work? Copy the text and paste it into an e-mail to ${address}.`,
  open: 'Open your e-mail',
  'none.heading': 'This website cannot send your idea',
  'none.text': 'Please contact the municipality. Copy your idea below, so you do not have to type it again.',
  'text.label': 'Your idea as text',
  copy: 'Copy the text',
  copied: 'The text is on your clipboard.',
  'copy.failed': 'Copying did not work. Select the text above and copy it yourself.',
  photos: (n) => `Add your ${n === 1 ? 'photo' : `${n} photos`} as an attachment yourself.`,
  kept: 'Your idea stays saved in this form until you clear it.',
  back: 'Back to the form',
  done: 'I have e-mailed my idea: clear the form',
  cleared: 'The form is empty. Thank you for your idea!',
  subject: (title) => `Idea for the neighbourhood: ${title}`,
  intro: 'My idea for the neighbourhood, filled in on the municipality’s website.',
};
export default en;
