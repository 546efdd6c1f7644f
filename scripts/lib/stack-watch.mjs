/* global AbortSignal */
// What an operator's Prometheus would have seen during `npm run test:stack`: every process's metrics endpoint of the
// stack (startStack({ metrics: true })) scraped every two seconds, each family summed over its series, and per phase
// of the test the counters of failure (errors, failures, timeouts, retries, restarts) that rose and the gauges that
// moved. The report is what docs/deploy.md's "What to watch" is written from.

/**
 * Prometheus text format → Map(family → sum of its samples), and the families declared counters (# TYPE, or a
 * _total name); histograms and summaries count by their _count and _sum.
 */
export function parseExposition(text) {
  const sums = new Map();
  const counters = new Set();
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) (\w+)/.exec(line);
    if (type) {
      if (type[2] === 'counter') counters.add(type[1]).add(`${type[1]}_total`);
      if (type[2] === 'histogram' || type[2] === 'summary') counters.add(`${type[1]}_count`).add(`${type[1]}_sum`);
      continue;
    }
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(\{.*\})?\s+(\S+)/.exec(line);
    if (!m || m[1].endsWith('_bucket')) continue;
    const v = Number(m[3]);
    if (Number.isFinite(v)) sums.set(m[1], (sums.get(m[1]) ?? 0) + v);
    if (m[1].endsWith('_total')) counters.add(m[1]);
  }
  return { sums, counters };
}

const FAILURE = /error|fail|timeout|retr|restart|lost|unavailable|nondetermin|no_poller|evict|panic/i;

export function startWatch(endpoints, intervalMs = 2000) {
  const samples = []; // { at, proc, family, value }
  const counters = new Set(); // families any endpoint declared counters
  const marks = []; // { at, label }
  let stopped = false;
  const scrapeOnce = async () => {
    const at = Date.now();
    await Promise.all(
      endpoints.map(async (e) => {
        try {
          const res = await fetch(e.url, {
            headers: e.token ? { Authorization: `Bearer ${e.token}` } : {},
            signal: AbortSignal.timeout(1500),
          });
          if (!res.ok) return;
          const { sums, counters: declared } = parseExposition(await res.text());
          for (const c of declared) counters.add(c);
          for (const [family, value] of sums) samples.push({ at, proc: e.name, family, value });
        } catch {
          samples.push({ at, proc: e.name, family: 'up', value: 0 });
          return;
        }
        samples.push({ at, proc: e.name, family: 'up', value: 1 });
      }),
    );
  };
  const loop = (async () => {
    while (!stopped) {
      await scrapeOnce();
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  return {
    mark: (label) => marks.push({ at: Date.now(), label }),
    async stop() {
      stopped = true;
      await loop;
    },
    /** Per phase: failure counters that rose (by process kind), gauges that went down to 0 or rose, scrapes missed. */
    report() {
      const kind = (proc) => proc.replace(/-\d+$/, '');
      const lines = [];
      for (const [i, m] of marks.entries()) {
        const end = marks[i + 1]?.at ?? Infinity;
        const inPhase = samples.filter((s) => s.at >= m.at && s.at < end);
        const before = samples.filter((s) => s.at < m.at);
        const seen = [];
        const byKey = new Map();
        for (const s of inPhase) {
          const key = `${kind(s.proc)} ${s.family}`;
          const e = byKey.get(key) ?? { min: Infinity, max: -Infinity, procs: new Map() };
          e.min = Math.min(e.min, s.value);
          e.max = Math.max(e.max, s.value);
          const p = e.procs.get(s.proc) ?? { first: s.value, last: s.value, drops: 0 };
          if (s.value < p.last) p.drops += 1; // a counter that fell: the process restarted
          p.last = s.value;
          e.procs.set(s.proc, p);
          byKey.set(key, e);
        }
        for (const [key, e] of byKey) {
          const family = key.split(' ')[1];
          if (family === 'up') {
            const ups = inPhase.filter((x) => x.family === 'up' && `${kind(x.proc)} up` === key);
            const down = ups.filter((x) => x.value === 0).length;
            if (down > 0) seen.push(`${key.split(' ')[0]} not answering in ${down} of ${ups.length} scrapes`);
            continue;
          }
          if (counters.has(family)) {
            if (!FAILURE.test(family)) continue;
            let rise = 0;
            for (const p of e.procs.values()) rise += Math.max(0, p.last - p.first);
            if (rise > 0) seen.push(`${key} +${Math.round(rise)}`);
          } else if (FAILURE.test(family) || /poller|attention|overdue|pending|slots|backlog/.test(family)) {
            const baseline = before.filter((s) => `${kind(s.proc)} ${s.family}` === key).at(-1)?.value;
            if (baseline !== undefined && (e.min < baseline || e.max > baseline))
              seen.push(`${key} ${baseline} → ${e.min}..${e.max}`);
          }
        }
        lines.push(`${m.label}:\n${seen.length ? seen.map((x) => `      ${x}`).join('\n') : '      (nothing)'}`);
      }
      return lines.join('\n');
    },
  };
}
