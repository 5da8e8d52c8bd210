import { expect } from '@open-wc/testing';
import {
  clearDraft,
  DRAFT_DAYS,
  emptyContact,
  emptyFields,
  fingerprint,
  isEmpty,
  loadDraft,
  saveDraft,
  type Draft,
} from './draft.ts';

const DAY = 86_400_000;
const scope = 'https://unit.example/api/v1';
const key = `buurtkit-idea-draft:${scope}`;
const draft = (o: Partial<Draft> = {}): Draft => ({
  savedAt: Date.parse('2026-12-02T10:00:00Z'),
  step: 'support',
  fields: { ...emptyFields(), title: 'Moestuin', postcode: '1353 AB' },
  ...o,
});

describe('draft storage', () => {
  afterEach(() => clearDraft(scope));

  it('keeps the idea in localStorage and the contact details only in sessionStorage', () => {
    saveDraft(scope, draft(), { ...emptyContact(), name: 'Fatima', email: 'fatima@example.org' });
    expect(localStorage.getItem(key)).to.contain('Moestuin').and.not.contain('fatima');
    expect(sessionStorage.getItem(key)).to.contain('fatima@example.org');
    const loaded = loadDraft(scope, draft().savedAt + DAY)!;
    expect(loaded.draft.fields.title).to.equal('Moestuin');
    expect(loaded.draft.step).to.equal('support');
    expect(loaded.contact).to.deep.equal({ ...emptyContact(), name: 'Fatima', email: 'fatima@example.org' });
  });

  it('forgets a draft after its days, and says when it had photos to clear', () => {
    saveDraft(scope, draft({ photos: 2 }), emptyContact());
    let told = 0;
    expect(loadDraft(scope, draft().savedAt + (DRAFT_DAYS - 1) * DAY, () => told++)).to.not.equal(null);
    expect(loadDraft(scope, draft().savedAt + DRAFT_DAYS * DAY + 1, () => told++)).to.equal(null);
    expect(told).to.equal(1);
    expect(localStorage.getItem(key)).to.equal(null, 'removed, not just hidden');
  });

  it('reads an older draft as the current shape: new fields empty, an unknown step back to the first', () => {
    const old = { savedAt: draft().savedAt, expires: draft().savedAt + DAY, step: 'gone', fields: { title: 'Oud' } };
    localStorage.setItem(key, JSON.stringify(old));
    const loaded = loadDraft(scope, draft().savedAt)!;
    expect(loaded.draft.step).to.equal('idea');
    expect(loaded.draft.fields).to.deep.equal({ ...emptyFields(), title: 'Oud' });
    expect(loaded.contact).to.deep.equal(emptyContact());
  });

  it('treats broken or foreign storage as no draft', () => {
    for (const text of ['{', '"a string"', '42', '{"savedAt":1}']) {
      localStorage.setItem(key, text);
      expect(loadDraft(scope, 0), text).to.equal(null);
    }
  });

  it('is empty until something is typed, contact details included; showing the name alone is not typing', () => {
    expect(isEmpty(emptyFields(), emptyContact())).to.equal(true);
    expect(isEmpty(emptyFields(), { ...emptyContact(), showName: true })).to.equal(true);
    expect(isEmpty({ ...emptyFields(), supporters: '3' }, emptyContact())).to.equal(false);
    expect(isEmpty(emptyFields(), { ...emptyContact(), phone: '06' })).to.equal(false);
  });

  it('fingerprints a body without keeping it: equal for equal text, different otherwise', () => {
    const body = JSON.stringify({ title: 'Moestuin', contact: { email: 'fatima@example.org' } });
    expect(fingerprint(body)).to.equal(fingerprint(body));
    expect(fingerprint(body)).to.not.equal(fingerprint(body.replace('Moestuin', 'Moestuim')));
    expect(fingerprint(body)).to.not.contain('fatima');
    expect(fingerprint(body)).to.match(/^\d+:[0-9a-z]+$/);
  });
});
