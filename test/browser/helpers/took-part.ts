/** The details of `buurt-take-part` events as the host page receives them, from now on. */
export function tookPart() {
  const took: unknown[] = [];
  document.addEventListener('buurt-take-part', (e) => took.push({ ...e.detail }));
  return took;
}
