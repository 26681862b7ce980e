// The baseline of `npm run bench:server`: a bare node:http server that reads the request body,
// parses it as JSON (as the decision service does) and answers a constant JSON. Prints its URL;
// answers "rss" and "cpu" on standard input as service.mjs does.
import { createServer } from "node:http";

const answer = JSON.stringify({ outcome: "compliant" });
const server = createServer((req, res) => {
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", () => {
    try {
      JSON.parse(Buffer.concat(chunks).toString("utf8"));
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(answer) });
      res.end(answer);
    } catch {
      res.writeHead(400).end();
    }
  });
});
server.listen(0, "127.0.0.1", () => process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })}\n`));
process.stdin.setEncoding("utf8").on("data", (text) => {
  for (const line of text.split("\n")) {
    if (line === "rss") process.stdout.write(`${JSON.stringify({ rss: process.memoryUsage.rss() })}\n`);
    if (line === "cpu") process.stdout.write(`${JSON.stringify({ cpu: process.cpuUsage() })}\n`);
  }
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
