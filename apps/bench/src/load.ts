import autocannon from 'autocannon';
import * as hdr from 'hdr-histogram-js';
import { requestHeaders } from './graphql';

/** One measured run: throughput, latency percentiles, and whatever went wrong. */
export interface LoadResult {
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

export interface LoadOptions {
  connections: number;
  /** Seconds measured. */
  duration: number;
  /** Seconds run first and thrown away. */
  warmUp: number;
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
  latencies: ReturnType<typeof histogram>,
  ok: number,
  seconds: number,
  failures: number,
  failure: string | undefined,
): LoadResult {
  const at = (p: number) => (ok ? latencies.getValueAtPercentile(p) / 1000 : Number.NaN);
  return {
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
 * Sends the same GraphQL request over `connections` keep-alive connections for `duration`
 * seconds (autocannon), after a warm-up. Every answer must be byte for byte the `expected` one
 * (taken from a single request before): an error, a non-2xx or a different answer is a failure.
 */
export async function loadHttp(
  target: { url: string; body: string; cookie: string | null; expected: string },
  options: LoadOptions,
): Promise<LoadResult> {
  const expectedAscii = asciiOnly(target.expected);
  const run = async (seconds: number, record: boolean) => {
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
          connections: options.connections,
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
    return summary(latencies, Math.max(0, ok - result.mismatches), elapsed, failures, failure);
  };
  if (options.warmUp > 0) await run(options.warmUp, false);
  return run(options.duration, true);
}

/**
 * Runs `request` from `connections` concurrent loops for `duration` seconds after a warm-up,
 * each loop sending its next request when the last is answered (as autocannon does).
 */
export async function loadLoop(
  request: () => Promise<void>,
  options: LoadOptions,
): Promise<LoadResult> {
  const run = async (seconds: number, record: boolean) => {
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
    await Promise.all(Array.from({ length: options.connections }, loop));
    const elapsed = (performance.now() - started) / 1000;
    return summary(latencies, ok, elapsed, failures, failure);
  };
  if (options.warmUp > 0) await run(options.warmUp, false);
  return run(options.duration, true);
}
