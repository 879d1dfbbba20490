import autocannon from 'autocannon';
import * as hdr from 'hdr-histogram-js';
import { requestHeaders } from './graphql';

/** One measured phase: throughput, latency percentiles, and whatever went wrong. */
export interface LoadResult {
  /** Concurrent clients, each sending its next request when the last is answered. */
  connections: number;
  /** Seconds the phase actually took. */
  seconds: number;
  /** Successful requests per second. */
  rps: number;
  /** Latency in milliseconds (successful requests only). */
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  /** Responses other than 2xx, connection errors and timeouts, answers other than expected. */
  failures: number;
  /** What the first failure was, when there was one. */
  failure?: string;
}

/**
 * A contender's two phases on one operation. Latency: one client sending its requests one after
 * another, so a percentile is the time of a request, not of a queue. Throughput: `connections`
 * clients at once, so requests/s is what the server sustains.
 */
export interface Phases {
  latency: LoadResult;
  throughput: LoadResult;
}

export interface LoadOptions {
  /** Concurrent clients of the warm-up and the throughput phase. */
  connections: number;
  /** Seconds of the latency phase (one client). */
  latencyDuration: number;
  /** Seconds of the throughput phase (`connections` clients). */
  duration: number;
  /** Seconds run first with `connections` clients and thrown away. */
  warmUp: number;
}

/** One run of `connections` clients for `seconds`; latencies recorded unless `record` is false. */
type Run = (connections: number, seconds: number, record: boolean) => Promise<LoadResult>;

/**
 * The warm-up (`connections` clients, so every pool is full and the code is warm), then the
 * latency phase (one client), then the throughput phase (`connections` clients).
 */
async function phases(run: Run, options: LoadOptions): Promise<Phases> {
  if (options.warmUp > 0) await run(options.connections, options.warmUp, false);
  const latency = await run(1, options.latencyDuration, true);
  const throughput = await run(options.connections, options.duration, true);
  return { latency, throughput };
}

/** Latencies in microseconds, so the percentiles keep a thousandth of a millisecond. */
function histogram() {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 120_000_000,
    numberOfSignificantValueDigits: 3,
  });
}

function summary(
  connections: number,
  latencies: ReturnType<typeof histogram>,
  ok: number,
  seconds: number,
  failures: number,
  failure: string | undefined,
): LoadResult {
  const at = (p: number) => (ok ? latencies.getValueAtPercentile(p) / 1000 : Number.NaN);
  return {
    connections,
    seconds: Math.round(seconds * 1000) / 1000,
    rps: ok / seconds,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    requests: ok,
    failures,
    ...(failure ? { failure } : {}),
  };
}

/**
 * autocannon decodes a response's body chunk by chunk, so a character whose UTF-8 bytes straddle
 * two chunks arrives as replacement characters (seen in answers of about a megabyte). Such an
 * answer is still the expected one when everything else in it is: compared on printable ASCII.
 */
function asciiOnly(text: string): string {
  return text.replace(/[^\t\n\r -~]/g, '');
}

/**
 * Sends the same GraphQL request over keep-alive connections (autocannon) in the phases above.
 * Every answer must be byte for byte the `expected` one (taken from a single request before):
 * an error, a non-2xx or a different answer is a failure.
 */
export async function loadHttp(
  target: { url: string; body: string; cookie: string | null; expected: string },
  options: LoadOptions,
): Promise<Phases> {
  const expectedAscii = asciiOnly(target.expected);
  const run: Run = async (connections, seconds, record) => {
    const latencies = histogram();
    let ok = 0;
    let failures = 0;
    let failure: string | undefined;
    const note = (what: string) => {
      failures += 1;
      failure ??= what;
    };
    const started = performance.now();
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: target.url,
          method: 'POST',
          headers: requestHeaders(target.cookie),
          body: target.body,
          connections,
          duration: seconds,
          verifyBody: (body) => {
            if (body === target.expected || asciiOnly(String(body)) === expectedAscii) return true;
            note(`unexpected answer: ${String(body).slice(0, 200)}`);
            return false;
          },
          timeout: 30,
        },
        (error, done) => (error ? reject(error) : resolve(done)),
      );
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        if (statusCode >= 200 && statusCode < 300) {
          ok += 1;
          if (record) latencies.recordValue(Math.max(1, Math.round(responseTime * 1000)));
        } else note(`HTTP ${statusCode}`);
      });
      instance.on('reqError', (error) => note(`request error: ${error.message}`));
    });
    const elapsed = (performance.now() - started) / 1000;
    // A mismatched answer was counted as a response too: it is not a success.
    return summary(
      connections,
      latencies,
      Math.max(0, ok - result.mismatches),
      elapsed,
      failures,
      failure,
    );
  };
  return phases(run, options);
}

/**
 * Runs `request` in the phases above from concurrent loops, each loop sending its next request
 * when the last is answered (as autocannon does).
 */
export async function loadLoop(
  request: () => Promise<void>,
  options: LoadOptions,
): Promise<Phases> {
  const run: Run = async (connections, seconds, record) => {
    const latencies = histogram();
    let ok = 0;
    let failures = 0;
    let failure: string | undefined;
    const started = performance.now();
    const until = started + seconds * 1000;
    const loop = async () => {
      while (performance.now() < until) {
        const sent = performance.now();
        try {
          await request();
          ok += 1;
          if (record) {
            latencies.recordValue(Math.max(1, Math.round((performance.now() - sent) * 1000)));
          }
        } catch (error) {
          failures += 1;
          failure ??= error instanceof Error ? error.message : String(error);
        }
      }
    };
    await Promise.all(Array.from({ length: connections }, loop));
    const elapsed = (performance.now() - started) / 1000;
    return summary(connections, latencies, ok, elapsed, failures, failure);
  };
  return phases(run, options);
}
