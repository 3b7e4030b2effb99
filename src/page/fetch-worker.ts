// Reads a large response body off the main thread. Chromium hands a fetch body to the page in chunks that
// need main-thread turns; while sigma sets up (hundreds of ms on a software rasteriser) those turns do not come,
// so the download stalls. A worker reads the body meanwhile and transfers the bytes (no copy).
const WORKER_SOURCE = `self.onmessage = async (e) => {
  try {
    const res = await fetch(e.data);
    const buf = await res.arrayBuffer();
    self.postMessage({ ok: res.ok, status: res.status, buf }, [buf]);
  } catch (err) {
    self.postMessage({ error: String(err && err.message || err) });
  }
};`;

export interface FetchedBody {
  ok: boolean;
  status: number;
  text: () => string;
}

async function onMainThread(url: string): Promise<FetchedBody> {
  const res = await fetch(url);
  const text = await res.text();
  return { ok: res.ok, status: res.status, text: () => text };
}

/** GET `url` in a one-off worker; falls back to the main thread where workers are unavailable. */
export function fetchOffMainThread(url: string): Promise<FetchedBody> {
  const absolute = new URL(url, location.href).href; // a blob worker has no base URL of its own
  let worker: Worker;
  let blobUrl: string;
  try {
    blobUrl = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
    worker = new Worker(blobUrl);
  } catch {
    return onMainThread(absolute);
  }
  return new Promise<FetchedBody>((resolve, reject) => {
    const done = () => { worker.terminate(); URL.revokeObjectURL(blobUrl); };
    worker.onmessage = (e: MessageEvent<{ ok: boolean; status: number; buf: ArrayBuffer } | { error: string }>) => {
      done();
      const d = e.data;
      if ('error' in d) { reject(new Error(`could not fetch ${url}: ${d.error}`)); return; }
      resolve({ ok: d.ok, status: d.status, text: () => new TextDecoder().decode(d.buf) });
    };
    // A worker blocked by the page's policy fails here, asynchronously: fetch on the main thread instead.
    worker.onerror = (e) => { e.preventDefault(); done(); onMainThread(absolute).then(resolve, reject); };
    worker.postMessage(absolute);
  });
}
