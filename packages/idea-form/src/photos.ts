/**
 * Photos with an idea: made small in the browser and re-encoded, which drops the camera's
 * metadata (a photo taken at home must not tell where home is), and kept in IndexedDB
 * with the draft so a validation error, going back or a reload never loses them.
 */

export interface DraftPhoto {
  key: string;
  /** The re-encoded JPEG, without metadata. */
  blob: Blob;
  /** A data: URL for the preview (strict CSPs allow data: images more often than blob:). */
  preview: string;
  alt: string;
  /** The id the server gave it, once uploaded. */
  uploaded?: string;
}

/** What a phone camera makes; larger files are refused before any work is done. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
const LONG_SIDE = 1600;

export type PhotoProblem = 'not-image' | 'too-big' | 'unreadable';

export class PhotoError extends Error {
  constructor(readonly problem: PhotoProblem) {
    super(problem);
  }
}

const asDataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });

/** Decodes (upright, as the camera meant it), scales to at most 1600 px and re-encodes as JPEG. */
export async function preparePhoto(file: File): Promise<Omit<DraftPhoto, 'key' | 'alt'>> {
  if (!file.type.startsWith('image/')) throw new PhotoError('not-image');
  if (file.size > MAX_FILE_BYTES) throw new PhotoError('too-big');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoError('unreadable');
  }
  const scale = Math.min(1, LONG_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  if (!blob) throw new PhotoError('unreadable');
  return { blob, preview: await asDataUrl(blob) };
}

const DB = 'buurtkit-idea-form';
const STORE = 'photos';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T | undefined> {
  try {
    const db = await open();
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    }).finally(() => db.close());
  } catch {
    // Private mode or blocked storage: the photos live as long as the page.
    return undefined;
  }
}

export const savePhotos = (scope: string, photos: DraftPhoto[]) => run('readwrite', (s) => s.put(photos, scope));
/**
 * The draft's photos; `max` as the form allows (this module imports nothing of the form's,
 * so it stays its own chunk).
 */
export const loadPhotos = async (scope: string, max: number) =>
  ((await run<DraftPhoto[]>('readonly', (s) => s.get(scope))) ?? []).slice(0, max);
export const clearPhotos = (scope: string) => run('readwrite', (s) => s.delete(scope));
