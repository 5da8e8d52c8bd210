import type { EngineAnswer, EngineRequest, MapItem, PointColumns } from './cluster-engine.js';

/** Clusters of client-side data, in a worker when the page allows one. */
export interface Clusterer {
  readonly where: 'worker' | 'main';
  load(data: PointColumns): Promise<void>;
  /** Worker only: compiles the engine on a sample while the rest downloads (see ClusterIndex.warm). */
  warm?(sample: PointColumns): void;
  query(bbox: [number, number, number, number], zoom: number): Promise<MapItem[]>;
  destroy(): void;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Starts the cluster engine: as a module worker from the engine's own address, or on the
 * main thread when that fails (another origin, a CSP without `worker-src` for it, no
 * module workers). The engine chunk arrives only when a map has data to cluster.
 */
export async function createClusterer(preferWorker = true): Promise<Clusterer> {
  const engine = await import('./cluster-engine.js');
  if (preferWorker) {
    const worker = await startWorker(engine.ENGINE_URL);
    if (worker) return workerClusterer(worker);
  }
  const index = new engine.ClusterIndex();
  return {
    where: 'main',
    load: (data) => index.load(data, pause),
    query: async (bbox, zoom) => index.query(bbox, zoom),
    destroy: () => undefined,
  };
}

type TrustedTypesApi = {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): unknown };
};
let policy: ReturnType<TrustedTypesApi['createPolicy']> | undefined;

/**
 * The worker's address as the page lets us use it, or undefined: a worker must come from
 * the page's own origin (a bundle on a CDN clusters on the main thread), and on pages
 * that enforce Trusted Types the address goes through our `buurtkit-worker` policy, which
 * accepts only the engine's own address.
 */
function workerUrl(url: string): string | undefined {
  if (new URL(url).origin !== location.origin) return undefined;
  const tt = (globalThis as { trustedTypes?: TrustedTypesApi }).trustedTypes;
  if (!tt) return url;
  try {
    policy ??= tt.createPolicy('buurtkit-worker', {
      createScriptURL: (u) => {
        if (u !== url) throw new TypeError('not the cluster engine');
        return u;
      },
    });
    return policy.createScriptURL(url) as string;
  } catch {
    return undefined;
  }
}

/** A worker that said it is ready, or undefined when it could not start. */
function startWorker(engineUrl: string): Promise<Worker | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    const url = workerUrl(engineUrl);
    if (!url) return resolve(undefined);
    try {
      worker = new Worker(url, { type: 'module', name: 'buurtkit-clusters' });
    } catch {
      return resolve(undefined);
    }
    const timer = setTimeout(() => fail(), 5000);
    const fail = () => {
      clearTimeout(timer);
      worker.terminate();
      resolve(undefined);
    };
    worker.addEventListener('error', fail, { once: true });
    worker.addEventListener(
      'message',
      (e: MessageEvent<EngineAnswer>) => {
        if (e.data.type !== 'ready') return;
        clearTimeout(timer);
        worker.removeEventListener('error', fail);
        resolve(worker);
      },
      { once: true },
    );
  });
}

const buffersOf = (data: PointColumns) => [
  data.id.buffer,
  data.lon.buffer,
  data.lat.buffer,
  data.theme.buffer,
  data.phase.buffer,
];

function workerClusterer(worker: Worker): Clusterer {
  let seq = 0;
  const waiting = new Map<number, (answer: EngineAnswer) => void>();
  worker.addEventListener('message', (e: MessageEvent<EngineAnswer>) => {
    if ('seq' in e.data) {
      waiting.get(e.data.seq)?.(e.data);
      waiting.delete(e.data.seq);
    }
  });
  const ask = (request: DistributiveOmit<EngineRequest, 'seq'>, transfer: Transferable[] = []) =>
    new Promise<EngineAnswer>((resolve) => {
      const id = ++seq;
      waiting.set(id, resolve);
      worker.postMessage({ ...request, seq: id } as EngineRequest, transfer);
    });
  return {
    where: 'worker',
    load: async (data) => {
      await ask({ type: 'load', data }, buffersOf(data));
    },
    warm: (sample) => void ask({ type: 'warm', data: sample }, buffersOf(sample)),
    query: async (bbox, zoom) => {
      const answer = await ask({ type: 'query', bbox, zoom });
      return answer.type === 'items' ? answer.items : [];
    },
    destroy: () => worker.terminate(),
  };
}
