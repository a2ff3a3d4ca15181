/**
 * Requests that arrived together, handled together. A reader page the page cache does not hold
 * waits for the end of this turn of the event loop (`setImmediate`: after the requests that came
 * in on every ready connection have been read), and then all of them resume in order. Their
 * steps interleave at each `await`: every request's queries, then every request's rendering,
 * then every request's compression. The processor runs the same code for a while instead of the
 * whole path once per request, and keeps it in its caches: on the 2-core development machine an
 * uncached article cost about 520 µs of a core instead of 680, and the benchmark's uncached
 * case went from 2,933 to 3,697 req/s (decision 0012). A request alone waits for nothing but the
 * rest of the turn, microseconds. On PostgreSQL, whose queries wait for the network, requests
 * interleave anyway.
 *
 * @example app.addHook('preHandler', endOfTurn);
 */
export function endOfTurn(): Promise<void> {
  return new Promise((resolve) => {
    if (waiting.push(resolve) === 1) setImmediate(release);
  });
}

let waiting: (() => void)[] = [];

function release(): void {
  const released = waiting;
  waiting = [];
  for (const resolve of released) resolve();
}
