import type { ServerResponse } from 'node:http';

/** A body up to this size is copied into a reused buffer; a larger one (a download) gets its own. */
const POOLED_BYTES = 256 * 1024;
/** Buffers kept for reuse: about as many as answers in flight on a busy server. */
const POOL_SIZE = 16;
const free: Buffer[] = [];

/**
 * An ASCII text (a map view or list page written by `asciiJson`) as the bytes to send, copied
 * into a buffer that is reused once the answer has gone out. Sent as a string, Node prepends
 * the headers to it (a rope that writing flattens into a second 70 kB copy on the JS heap) and
 * encodes it as UTF-8 twice, once for the ETag's hash and once for the socket; its young-
 * generation allocation set how often the garbage collector stopped every waiting request
 * (fifty municipalities at zoom 13: a 1.6 ms pause every ~75 requests, so 5 % of answers).
 * A buffer per answer, freed by the collector in batches, had glibc hand pages back and fault
 * them in again (~15 page faults a request); these are kept.
 *
 * Only for ASCII: each character is written as one byte (`latin1`). The buffer goes back to the
 * pool when the response has finished (its bytes are with the kernel); an answer cut off
 * before that leaves its buffer to the garbage collector.
 */
export function asciiBody(text: string, res: ServerResponse): Buffer {
  if (text.length > POOLED_BYTES) return Buffer.from(text, 'latin1');
  const buffer = free.pop() ?? Buffer.allocUnsafeSlow(POOLED_BYTES);
  const length = buffer.write(text, 0, 'latin1');
  res.once('finish', () => {
    if (free.length < POOL_SIZE) free.push(buffer);
  });
  return buffer.subarray(0, length);
}
