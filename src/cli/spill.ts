import { closeSync, constants, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReportedFinding, ReportedSubject } from "../report/audit-report.js";
import { readLineBlocks } from "./io.js";
import { onInterrupt } from "./signals.js";

/** How many listed subjects stay in memory before the rest go to a temporary file. */
const IN_MEMORY = 5_000;

/** Buffered characters written to the file at a time. */
const WRITE_CHUNK = 1 << 16;

/**
 * The listed (`non-compliant` and `needs-review`) subjects of a report being built, kept in input
 * order until the report is written. The first few thousand stay in memory; after that they go to
 * a temporary file, one compact line each (findings are shared objects, so a line names them by a
 * number), so that an inventory of millions of assets is audited in flat memory whatever share of
 * it fails. The file is removed when the entries have been read back, when the process exits, or
 * when it is interrupted (SIGINT, SIGTERM, SIGHUP).
 */
export class ListedSubjects {
  private readonly memory: ReportedSubject[] = [];
  private readonly findingIds = new Map<ReportedFinding, number>();
  private readonly findings: ReportedFinding[] = [];
  private file: { readonly dir: string; readonly path: string; fd: number } | undefined;
  private buffer = "";
  private unregister: (() => void) | undefined;

  /** How many subjects have been added. */
  count = 0;

  /** Keeps one listed subject. */
  add(entry: ReportedSubject): void {
    this.count++;
    if (this.file === undefined && this.memory.length < IN_MEMORY) {
      this.memory.push(entry);
      return;
    }
    if (this.file === undefined) {
      // A private directory (mode 0700, in TMPDIR) and a file only its owner can read (0600),
      // removed on exit and on SIGINT/SIGTERM/SIGHUP (src/cli/signals.ts).
      const dir = mkdtempSync(join(tmpdir(), "infosec-policy-"));
      const path = join(dir, "listed.ndjson");
      this.unregister = onInterrupt(() => this.dispose());
      this.file = { dir, path, fd: -1 };
      this.file.fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
      for (const kept of this.memory) this.append(kept);
      this.memory.length = 0;
    }
    this.append(entry);
  }

  private append(entry: ReportedSubject): void {
    const ids: number[] = [];
    for (const finding of entry.findings) {
      let id = this.findingIds.get(finding);
      if (id === undefined) {
        id = this.findings.length;
        this.findings.push(finding);
        this.findingIds.set(finding, id);
      }
      ids.push(id);
    }
    this.buffer += `${JSON.stringify([entry.index, entry.id ?? 0, entry.name ?? 0, entry.kind, entry.outcome === "non-compliant" ? 1 : 2, ids])}\n`;
    if (this.buffer.length >= WRITE_CHUNK) this.flush();
  }

  private flush(): void {
    if (this.file !== undefined && this.buffer !== "") writeSync(this.file.fd, this.buffer);
    this.buffer = "";
  }

  /**
   * Every subject added, in the order added, some at a time (none empty): for a writer of hundreds
   * of thousands of entries, one await per block read back instead of one per entry.
   */
  async *blocks(): AsyncGenerator<readonly ReportedSubject[]> {
    if (this.file === undefined) {
      if (this.memory.length > 0) yield this.memory;
      return;
    }
    this.flush();
    closeSync(this.file.fd);
    this.file.fd = -1;
    try {
      // A chunk's lines at a time (readLines would resume a generator per line), each entry built
      // with its keys in the order the reporter gives them.
      for await (const block of readLineBlocks({ path: this.file.path, name: this.file.path, ndjson: true }, Number.MAX_SAFE_INTEGER)) {
        const entries: ReportedSubject[] = [];
        for (const { text } of block) {
          const [index, id, name, kind, outcome, ids] = JSON.parse(text ?? "") as [number, string | 0, string | 0, ReportedSubject["kind"], 1 | 2, number[]];
          const findings: ReportedFinding[] = [];
          for (let i = 0; i < ids.length; i++) findings.push(this.findings[ids[i] as number] as ReportedFinding);
          const outcomeName = outcome === 1 ? "non-compliant" : "needs-review";
          entries.push(id === 0 ? (name === 0 ? { index, kind, outcome: outcomeName, findings } : { index, name, kind, outcome: outcomeName, findings }) : name === 0 ? { index, id, kind, outcome: outcomeName, findings } : { index, id, name, kind, outcome: outcomeName, findings });
        }
        if (entries.length > 0) yield entries;
      }
    } finally {
      this.dispose();
    }
  }

  /** Removes the temporary file, if there is one. */
  dispose(): void {
    if (this.file === undefined) return;
    const { dir, fd } = this.file;
    this.file = undefined;
    this.unregister?.();
    this.unregister = undefined;
    if (fd >= 0) closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}
