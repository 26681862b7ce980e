// What the scripts of bench/server share: their options, the example subjects they load the
// servers with, the requests made of them, starting a server script of this folder and loading it
// with autocannon.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

/** This folder. */
export const here = fileURLToPath(new URL(".", import.meta.url));
/** The package's root. */
export const root = join(here, "..", "..");
/** The script's arguments. */
export const argv = process.argv.slice(2);

/** The text after `--<name>`, or `fallback` if it is not given. */
export function textOption(name, fallback) {
  const at = argv.indexOf(`--${name}`);
  return at === -1 ? fallback : argv[at + 1];
}

/** The number after `--<name>`, or `fallback` if it is not given. */
export function option(name, fallback) {
  const at = argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(argv[at + 1]);
}

const subjectsDir = join(root, "examples", "subjects");
/** The example subjects of examples/subjects/, in the order of their file names. */
export const subjects = readdirSync(subjectsDir)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(subjectsDir, name), "utf8")));

const headers = { "content-type": "application/json" };

/** One POST to `path` per example subject, each with that subject as its body. */
export function subjectRequests(path) {
  return subjects.map((subject) => ({ method: "POST", path, headers, body: JSON.stringify(subject) }));
}

/** One POST to `path` whose body is a batch of `size` example subjects, taken in turn. */
export function batchRequests(path, size) {
  return [{ method: "POST", path, headers, body: JSON.stringify(Array.from({ length: size }, (_, index) => subjects[index % subjects.length])) }];
}

/**
 * Starts a server script of this folder (bare.mjs, service.mjs, …) in its own process, which
 * prints a line of JSON (`{ url }`) when it listens and answers "rss" and "cpu" on its standard
 * input with a line each.
 *
 * @param script - The script's file name in this folder.
 * @param args - Its arguments.
 * @param options - `env`, its environment; `execArgv`, node's options before the script.
 */
export function start(script, args = [], { env = process.env, execArgv = [] } = {}) {
  const child = spawn(process.execPath, [...execArgv, join(here, script), ...args], { stdio: ["pipe", "pipe", "inherit"], env });
  const waiting = [];
  createInterface({ input: child.stdout }).on("line", (line) => waiting.shift()?.(JSON.parse(line)));
  const next = () => new Promise((resolve) => waiting.push(resolve));
  return {
    child,
    ready: next(),
    async rss() {
      const answer = next();
      child.stdin.write("rss\n");
      return (await answer).rss;
    },
    async cpu() {
      const answer = next();
      child.stdin.write("cpu\n");
      return (await answer).cpu;
    },
    stop: () => new Promise((resolve) => (child.once("exit", resolve), child.kill("SIGTERM"))),
  };
}

let autocannon;

/**
 * Loads `url` with autocannon for `seconds`, the `requests` in turn over `connections` connections.
 * autocannon is imported on the first load (after that, a load starts at once), so that a server
 * process that imports this module (ladder.mjs --serve) does not load the client.
 */
export function load(url, requests, seconds, connections = 16) {
  if (autocannon === undefined) {
    return import("autocannon").then((module) => {
      autocannon = module.default;
      return load(url, requests, seconds, connections);
    });
  }
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, requests }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}
