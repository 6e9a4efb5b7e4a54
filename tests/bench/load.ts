import autocannon from 'autocannon';

/** The project's session cookie. */
export const SESSION_COOKIE = 'ascent_session';

/** One request of the rotation: the cookie it sends and the `data` JSON it must get back. */
export interface CheckedRequest {
  token: string;
  expectedDataJson: string;
}

/** What one or more load runs against one server added up to. */
export interface LoadTally {
  requests: number;
  seconds: number;
  /** Latency of every response, in ms. */
  latencies: number[];
  checked: number;
  mismatches: number;
  /** Connection errors, timeouts and non-2xx answers, as autocannon counts them. */
  transportFailures: number;
  examples: string[];
}

export const emptyTally = (): LoadTally => ({
  requests: 0,
  seconds: 0,
  latencies: [],
  checked: 0,
  mismatches: 0,
  transportFailures: 0,
  examples: [],
});

export function addTally(into: LoadTally, from: LoadTally): void {
  into.requests += from.requests;
  into.seconds += from.seconds;
  for (const latency of from.latencies) into.latencies.push(latency);
  into.checked += from.checked;
  into.mismatches += from.mismatches;
  into.transportFailures += from.transportFailures;
  into.examples.push(...from.examples.slice(0, Math.max(0, 3 - into.examples.length)));
}

export const requestsPerSecond = (tally: LoadTally) => (tally.seconds ? tally.requests / tally.seconds : 0);

/** The latency below which `fraction` of the responses came (nearest rank), in ms. */
export function percentile(tally: LoadTally, fraction: number): number {
  if (tally.latencies.length === 0) return 0;
  const sorted = Float64Array.from(tally.latencies).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

/** Checks one response: status 200, no errors, and `data` exactly as expected. Returns a problem or null. */
export function checkResponse(status: number, body: string, expectedDataJson: string): string | null {
  if (status !== 200) return `status ${status}: ${body.slice(0, 300)}`;
  let parsed: { data?: unknown; errors?: unknown };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return `not JSON: ${body.slice(0, 300)}`;
  }
  if (parsed.errors !== undefined) return `errors: ${JSON.stringify(parsed.errors).slice(0, 300)}`;
  const actual = JSON.stringify(parsed.data);
  return actual === expectedDataJson
    ? null
    : `data ${actual?.slice(0, 300)}\n   expected ${expectedDataJson.slice(0, 300)}`;
}

/**
 * Loads a GraphQL endpoint with a fixed number of connections for a fixed time, each
 * connection cycling through the requests, one request in flight at a time; every
 * response body is checked.
 */
export async function runLoad(
  url: string,
  body: string,
  requests: CheckedRequest[],
  settings: { connections: number; seconds: number },
): Promise<LoadTally> {
  const tally = emptyTally();
  const result = await autocannon({
    url,
    connections: settings.connections,
    duration: settings.seconds,
    pipelining: 1,
    timeout: 10,
    setupClient: (client) => {
      client.on('response', (_status: number, _bytes: number, latencyMs: number) => tally.latencies.push(latencyMs));
    },
    requests: requests.map((request) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${request.token}` },
      body,
      onResponse: (status: number, responseBody: string) => {
        tally.checked++;
        const problem = checkResponse(status, responseBody, request.expectedDataJson);
        if (problem) {
          tally.mismatches++;
          if (tally.examples.length < 3) tally.examples.push(problem);
        }
      },
    })),
  });
  tally.requests = result.requests.total;
  tally.seconds = result.duration;
  tally.transportFailures = result.errors + result.timeouts + result.non2xx;
  return tally;
}
