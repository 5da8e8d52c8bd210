/** Waits for a condition on an element, re-checking after each of its updates (25 ms apart). */
export async function until(
  el: { updateComplete: Promise<unknown> },
  check: () => unknown,
  what: string | (() => string),
  ms = 8000,
) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    await el.updateComplete;
    if (check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
}
