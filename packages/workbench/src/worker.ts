// The engine, in a Web Worker: reads registers, audits them in chunks (reporting progress and
// honouring cancel between chunks), and renders every export with the library's own renderers.
import {
  buildAuditReport,
  checklistSections,
  CHECKLIST_QUESTIONS,
  createAuditor,
  createAuditReporter,
  diffPolicies,
  evaluate,
  findClause,
  getPolicy,
  gloss,
  jsonSchemaFor,
  parseChecklistAnswers,
  policies,
  policy as currentPolicy,
  renderAuditHtml,
  renderAuditMarkdown,
  renderAuditJson,
  renderPolicyDiffMarkdown,
  safeEvaluate,
  safeExtendPolicy,
  scope,
  STAFF_CATEGORIES,
  SUBJECT_KINDS,
  toOscalAssessmentResults,
  toOscalCatalog,
  type AuditReportHead,
  type Locale,
  type Policy,
  type ReportedSubject,
  type Subject,
} from "@miyagi-kouiki/infosec-policy";
import { coder, OUTCOME_CODES, type AuditReply, type FileReply, type InitReply, type Issue, type PolicyReply, type Reply, type Request, type SubjectDetail } from "./protocol.js";
import { decodeUtf8, detectFormat, loadSpreadsheet, previewRegisterFile, readRegisterFile } from "./register-io.js";
import { subjectLabel, subjectOrganization, subjectZone } from "./subject-facts.js";

interface State {
  base: Policy;
  policy: Policy;
  overlayName?: string;
  fileName?: string;
  subjects: readonly Subject[];
  rows?: readonly number[];
  asOf?: string;
  audited?: { head: AuditReportHead; listed: ReportedSubject[]; asOf?: string; locale: Locale };
  cancelled: boolean;
}

const state: State = { base: currentPolicy, policy: currentPolicy, subjects: [], cancelled: false };
const scopeOut = self as unknown as { postMessage(message: Reply, transfer?: Transferable[]): void };

const CHUNK = 2000;

function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

class Cancelled extends Error {}

function issuesOf(error: unknown): Issue[] | undefined {
  const issues = (error as { issues?: unknown }).issues;
  return Array.isArray(issues) ? issues.map((issue: { at?: string; message?: string }) => ({ at: String(issue.at ?? ""), message: String(issue.message ?? "") })) : undefined;
}

async function init(): Promise<InitReply> {
  const layout = checklistSections(state.policy);
  const schemas: Record<string, unknown> = {};
  for (const kind of SUBJECT_KINDS) schemas[kind] = jsonSchemaFor(`${kind}-subject` as Parameters<typeof jsonSchemaFor>[0]);
  return {
    policies: policies.map((p) => ({ version: p.version, title: p.title.ja, effectiveDate: p.effectiveDate })),
    current: currentPolicy.version,
    kinds: [...SUBJECT_KINDS],
    schemas,
    organizations: scope.organizations.map((o) => ({ id: o.id, name: { ja: o.name.ja, en: o.name.en } })),
    checklist: {
      questions: CHECKLIST_QUESTIONS.map((q) => ({ id: q.id, answer: q.answer, text: { ja: q.text.ja, en: q.text.en } })),
      sections: layout.sections.map((s) => ({ control: s.control.id, title: { ja: s.control.title.ja, en: s.control.title.en }, clause: s.control.clause, questions: s.questions.map((q) => q.id) })),
      staffCategories: STAFF_CATEGORIES.map((id) => {
        const label = gloss(`person.${id}` as Parameters<typeof gloss>[0]);
        return { id, label: { ja: label.ja, en: label.en } };
      }),
    },
    provenance: Object.fromEntries((["basic-policy", "guideline", "organization"] as const).map((p) => {
      const text = gloss(`provenance.${p}`);
      return [p, { ja: text.ja, en: text.en }];
    })),
    spreadsheet: (await loadSpreadsheet()) !== undefined,
  };
}

function setPolicy(version: string, overlay: string | undefined, overlayName: string | undefined): PolicyReply {
  const base = getPolicy(version);
  if (overlay === undefined) {
    state.base = base;
    state.policy = base;
    delete state.overlayName;
    delete state.audited;
    return { ok: true, policy: `${base.id} ${base.version}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(overlay);
  } catch (error) {
    return { ok: false, errors: [{ at: overlayName ?? "overlay", message: `not JSON (${(error as Error).message})` }] };
  }
  const extended = safeExtendPolicy(base, value);
  if (!extended.success) return { ok: false, errors: extended.error.issues.map((issue) => ({ at: issue.at, message: issue.message })) };
  state.base = base;
  state.policy = extended.data;
  if (overlayName !== undefined) state.overlayName = overlayName;
  delete state.audited;
  const diff = diffPolicies(base, extended.data);
  const changes = diff.clauses.added.length + diff.clauses.removed.length + diff.clauses.reworded.length + diff.controls.added.length + diff.controls.removed.length + diff.controls.changed.length + diff.glossary.length;
  return { ok: true, policy: `${base.id} ${base.version}`, overlay: overlayName ?? "overlay", diff: { ja: renderPolicyDiffMarkdown(diff, "ja"), en: renderPolicyDiffMarkdown(diff, "en") }, changes };
}

async function runAudit(id: number, asOf: string | undefined, locale: Locale): Promise<AuditReply> {
  const started = performance.now();
  const subjects = state.subjects;
  const options = asOf === undefined ? { policy: state.policy, locale } : { policy: state.policy, locale, asOf };
  const reporter = createAuditReporter(options);
  const auditor = createAuditor(options);
  const total = subjects.length;
  const label: string[] = new Array(total);
  const kinds = coder();
  const organizations = coder();
  const zones = coder();
  const kind = new Uint8Array(total);
  const organization = new Uint32Array(total);
  const zone = new Uint8Array(total);
  const outcome = new Uint8Array(total);
  const fail = new Uint16Array(total);
  const manual = new Uint16Array(total);
  const listed: ReportedSubject[] = [];
  state.cancelled = false;
  for (let start = 0; start < total; start += CHUNK) {
    const end = Math.min(total, start + CHUNK);
    for (let index = start; index < end; index++) {
      const subject = subjects[index] as Subject;
      const decision = auditor.add(subject);
      const entry = reporter.add(subject);
      if (entry !== undefined) listed.push(entry);
      label[index] = subjectLabel(subject, index);
      kind[index] = kinds.code(subject.kind);
      organization[index] = organizations.code(subjectOrganization(subject));
      zone[index] = zones.code(subjectZone(subject) ?? "");
      outcome[index] = OUTCOME_CODES.indexOf(decision.outcome);
      let f = 0;
      let m = 0;
      for (const finding of decision.findings) {
        if (finding.status === "fail") f++;
        else if (finding.status === "manual") m++;
      }
      fail[index] = f;
      manual[index] = m;
    }
    scopeOut.postMessage({ id, progress: { done: end, total } });
    await yieldToMessages();
    if (state.cancelled) throw new Cancelled("cancelled");
  }
  const head: AuditReportHead = { ...reporter.head(), inputs: [{ name: state.fileName ?? "register", subjects: total }] };
  state.audited = { head, listed, locale, ...(asOf === undefined ? {} : { asOf }) };
  return { head, policy: auditor.policy, rows: { label, kinds: kinds.values, kind, organizations: organizations.values, organization, zones: zones.values, zone, outcome, fail, manual }, millis: Math.round(performance.now() - started) };
}

function subjectDetail(index: number, locale: Locale): SubjectDetail {
  const subject = state.subjects[index];
  if (subject === undefined) throw new Error(`no subject #${index + 1}`);
  const asOf = state.audited?.asOf;
  const decision = evaluate(subject, asOf === undefined ? { policy: state.policy, locale } : { policy: state.policy, locale, asOf });
  const clauses: Record<string, { ja: string; en: string }> = {};
  for (const finding of decision.findings) {
    const clause = findClause(finding.clause);
    if (clause === undefined) continue;
    const text = (l: Locale): string => [clause.heading?.[l], ...clause.paragraphs.map((p) => p[l])].filter((part) => part !== undefined && part !== "").join("\n");
    clauses[finding.clause] = { ja: text("ja"), en: text("en") };
  }
  return { index, subject, decision, clauses };
}

function stamp(generatedAt: string | undefined): { at: string; source: "given" | "clock" } {
  return generatedAt === undefined || generatedAt === "" ? { at: new Date().toISOString().replace(/\.\d+Z$/, "Z"), source: "clock" } : { at: generatedAt, source: "given" };
}

async function exportReport(format: string, generatedAt: string | undefined, timestamp: string | undefined, locale: Locale): Promise<FileReply> {
  if (state.audited === undefined) throw new Error("audit a register first");
  const { asOf } = state.audited;
  const base = (state.fileName ?? "register").replace(/\.[^.]*$/, "");
  const options = { policy: state.policy, locale, generated: stamp(generatedAt), inputs: [{ name: state.fileName ?? "register", subjects: state.subjects.length }], ...(asOf === undefined ? {} : { asOf }) };
  if (format === "html") return { name: `${base}.audit.html`, mime: "text/html", text: renderAuditHtml(buildAuditReport(state.subjects, options)) };
  if (format === "markdown") return { name: `${base}.audit.md`, mime: "text/markdown", text: renderAuditMarkdown(buildAuditReport(state.subjects, options)) };
  if (format === "json") return { name: `${base}.audit.json`, mime: "application/json", text: renderAuditJson(buildAuditReport(state.subjects, options)) };
  if (format === "oscal") {
    const at = timestamp !== undefined && timestamp !== "" ? timestamp : asOf === undefined ? new Date().toISOString() : `${asOf}T00:00:00Z`;
    const evaluateOptions = asOf === undefined ? { policy: state.policy, locale } : { policy: state.policy, locale, asOf };
    const result = createAuditResult(evaluateOptions);
    const catalogUuid = toOscalCatalog({ policy: state.policy, timestamp: at }).catalog.uuid;
    const oscal = toOscalAssessmentResults(result, { subjects: state.subjects, policy: state.policy, timestamp: at, locale, catalogUuid });
    return { name: `${base}.oscal-results.json`, mime: "application/json", text: `${JSON.stringify(oscal, null, 2)}\n` };
  }
  if (format === "xlsx") {
    const api = await loadSpreadsheet();
    if (api === undefined) throw Object.assign(new Error("spreadsheet support not installed: the .xlsx export needs @miyagi-kouiki/infosec-policy-spreadsheet"), { code: "spreadsheet-unavailable" });
    const bytes = await api.writeAuditWorkbook(buildAuditReport(state.subjects, options), state.rows === undefined ? {} : { rows: state.rows });
    return { name: `${base}.audit.xlsx`, mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes };
  }
  throw new Error(`unknown export format ${JSON.stringify(format)}`);
}

/**
 * The HTML report for the print frame: the same document, with the bar widths moved from inline
 * style attributes (which the page's Content-Security-Policy refuses) to data-w, which the page
 * applies through the CSSOM. The report's one <style> block is allowed by its hash.
 */
function forPrint(file: FileReply): FileReply {
  return { ...file, text: (file.text ?? "").replace(/ style="width:([0-9.]+)%"/g, ' data-w="$1"') };
}

function createAuditResult(options: Parameters<typeof createAuditor>[0]) {
  const auditor = createAuditor(options);
  const decisions = state.subjects.map((subject) => auditor.add(subject));
  const asOf = (options as { asOf?: string } | undefined)?.asOf;
  return { policy: auditor.policy, ...(asOf === undefined ? {} : { asOf }), decisions, summary: auditor.summary() };
}

function check(subject: unknown, asOf: string | undefined, locale: Locale): unknown {
  const result = safeEvaluate(subject, asOf === undefined || asOf === "" ? { policy: state.policy, locale } : { policy: state.policy, locale, asOf });
  if (result.success) return { ok: true, decision: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => ({ at: issue.at, message: issue.message })) };
}

async function checklist(answers: unknown, locale: Locale, format: "xlsx" | undefined): Promise<unknown> {
  if (format === "xlsx") {
    const api = await loadSpreadsheet();
    if (api === undefined) throw Object.assign(new Error("spreadsheet support not installed: the .xlsx answers file needs @miyagi-kouiki/infosec-policy-spreadsheet"), { code: "spreadsheet-unavailable" });
    // The package writes the self-inspection sheet to fill in (organisation and date filled in); a
    // filled sheet is read back with readChecklistAnswers (the "answers" request).
    const { organization, asOf } = answers as { organization?: string; asOf?: string };
    const options = { policy: state.policy, ...(organization === undefined ? {} : { organization }), ...(asOf === undefined ? {} : { asOf }) };
    return { name: `self-inspection-${organization ?? "blank"}.xlsx`, mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes: await api.writeChecklistWorkbook(options) } satisfies FileReply;
  }
  const parsed = parseChecklistAnswers(answers, { locale });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => ({ at: issue.at, message: issue.message })) };
  const asOf = (answers as { asOf?: string }).asOf;
  const decision = evaluate(parsed.data, asOf === undefined ? { policy: state.policy, locale } : { policy: state.policy, locale, asOf });
  return { ok: true, decision };
}

/** An answers file, JSON or a filled self-inspection workbook, checked as `check` reads it. */
async function readAnswers(bytes: Uint8Array, fileName: string, locale: Locale): Promise<unknown> {
  let answers: unknown;
  if (detectFormat(fileName, bytes) === "xlsx") {
    const api = await loadSpreadsheet();
    if (api === undefined) throw Object.assign(new Error("spreadsheet support not installed: reading a .xlsx answers file needs @miyagi-kouiki/infosec-policy-spreadsheet"), { code: "spreadsheet-unavailable" });
    answers = await api.readChecklistAnswers(bytes, { fileName });
  } else {
    try {
      answers = JSON.parse(decodeUtf8(bytes, fileName));
    } catch (error) {
      throw new Error(`${fileName}: not JSON (${(error as Error).message})`);
    }
  }
  const parsed = parseChecklistAnswers(answers, { locale });
  if (!parsed.success) throw Object.assign(new Error(`${fileName}: not a valid answers file`), { issues: parsed.error.issues });
  return answers;
}

async function handle(request: Request, id: number): Promise<unknown> {
  switch (request.kind) {
    case "init":
      return init();
    case "policy":
      return setPolicy(request.version, request.overlay, request.overlayName);
    case "preview":
      return previewRegisterFile(request.bytes, { fileName: request.fileName, format: request.format });
    case "load": {
      const read = await readRegisterFile(request.bytes, { fileName: request.fileName, format: request.format, locale: request.locale, policy: state.policy, ...(request.mapping === undefined ? {} : { mapping: request.mapping }) });
      state.subjects = read.subjects;
      if (read.rows === undefined) delete state.rows;
      else state.rows = read.rows;
      state.fileName = request.fileName;
      delete state.audited;
      return { count: read.count, invalid: read.invalid, problems: read.problems, problemCount: read.problemCount };
    }
    case "audit":
      return runAudit(id, request.asOf, request.locale);
    case "cancel":
      state.cancelled = true;
      return true;
    case "subject":
      return subjectDetail(request.index, request.locale);
    case "export":
      return request.print === true ? forPrint(await exportReport("html", request.generatedAt, undefined, request.locale)) : exportReport(request.format, request.generatedAt, request.timestamp, request.locale);
    case "check":
      return check(request.subject, request.asOf, request.locale);
    case "checklist":
      return checklist(request.answers, request.locale, request.format);
    case "answers":
      return readAnswers(request.bytes, request.fileName, request.locale);
  }
}

self.onmessage = (event: MessageEvent<{ id: number; request: Request }>) => {
  const { id, request } = event.data;
  handle(request, id).then(
    (value) => {
      const transfer: Transferable[] = [];
      const rows = (value as AuditReply | undefined)?.rows;
      if (request.kind === "audit" && rows !== undefined) transfer.push(rows.outcome.buffer, rows.fail.buffer, rows.manual.buffer, rows.kind.buffer, rows.organization.buffer, rows.zone.buffer);
      const bytes = (value as FileReply | undefined)?.bytes;
      if (bytes instanceof Uint8Array) transfer.push(bytes.buffer as ArrayBuffer);
      scopeOut.postMessage({ id, ok: true, value }, transfer);
    },
    (error: unknown) => {
      const code = error instanceof Cancelled ? "cancelled" : (error as { code?: string }).code;
      const issues = issuesOf(error);
      scopeOut.postMessage({ id, ok: false, error: (error as Error).message ?? String(error), ...(code === undefined ? {} : { code }), ...(issues === undefined ? {} : { issues }) });
    },
  );
};
