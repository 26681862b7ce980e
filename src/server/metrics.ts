import type { Outcome } from "../decision/decision.js";

/** The upper bounds (seconds) of the request latency histogram's buckets. */
export const LATENCY_BUCKETS: readonly number[] = Object.freeze([0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]);

function label(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
}

/**
 * The service's counters, in memory, rendered in the Prometheus text exposition format (0.0.4).
 * Labels are bounded: a route is its template (`/v1/controls/{id}`, or `unmatched`), never the
 * path as sent.
 */
export class Metrics {
  // Requests by route, then by method, then by status: nested so that counting
  // one needs no key string built and hashed per request; rendered in the order of the flat key.
  private readonly requests = new Map<string, Map<string, Map<number, number>>>();
  private readonly decisions = new Map<Outcome, number>();
  private readonly errors = new Map<string, number>();
  private readonly latency = new Map<string, { buckets: number[]; sum: number; count: number }>();
  /** Requests being handled now. */
  inFlight = 0;

  /** Counts a finished request. */
  request(route: string, method: string, status: number, seconds: number): void {
    let byMethod = this.requests.get(route);
    if (byMethod === undefined) {
      byMethod = new Map();
      this.requests.set(route, byMethod);
    }
    let byStatus = byMethod.get(method);
    if (byStatus === undefined) {
      byStatus = new Map();
      byMethod.set(method, byStatus);
    }
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    let histogram = this.latency.get(route);
    if (histogram === undefined) {
      histogram = { buckets: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.latency.set(route, histogram);
    }
    for (let i = 0; i < LATENCY_BUCKETS.length; i++) if (seconds <= (LATENCY_BUCKETS[i] as number)) histogram.buckets[i] = (histogram.buckets[i] as number) + 1;
    histogram.sum += seconds;
    histogram.count++;
  }

  /** Counts a decision made. */
  decision(outcome: Outcome, count = 1): void {
    this.decisions.set(outcome, (this.decisions.get(outcome) ?? 0) + count);
  }

  /** Counts an error answer, by its code. */
  error(code: string): void {
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }

  /** The metrics as Prometheus text. */
  render(): string {
    const lines: string[] = [];
    lines.push("# HELP infosec_policy_http_requests_total HTTP requests answered, by route template, method and status.");
    lines.push("# TYPE infosec_policy_http_requests_total counter");
    const counted: [string, number][] = [];
    for (const [route, byMethod] of this.requests) {
      for (const [method, byStatus] of byMethod) for (const [status, value] of byStatus) counted.push([`${route}\u0000${method}\u0000${status}`, value]);
    }
    for (const [key, value] of counted.sort()) {
      const [route, method, status] = key.split("\u0000") as [string, string, string];
      lines.push(`infosec_policy_http_requests_total{route="${label(route)}",method="${label(method)}",status="${status}"} ${value}`);
    }
    lines.push("# HELP infosec_policy_decisions_total Decisions made by POST /v1/decisions, by outcome.");
    lines.push("# TYPE infosec_policy_decisions_total counter");
    for (const outcome of ["compliant", "non-compliant", "needs-review", "not-applicable"] as const) {
      lines.push(`infosec_policy_decisions_total{outcome="${outcome}"} ${this.decisions.get(outcome) ?? 0}`);
    }
    lines.push("# HELP infosec_policy_errors_total Error answers (4xx and 5xx), by error code.");
    lines.push("# TYPE infosec_policy_errors_total counter");
    for (const [code, value] of [...this.errors].sort()) lines.push(`infosec_policy_errors_total{code="${label(code)}"} ${value}`);
    lines.push("# HELP infosec_policy_http_request_duration_seconds Time from a request's arrival to its answer, by route template.");
    lines.push("# TYPE infosec_policy_http_request_duration_seconds histogram");
    for (const [route, histogram] of [...this.latency].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const r = label(route);
      LATENCY_BUCKETS.forEach((bound, i) => lines.push(`infosec_policy_http_request_duration_seconds_bucket{route="${r}",le="${bound}"} ${histogram.buckets[i]}`));
      lines.push(`infosec_policy_http_request_duration_seconds_bucket{route="${r}",le="+Inf"} ${histogram.count}`);
      lines.push(`infosec_policy_http_request_duration_seconds_sum{route="${r}"} ${histogram.sum}`);
      lines.push(`infosec_policy_http_request_duration_seconds_count{route="${r}"} ${histogram.count}`);
    }
    lines.push("# HELP infosec_policy_in_flight_requests Requests being handled now.");
    lines.push("# TYPE infosec_policy_in_flight_requests gauge");
    lines.push(`infosec_policy_in_flight_requests ${this.inFlight}`);
    return `${lines.join("\n")}\n`;
  }
}
