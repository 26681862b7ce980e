// The decision service as `npm run bench:server` measures it: the built package (dist/server.js),
// with its decision log on (input hash, the default) written to the file given as argument.
// Prints its URL; answers "rss" on standard input with its resident set size, "cpu" with the CPU
// time it has used (process.cpuUsage(), µs). INFOSEC_POLICY_SERVER_MODULE, if set, names another
// build of the server entry to load instead (a file path), to compare two builds with the same bench.
import { pathToFileURL } from "node:url";

const module = process.env.INFOSEC_POLICY_SERVER_MODULE;
const { createServer, decisionLogSink } = await import(module === undefined || module === "" ? "../../dist/server.js" : pathToFileURL(module).href);

const service = await createServer({ host: "127.0.0.1", port: 0, log: decisionLogSink(process.argv[2] ?? "/dev/null"), limits: { maxConcurrent: 1024 } });
process.stdout.write(`${JSON.stringify({ url: service.url })}\n`);
process.stdin.setEncoding("utf8").on("data", (text) => {
  for (const line of text.split("\n")) {
    if (line === "rss") process.stdout.write(`${JSON.stringify({ rss: process.memoryUsage.rss() })}\n`);
    if (line === "cpu") process.stdout.write(`${JSON.stringify({ cpu: process.cpuUsage() })}\n`);
  }
});
process.on("SIGTERM", () => service.close().then(() => process.exit(0)));
