import { isIP } from "node:net";
import { decisionLogSink, type DecisionLogSink } from "../../server/decision-log.js";
import { LogInputSchema, type LogInput } from "../../server/decision-log.js";
import type { ServiceLimits } from "../../server/limits.js";
import { createServer } from "../../server/server.js";
import { OverlayLoadError } from "../../server/service-policies.js";
import { invalidInput, usageError } from "../cli-error.js";
import { warn, type Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { COMMAND_HELP } from "../help.js";
import { INPUT_LIMITS, inputSource, parseJson, readText } from "../io.js";
import { expectArguments, localeOption, type OptionName, type OptionValues } from "../options.js";
import { takeOverSignals } from "../signals.js";

const UNITS: Readonly<Record<string, number>> = { "": 1, b: 1, kib: 1024, mib: 1024 * 1024, gib: 1024 * 1024 * 1024 };

/** A positive integer option (`--max-batch 100`), or a byte size with `KiB`, `MiB` or `GiB` (`--max-body 2MiB`). */
function positive(values: OptionValues, name: OptionName, usage: string, bytes: boolean): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== "string") throw usageError(`--${name} takes a value`, usage);
  const match = (bytes ? /^(\d+)\s*(b|kib|mib|gib)?$/i : /^(\d+)()$/).exec(raw.trim());
  const value = match === null ? NaN : Number(match[1]) * (UNITS[(match[2] ?? "").toLowerCase()] ?? NaN);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw usageError(`--${name} must be a positive integer${bytes ? " of bytes (KiB, MiB or GiB may follow)" : ""}, not ${JSON.stringify(raw)}`, usage);
  }
  return value;
}

/** `infosec-policy serve`. */
export const serveCommand: Command = {
  name: "serve",
  help: COMMAND_HELP.serve,
  options: ["lang", "host", "port", "overlay", "log-file", "log-input", "max-body", "max-audit-body", "max-batch", "max-line", "max-audit-subjects", "max-concurrent", "timeout"],
  async run({ usage, args, values, err }) {
    expectArguments(args, [], usage);
    localeOption(values, usage);
    const host = values.host ?? "127.0.0.1";
    if (isIP(host) === 0 && host !== "localhost") throw usageError(`--host must be an IP address (e.g. 127.0.0.1 or ::1) or localhost, not ${JSON.stringify(host)}`, usage);
    const portText = values.port ?? "8080";
    const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
    if (!(port >= 0 && port <= 65535)) throw usageError(`--port must be a port number 0–65535, not ${JSON.stringify(portText)}`, usage);
    const parsedInput = LogInputSchema.safeParse(values["log-input"] ?? "hash");
    if (!parsedInput.success) throw usageError(`--log-input must be hash, full or none, not ${JSON.stringify(values["log-input"])}`, usage);
    const logInput: LogInput = parsedInput.data;
    const limits: Partial<ServiceLimits> = Object.fromEntries(
      Object.entries({
        maxBodyBytes: positive(values, "max-body", usage, true),
        maxAuditBodyBytes: positive(values, "max-audit-body", usage, true),
        maxBatch: positive(values, "max-batch", usage, false),
        maxLineBytes: positive(values, "max-line", usage, true),
        maxAuditSubjects: positive(values, "max-audit-subjects", usage, false),
        maxConcurrent: positive(values, "max-concurrent", usage, false),
        requestTimeoutMs: positive(values, "timeout", usage, false),
      }).filter(([, value]) => value !== undefined),
    );
    let overlay: unknown;
    if (values.overlay !== undefined) {
      const source = inputSource(values.overlay, false);
      overlay = parseJson(await readText(source, INPUT_LIMITS.overlayBytes, "as an overlay file"), source.name);
    }
    const target = values["log-file"] ?? "-";
    let log: DecisionLogSink;
    try {
      log = decisionLogSink(target);
    } catch (error) {
      throw usageError(`--log-file ${JSON.stringify(target)}: cannot open (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, usage);
    }
    let service: Awaited<ReturnType<typeof createServer>>;
    try {
      service = await createServer({ host, port, overlay, log, logInput, limits });
    } catch (error) {
      await log.close();
      if (error instanceof OverlayLoadError) throw invalidInput(`${values.overlay}: not a valid overlay`, error.problems.map((problem) => `${values.overlay}: ${problem}`));
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") throw usageError(`cannot listen on ${host}:${port} (${code})`, usage);
      throw error;
    }
    const versions = service.handler.policies.map((entry) => entry.policy.version).join(", ");
    warn(err, `serving on ${service.url} (policies ${versions}; decision log ${target === "-" ? "on standard output" : target}, input ${logInput}; stop with SIGTERM)`);
    if (host !== "127.0.0.1" && host !== "::1" && host !== "localhost") warn(err, `listening on ${host}, not only on loopback: put it behind a TLS-terminating proxy, the service speaks plain HTTP`);
    await new Promise<void>((resolve) => {
      takeOverSignals((signal) => {
        warn(err, `${signal}: no new connections; finishing ${service.handler.inFlight()} request(s) in flight, then flushing the decision log`);
        service.close().then(resolve, resolve);
      });
    });
    warn(err, "stopped");
    return EXIT.OK;
  },
};
