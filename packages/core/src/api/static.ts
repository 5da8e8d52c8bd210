/**
 * `fetch` for a static folder, loading its transport (`static-transport.ts`) at the first
 * request: pages that talk to an API never download it.
 */
export function staticFetch(folder: string): typeof fetch {
  let transport: Promise<typeof fetch> | undefined;
  return async (input, init) => {
    // A chunk that could not load (offline) is asked for again next time.
    transport ??= import('./static-transport.js').then(
      (m) => m.folderFetch(folder),
      (error: unknown) => {
        transport = undefined;
        throw error;
      },
    );
    return (await transport)(input, init);
  };
}
