/**
 * The tracker's forms, one lazy chunk: following, backing, offering help. One chunk rather
 * than two because sibling lazy chunks that both use Lit make the bundler move Lit out of
 * the first load into a chunk of its own (an extra request, and ~0.6 KB more gzipped).
 */
export { FollowForm } from './follow-form.js';
export { BackForm, OfferForm } from './support-forms.js';
