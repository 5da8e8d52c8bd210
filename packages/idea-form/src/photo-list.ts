import type { ReactiveController } from 'lit';
import { MAX_PHOTOS } from './draft.js';
import type { FormHost } from './form-host.js';
import type { DraftPhoto } from './photos.js';

/** Photo handling (resizing, IndexedDB) loads when a resident first has photos: most ideas have none. */
export const photoKit = () => import('./photos.js');

export interface PhotoListOptions {
  /** Which draft the photos belong to (one per API). */
  scope(): string;
  /** The photos changed: the draft notes how many. */
  changed(): void;
  /** Why a chosen file could not be used ('' when all could). */
  problem(text: string): void;
  /** A photo went: its alt-text errors were numbered by position. */
  removed(): void;
}

/**
 * The idea's photos: resized and stripped of their location in the browser, kept in
 * IndexedDB with the draft, each with its alt text.
 */
export class PhotoList implements ReactiveController {
  items: DraftPhoto[] = [];

  constructor(
    private readonly host: FormHost,
    private readonly o: PhotoListOptions,
  ) {
    host.addController(this);
  }

  hostConnected() {}

  set(photos: DraftPhoto[]) {
    this.items = photos;
    void photoKit().then((kit) => kit.savePhotos(this.o.scope(), photos));
    this.o.changed();
    this.host.requestUpdate();
  }

  /** The draft's photos, when the resident continues it. */
  async restore() {
    this.items = await (await photoKit()).loadPhotos(this.o.scope(), MAX_PHOTOS);
    this.host.requestUpdate();
  }

  /** Forgets them (sent, or started over); `stored`: also those of a draft not continued. */
  clear(stored = false) {
    if (stored || this.items.length) void photoKit().then((kit) => kit.clearPhotos(this.o.scope()));
    this.items = [];
    this.host.requestUpdate();
  }

  /** Whether files are being dragged over the picker (it shows where to drop them). */
  dropping = false;

  /** Files chosen with the button's file picker. */
  add(e: Event) {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    return this.addFiles(files);
  }

  /** Dragging over the picker (`e`) or away from it (none). */
  dragOver(e?: DragEvent) {
    e?.preventDefault();
    if (this.dropping !== !!e) {
      this.dropping = !!e;
      this.host.requestUpdate();
    }
  }

  /** Files dropped on the picker: as if chosen. */
  drop(e: DragEvent) {
    this.dragOver();
    e.preventDefault();
    return this.addFiles([...(e.dataTransfer?.files ?? [])]);
  }

  private async addFiles(files: File[]) {
    let problem = '';
    const kit = await photoKit();
    for (const file of files) {
      if (this.items.length >= MAX_PHOTOS) {
        problem = this.host.msg.t('photo.too-many');
        break;
      }
      try {
        const prepared = await kit.preparePhoto(file);
        this.set([...this.items, { key: crypto.randomUUID(), alt: '', ...prepared }]);
      } catch (error) {
        if (!(error instanceof kit.PhotoError)) throw error;
        problem = this.host.msg.t(`photo.${error.problem}`);
      }
    }
    this.o.problem(problem);
  }

  remove(key: string) {
    const at = this.items.findIndex((p) => p.key === key);
    this.set(this.items.filter((p) => p.key !== key));
    this.o.removed();
    const next = at > 0 ? `#photo-alt-${at - 1}` : '#photo-input';
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(next)?.focus());
  }

  describe(key: string, alt: string) {
    this.set(this.items.map((x) => (x.key === key ? { ...x, alt } : x)));
  }
}
