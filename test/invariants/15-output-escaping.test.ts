import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  audit,
  buildAuditReport,
  defineControl,
  escapeHtml,
  escapeMarkdown,
  escapeOscalMarkup,
  escapeTerminal,
  extendPolicy,
  fail,
  pass,
  policy,
  renderAuditHtml,
  renderAuditMarkdown,
  renderAuditText,
  renderChecklist,
  safeExtendPolicy,
  toOscalAssessmentResults,
  toOscalCatalog,
  type Policy,
  type Subject,
} from "../../src/index.js";
import { markdownCode } from "../../src/report/escape-text.js";
import { runCli } from "../cli/support.js";

// Invariant 15: every text the package prints or exports escapes what it did not write: no
// terminal control sequence, line break or markup from the input (subject ids and names,
// exception references, overlay texts, ids of controls made in code) reaches a report, a terminal
// or an OSCAL document raw.

/** What must never appear raw: C0 (but the renderer's own LF), DEL, C1, bidi, zero-width, separators, lone surrogates. */
const FORBIDDEN = /[\u{0}-\u{9}\u{b}-\u{1f}\u{7f}-\u{9f}\u{200b}-\u{200f}\u{2028}-\u{202e}\u{2060}-\u{2064}\u{2066}-\u{2069}\u{feff}\u{d800}-\u{dfff}]/u;

/** Pieces a hostile input is built from. */
const HOSTILE_PIECES = [
  "\u001b[2J", "\u001b]0;pwned\u0007", "\u009b31m", "\r", "\n", "\r\n", "\t", "\u0000", "\u007f", "\u0085",
  "\u202e", "\u202a", "\u2066", "\u2069", "\u200b", "\u200d", "\u2028", "\u2029", "\ufeff", "\ud800",
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</td></tr>", "&amp;", "\"", "'",
  "|", "||", "*", "**x**", "_", "`", "```", "[link](http://evil)", "]", "#", "# ", "\n# heading", "> quote", "<!--", "\\",
  "宮城", "端末", "a",
];

const hostileString: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: fc.array(fc.constantFrom(...HOSTILE_PIECES), { minLength: 1, maxLength: 6 }).map((parts) => parts.join("")) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }) },
  )
  .map((text) => `x${text}`); // never blank (schemas want non-empty text)

/** The hostile strings as they may appear in one run: ids, names, references, overlay texts. */
interface Hostile {
  readonly id: string;
  readonly name: string;
  readonly reference: string;
  readonly title: string;
  readonly requirement: string;
  readonly message: string;
  readonly controlId: string;
  readonly outside: string;
}

const hostile: fc.Arbitrary<Hostile> = fc.record({
  id: hostileString,
  name: hostileString,
  reference: hostileString,
  title: hostileString,
  requirement: hostileString,
  message: hostileString,
  controlId: hostileString,
  outside: hostileString,
});

function hostilePolicy(h: Hostile): Policy {
  const verdicts = { no: fail({ ja: h.message, en: h.message }), ok: pass({ ja: "可", en: "ok" }) };
  const coded = defineControl({
    id: "org-coded",
    title: { ja: h.title, en: h.title },
    clause: "7(6)",
    provenance: "organization",
    category: "technical",
    threats: ["T2"],
    requirement: { ja: h.requirement, en: h.requirement },
    remediation: { ja: h.requirement, en: h.requirement },
    admitsException: false,
    parameters: {},
    facts: { asset: [] },
    verdicts,
    checks: { asset: () => "no" },
  });
  return extendPolicy(policy, {
    id: "hostile",
    version: "1.0.0",
    name: { ja: h.title, en: h.title },
    description: { ja: h.requirement, en: h.requirement },
    controls: [
      {
        id: "org-hostile-rule",
        title: { ja: h.title, en: h.title },
        clause: "7(2)",
        category: "classification",
        threats: ["T2"],
        requirement: { ja: h.requirement, en: h.requirement },
        remediation: { ja: h.requirement, en: h.requirement },
        appliesTo: "organization",
        require: { check: "prohibited" },
        messages: { fail: { ja: h.message, en: h.message } },
      },
      coded,
    ],
  } as never);
}

function hostileSubjects(h: Hostile): Subject[] {
  return [
    { kind: "asset", id: h.id.slice(0, 500), name: h.name.slice(0, 500), organization: "secretariat", category: "terminal", zone: "mynumber" },
    { kind: "transfer", id: h.id.slice(0, 500), from: "mynumber", to: "lgwan", channel: "removable-media", encrypted: true, classification: { confidentiality: 3, integrity: 2, availability: 1 }, exception: { reference: `R${h.reference.slice(0, 198)}R`, approverRole: "ciso", approvedBy: h.name.slice(0, 200), controls: ["mynumber-isolation"], validUntil: "2027-03-31", link: { from: "mynumber", to: "lgwan" } } } as never,
    { kind: "sign-in", id: h.id.slice(0, 500), zone: "mynumber", factors: ["knowledge"] },
  ];
}

function expectNoRaw(output: string, label: string): void {
  const match = FORBIDDEN.exec(output);
  expect(match === null ? null : { label, at: match.index, char: escapeTerminal(match[0]), around: escapeTerminal(output.slice(Math.max(0, match.index - 40), match.index + 40)) }).toBeNull();
}

/** Every Markdown table keeps its column count: each row of a table has as many unescaped `|` as its header. */
function expectTablesKeepColumns(markdown: string): void {
  const pipes = (line: string): number => line.replace(/\\./g, "").split("|").length;
  let header: number | undefined;
  for (const line of markdown.split("\n")) {
    if (!line.startsWith("|")) {
      header = undefined;
      continue;
    }
    if (header === undefined) header = pipes(line);
    else expect({ line: escapeTerminal(line), pipes: pipes(line) }).toEqual({ line: escapeTerminal(line), pipes: header });
  }
}

/** Markdown holds no raw `<` but the `<br>` the escaper writes for a line break. */
function expectNoRawMarkup(markdown: string): void {
  expect(markdown.replace(/<br>/g, "")).not.toMatch(/</);
}

const TAGS = /<\/?([a-zA-Z][a-zA-Z0-9]*)/g;
const tagNames = (html: string): Set<string> => new Set([...html.matchAll(TAGS)].map((m) => (m[1] as string).toLowerCase()));

const benign: Hostile = { id: "A-1", name: "端末", reference: "EX-1", title: "基準", requirement: "要件", message: "不可", controlId: "org-coded", outside: "登米市" };
const baselineTags = tagNames(renderAuditHtml(buildAuditReport(hostileSubjects(benign), { policy: hostilePolicy(benign), asOf: "2026-11-25" })));

const benignChecklist = {
  ja: renderChecklist({ organization: "secretariat", policy: hostilePolicy(benign), locale: "ja", asOf: "2026-11-25" }),
  en: renderChecklist({ organization: "secretariat", policy: hostilePolicy(benign), locale: "en", asOf: "2026-11-25" }),
};

/** Every markup field of an OSCAL document: markup-line and markup-multiline. */
const MARKUP_FIELDS = new Set(["title", "description", "prose", "remarks", "label", "usage", "text"]);

function walkStrings(value: unknown, visit: (key: string, text: string) => void, key = ""): void {
  if (typeof value === "string") visit(key, value);
  else if (Array.isArray(value)) for (const entry of value) walkStrings(entry, visit, key);
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) walkStrings(v, visit, k);
}

describe("invariant 15: output escapes what the package did not write (fast-check)", () => {
  it("the audit reports (text, Markdown, HTML) and the checklist", () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom("ja" as const, "en" as const), (h, locale) => {
        const extended = hostilePolicy(h);
        const report = buildAuditReport(hostileSubjects(h), { policy: extended, asOf: "2026-11-25", locale });
        const text = renderAuditText(report);
        expectNoRaw(text, "text");
        const markdown = renderAuditMarkdown(report);
        expectNoRaw(markdown, "markdown");
        expectNoRawMarkup(markdown);
        expectTablesKeepColumns(markdown);
        const html = renderAuditHtml(report);
        expectNoRaw(html, "html");
        for (const tag of tagNames(html)) expect(baselineTags.has(tag) ? tag : `injected <${tag}>`).toBe(tag);
        const checklist = renderChecklist({ organization: "secretariat", policy: extended, locale, asOf: "2026-11-25" });
        expectNoRaw(checklist, "checklist");
        // No `<` beyond those of the checklist's own text (e.g. "check <answers file>").
        const angles = (markdown: string): number => markdown.replace(/<br>/g, "").split("<").length;
        expect(angles(checklist)).toBe(angles(benignChecklist[locale]));
      }),
      { numRuns: 60 },
    );
  });

  it("OSCAL catalog and assessment results: markup fields escaped, no raw control character anywhere", () => {
    fc.assert(
      fc.property(hostile, (h) => {
        const extended = hostilePolicy(h);
        const subjects = hostileSubjects(h);
        const documents = [
          toOscalCatalog({ policy: extended, timestamp: "2026-11-25T09:00:00+09:00" }),
          toOscalAssessmentResults(audit(subjects, { policy: extended, asOf: "2026-11-25" }), { subjects, policy: extended, timestamp: "2026-11-25T09:00:00+09:00" }),
        ];
        for (const document of documents) {
          walkStrings(document, (key, text) => {
            // The renderer's own line breaks (between list items) are the only LF, and only in multiline fields.
            expectNoRaw(text, key);
            if (!["description", "prose", "remarks"].includes(key)) expect(text.includes("\n") ? `${key}: raw line break` : key).toBe(key);
            if (MARKUP_FIELDS.has(key)) expect(/<(?!br>)/.test(text) ? `${key}: raw <` : key).toBe(key);
          });
        }
      }),
      { numRuns: 40 },
    );
  });

  it("the escapers themselves, for any string: nothing forbidden survives, no raw markup, cells keep their columns", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), hostileString), (text) => {
        for (const escape of [escapeTerminal, escapeMarkdown, escapeHtml, escapeOscalMarkup]) {
          const escaped = escape(text);
          expectNoRaw(escaped, escape.name);
          expect(/\n/.test(escaped)).toBe(false); // an input line break never reaches the output raw
        }
        expect(escapeHtml(text)).not.toMatch(/[<>"']/);
        expect(escapeMarkdown(text).replace(/<br>/g, "")).not.toMatch(/[<>]/);
        expect(escapeOscalMarkup(text)).not.toMatch(/[<>]/);
        // A row of escaped cells keeps its columns.
        expect(`| ${escapeMarkdown(text)} | ${escapeMarkdown(text)} |`.replace(/\\./g, "").split("|").length).toBe(4);
      }),
      { numRuns: 2000 },
    );
  });

  it("exhaustively over the forbidden characters of the BMP: each one is shown, never printed", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (!FORBIDDEN.test(char)) continue;
      for (const escape of [escapeTerminal, escapeMarkdown, escapeHtml, escapeOscalMarkup]) expect(FORBIDDEN.test(escape(`a${char}b`))).toBe(false);
    }
  });
});

describe("invariant 15: ids of controls made in code", () => {
  it("an overlay control made in code with a hostile id is refused; an id that slipped through would still print as text", () => {
    fc.assert(
      fc.property(hostileString, (id) => {
        const verdicts = { no: fail({ ja: "不可", en: "no" }) };
        const coded = defineControl({ id, title: { ja: "t", en: "t" }, clause: "7(6)", provenance: "organization", category: "technical", threats: ["T2"], requirement: { ja: "r", en: "r" }, remediation: { ja: "r", en: "r" }, admitsException: false, parameters: {}, facts: { asset: [] }, verdicts, checks: { asset: () => "no" } });
        const result = safeExtendPolicy(policy, { id: "o", version: "1.0.0", name: { ja: "o", en: "o" }, controls: [coded] });
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) expect(result.success ? "accepted" : result.error.issues[0]?.at).toBe("controls[0].id");
        expect(markdownCode(id).replace(/<br>/g, "")).not.toMatch(/[<>]/);
        expectNoRaw(markdownCode(id), "markdownCode");
        expect(`| ${markdownCode(id)} |`.replace(/\\./g, "").split("|").length).toBe(3);
      }),
      { numRuns: 300 },
    );
  });
});

describe("invariant 15 on the command line", () => {
  const inventory = JSON.stringify(hostileSubjects({ ...benign, id: "ID\u001b[2J\u202e<b>|*", name: "名\u0007\r\n# x", reference: "EX\u001b]0;t\u0007", outside: "外\u2028" }));
  const overlay = {
    id: "hostile-cli",
    version: "1.0.0",
    name: { ja: "基準\u001b[31m", en: "Std\u202e" },
    controls: [
      {
        id: "org-hostile-rule",
        title: { ja: "題\u001b[2J|*<i>", en: "Title\u009b\u202e" },
        clause: "7(2)",
        category: "classification",
        threats: ["T2"],
        requirement: { ja: "要件\r\n\u001b[1m", en: "Req\u2066" },
        remediation: { ja: "是正\u0000", en: "Fix\u200b" },
        appliesTo: "asset",
        require: { check: "prohibited" },
      },
    ],
  };

  it("check, audit (every format), controls, explain, checklist and export print nothing raw", () => {
    const dir = mkdtempSync(join(tmpdir(), "infosec-policy-inv15-"));
    try {
      const inventoryPath = join(dir, "inventory.json");
      const overlayPath = join(dir, "overlay.json");
      writeFileSync(inventoryPath, inventory);
      writeFileSync(overlayPath, JSON.stringify(overlay));
      const runs = [
        ["check", inventoryPath, "--overlay", overlayPath],
        ["check", inventoryPath, "--overlay", overlayPath, "--format", "json"],
        ...["text", "markdown", "html", "json"].map((format) => ["audit", inventoryPath, "--overlay", overlayPath, "--format", format]),
        ["controls", "--overlay", overlayPath],
        ["controls", "--overlay", overlayPath, "--format", "markdown"],
        ["explain", "org-hostile-rule", "--overlay", overlayPath],
        ["checklist", "--organization", "secretariat", "--overlay", overlayPath],
        ["export", "oscal-results", inventoryPath, "--overlay", overlayPath, "--timestamp", "2026-11-25T09:00:00+09:00"],
        ["export", "oscal-catalog", "--overlay", overlayPath, "--timestamp", "2026-11-25T09:00:00+09:00"],
        // Invalid input quoted in error messages.
        ["check", "-"],
      ];
      for (const args of runs) {
        const input = args[1] === "-" ? '{"kind":"sign-in","zone":"\u001b[2J\u202e","\u001b]0;x\u0007":1}' : "";
        const result = runCli(args, { input });
        expect(result.code, args.join(" ")).not.toBe(70);
        expectNoRaw(result.stdout, `${args.join(" ")} (stdout)`);
        expectNoRaw(result.stderr, `${args.join(" ")} (stderr)`);
        if (args.includes("json") || args[0] === "export") expect(() => JSON.parse(result.stdout) as unknown, `${args.join(" ")}: ${escapeTerminal(result.stderr.slice(0, 300))}`).not.toThrow();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
