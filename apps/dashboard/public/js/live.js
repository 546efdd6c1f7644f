/* global AbortController, TextDecoderStream -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/**
 * The live event stream (GET /api/v1/events, server-sent events) read with fetch, because EventSource cannot send
 * the Authorization header. It reconnects after a break with Last-Event-ID; without the endpoint it stays silent.
 */
import { currentSession } from './session.js';

/** @typedef {{ id: string, title: string, department: string, status: string, currentGate: string | null, version: number, updatedAt: string }} ProjectChange */

/** @type {AbortController | null} */
let running = null;

/**
 * @param {(change: ProjectChange) => void} onChange
 * @param {() => void} onResync
 */
export function startLive(onChange, onResync) {
  stopLive();
  const controller = new AbortController();
  running = controller;
  void loop(controller.signal, onChange, onResync);
}

export function stopLive() {
  running?.abort();
  running = null;
}

/**
 * @param {AbortSignal} signal
 * @param {(change: ProjectChange) => void} onChange
 * @param {() => void} onResync
 */
async function loop(signal, onChange, onResync) {
  let lastId = '';
  let retryMs = 3000;
  while (!signal.aborted) {
    const session = currentSession();
    if (!session) return;
    try {
      /** @type {Record<string, string>} */
      const headers = { Accept: 'text/event-stream', Authorization: `Bearer ${session.token}` };
      if (lastId) headers['Last-Event-ID'] = lastId;
      const res = await fetch('/api/v1/events', { headers, signal, credentials: 'omit' });
      // Not deployed here, or not for this caller: no live updates, and no point in asking again.
      if (res.status === 404 || res.status === 403 || res.status === 401) return;
      if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = parseBlock(block);
          if (fields.retry) retryMs = Math.max(1000, Number(fields.retry) || retryMs);
          if (fields.id) lastId = fields.id;
          if (fields.event === 'resync') onResync();
          else if (fields.event === 'project' && fields.data) {
            try {
              onChange(/** @type {ProjectChange} */ (JSON.parse(fields.data)));
            } catch {
              // A line we do not understand is no reason to stop listening.
            }
          }
        }
      }
    } catch {
      // A broken connection: try again after the retry delay (unless this stream was stopped).
      if (signal.aborted) return;
    }
    await new Promise((r) => setTimeout(r, retryMs));
  }
}

/** @param {string} block */
function parseBlock(block) {
  /** @type {Record<string, string>} */
  const fields = {};
  for (const line of block.split('\n')) {
    if (!line || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    fields[name] = name === 'data' && fields.data !== undefined ? `${fields.data}\n${value}` : value;
  }
  return fields;
}
