// The workbench page: plain DOM, no framework. The engine runs in a Web Worker started from the
// code engine.js leaves in self.WORKBENCH_ENGINE (a blob: URL: the one way a worker starts from
// file://); the page only draws. Views: #audit, #checklist, #check, #export, #policy.
import { KIND_LABEL, label, OUTCOME_LABEL, STATUS_LABEL, T, ZONE_LABEL, type Key, type Lang } from "./i18n.js";
import { selectRows, visibleWindow, type ListSort } from "./list.js";
import { factsOf, OUTCOME_CODES, type AuditReply, type FileReply, type InitReply, type Issue, type PolicyReply, type Reply, type Request, type SubjectDetail } from "./protocol.js";
import { detectFormat, isTabular, type ColumnMapping, type Preview, type RegisterFormat } from "./register-io.js";
import { flatFromMapping, mappingFromFlat } from "./mapping-editor.js";
import { buildValue, fieldsOf, type Field, type FieldValue, type SchemaNode } from "./schema-form.js";
import { clearDraft, loadDraft, loadLang, loadMapping, saveDraft, saveLang, saveMapping, type KeyValueStore } from "./storage.js";
import { barRows, heatColor, stackedBars } from "./charts.js";

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | EventListener | undefined>;

function h(tag: string, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (value === true) el.setAttribute(key, "");
    else el.setAttribute(key, String(value));
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

// ---- state ----
const store: KeyValueStore = (() => {
  try {
    return window.localStorage;
  } catch {
    const map = new Map<string, string>();
    return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
  }
})();

const state = {
  lang: loadLang(store) ?? ("ja" as Lang),
  init: undefined as InitReply | undefined,
  file: undefined as { name: string; bytes: Uint8Array; format: RegisterFormat } | undefined,
  preview: undefined as Preview | undefined,
  mapping: {} as Record<string, string>,
  load: undefined as { count: number; invalid: number; problems: string[]; problemCount: number } | undefined,
  loadError: undefined as string | undefined,
  asOf: "",
  running: false,
  progress: { done: 0, total: 0 },
  auditMessage: "",
  audit: undefined as AuditReply | undefined,
  filter: { text: "", outcome: "", kind: "" },
  sort: "file" as ListSort,
  detail: undefined as SubjectDetail | undefined,
  policyReply: undefined as PolicyReply | undefined,
  version: "",
  exportMessage: "",
  generatedAt: "",
  timestamp: "",
  exportLang: undefined as Lang | undefined,
  checkKind: "transfer",
  checkValues: new Map<string, FieldValue>(),
  checkAsOf: "",
  checkResult: undefined as unknown,
  checklistOrg: "secretariat",
  checklistResult: undefined as unknown,
  checklistMessage: "",
};

const t = (key: Key): string => T[key][state.lang];

// ---- the engine ----
let worker: Worker;
let nextId = 1;
const pending = new Map<number, { resolve(v: unknown): void; reject(e: unknown): void; progress?(p: { done: number; total: number }): void }>();

class EngineError extends Error {
  constructor(message: string, readonly code?: string, readonly issues?: readonly Issue[]) {
    super(message);
  }
}

function startWorker(): void {
  const source = (self as unknown as { WORKBENCH_ENGINE?: string }).WORKBENCH_ENGINE;
  if (source === undefined) throw new Error("engine.js did not load");
  worker = new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (waiting === undefined) return;
    if ("progress" in reply) return waiting.progress?.(reply.progress);
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(new EngineError(reply.error, reply.code, reply.issues));
  };
}

function call<R>(request: Request, progress?: (p: { done: number; total: number }) => void, transfer: Transferable[] = []): Promise<R> {
  const id = nextId++;
  return new Promise<R>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject, ...(progress === undefined ? {} : { progress }) });
    worker.postMessage({ id, request }, transfer);
  });
}

// ---- layout ----
const VIEWS = ["audit", "checklist", "check", "export", "policy"] as const;
type View = (typeof VIEWS)[number];

function currentView(): View {
  const hash = location.hash.replace(/^#/, "");
  return (VIEWS as readonly string[]).includes(hash) ? (hash as View) : "audit";
}

const root = document.getElementById("app") as HTMLElement;
let main: HTMLElement;

function render(): void {
  document.documentElement.lang = state.lang;
  document.title = t("title");
  const view = currentView();
  const header = h(
    "header",
    { class: "top" },
    h("div", { class: "brand" }, h("h1", {}, t("title")), h("p", { class: "sub" }, t("subtitle"))),
    h("button", { type: "button", class: "lang", id: "lang-switch", lang: state.lang === "ja" ? "en" : "ja", title: t("switchLabel"), onclick: () => switchLang() }, t("switchTo")),
  );
  const nav = h(
    "nav",
    { "aria-label": t("nav") },
    h("ul", {}, VIEWS.map((v) => h("li", {}, h("a", { href: `#${v}`, id: `nav-${v}`, "aria-current": v === view ? "page" : undefined }, t(v))))),
  );
  main = h("main", { id: "main", tabindex: -1 });
  root.replaceChildren(header, nav, main);
  drawView(view);
}

function drawView(view: View): void {
  main.replaceChildren();
  main.dataset["view"] = view;
  const draw: Record<View, () => void> = { audit: drawAudit, checklist: drawChecklist, check: drawCheck, export: drawExport, policy: drawPolicy };
  draw[view]();
}

function rerender(): void {
  drawView(currentView());
}

function switchLang(): void {
  state.lang = state.lang === "ja" ? "en" : "ja";
  saveLang(store, state.lang);
  state.detail = undefined;
  render();
  const button = document.getElementById("lang-switch");
  button?.focus();
  if (currentView() === "checklist") void evaluateChecklist();
  if (currentView() === "check") void runCheck();
}

function fill(target: HTMLElement, ...children: Child[]): void {
  target.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}

function section(title: string, id: string, ...children: (Child | Child[])[]): HTMLElement {
  return h("section", { "aria-labelledby": `${id}-h`, id }, h("h2", { id: `${id}-h` }, title), ...children);
}

function problemList(lines: readonly string[], total: number, id: string): HTMLElement {
  return h(
    "div",
    { class: "problems", role: "alert", id },
    h("h3", {}, `${t("problems")} (${total})`),
    h("ul", {}, lines.map((line) => h("li", {}, h("code", {}, line)))),
    total > lines.length ? h("p", {}, `… ${total - lines.length} ${t("more")}`) : null,
  );
}

function download(file: FileReply): void {
  const blob = file.bytes !== undefined ? new Blob([file.bytes as BlobPart], { type: file.mime }) : new Blob([file.text ?? ""], { type: `${file.mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: file.name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function errorText(error: unknown): string {
  if (error instanceof EngineError && error.code === "spreadsheet-unavailable") return `${t("spreadsheetMissing")} (${error.message})`;
  const issues = error instanceof EngineError && error.issues !== undefined && error.issues.length > 0 ? `: ${error.issues.map((i) => `${i.at} ${i.message}`).join("; ")}` : "";
  return `${(error as Error).message ?? String(error)}${issues}`;
}

// ---- audit ----
async function pickFile(file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const format = detectFormat(file.name, bytes);
  state.file = { name: file.name, bytes, format };
  state.preview = undefined;
  state.load = undefined;
  state.loadError = undefined;
  state.audit = undefined;
  state.detail = undefined;
  if (isTabular(format)) {
    try {
      state.preview = await call<Preview>({ kind: "preview", bytes, fileName: file.name, format });
      state.mapping = loadMapping(store, state.preview.headers) ?? flatFromMapping(state.preview.suggestedMapping);
    } catch (error) {
      state.loadError = errorText(error);
    }
    rerender();
    return;
  }
  await readFile();
}

async function readFile(): Promise<void> {
  const file = state.file;
  if (file === undefined) return;
  if (state.preview !== undefined) saveMapping(store, state.preview.headers, state.mapping);
  try {
    state.load = await call({ kind: "load", bytes: file.bytes, fileName: file.name, format: file.format, locale: state.lang, ...(state.preview === undefined ? {} : { mapping: mappingFromFlat(state.mapping, state.preview.suggestedMapping) as ColumnMapping }) });
    state.loadError = undefined;
  } catch (error) {
    state.load = undefined;
    state.loadError = errorText(error);
  }
  rerender();
}

async function runAudit(): Promise<void> {
  state.running = true;
  state.auditMessage = "";
  state.progress = { done: 0, total: state.load?.count ?? 0 };
  state.detail = undefined;
  rerender();
  try {
    state.audit = await call<AuditReply>({ kind: "audit", locale: state.lang, ...(state.asOf === "" ? {} : { asOf: state.asOf }) }, (progress) => {
      state.progress = progress;
      const bar = document.getElementById("audit-progress") as HTMLProgressElement | null;
      if (bar !== null) {
        bar.max = progress.total;
        bar.value = progress.done;
      }
      const text = document.getElementById("audit-progress-text");
      if (text !== null) text.textContent = `${progress.done.toLocaleString()} / ${progress.total.toLocaleString()}`;
    });
  } catch (error) {
    state.audit = undefined;
    state.auditMessage = error instanceof EngineError && error.code === "cancelled" ? t("cancelled") : errorText(error);
  }
  state.running = false;
  rerender();
  document.getElementById(state.audit === undefined ? "audit-status" : "totals-h")?.focus();
}

function drawAudit(): void {
  const input = h("input", {
    type: "file",
    id: "register-file",
    accept: ".json,.ndjson,.jsonl,.xlsx,.csv,application/json",
    onchange: (event: Event) => {
      const file = (event.target as HTMLInputElement).files?.[0];
      if (file !== undefined) void pickFile(file);
    },
  });
  const drop = h(
    "div",
    {
      class: "drop",
      id: "drop-zone",
      ondragover: (event: Event) => {
        event.preventDefault();
        (event.currentTarget as HTMLElement).classList.add("over");
      },
      ondragleave: (event: Event) => (event.currentTarget as HTMLElement).classList.remove("over"),
      ondrop: (event: Event) => {
        event.preventDefault();
        (event.currentTarget as HTMLElement).classList.remove("over");
        const file = (event as DragEvent).dataTransfer?.files[0];
        if (file !== undefined) void pickFile(file);
      },
    },
    h("label", { for: "register-file" }, t("pick")),
    input,
    h("p", {}, t("drop")),
  );
  main.append(section(t("register"), "register", drop, state.init?.spreadsheet === false ? h("p", { class: "note", id: "spreadsheet-note" }, t("spreadsheetMissing")) : null, state.file === undefined ? null : h("p", { id: "file-name" }, h("strong", {}, state.file.name), ` (${state.file.format})`)));
  if (state.loadError !== undefined) main.append(h("p", { class: "error", role: "alert", id: "load-error" }, state.loadError));
  if (state.preview !== undefined) main.append(drawMapping(state.preview));
  const load = state.load;
  if (load !== undefined) {
    const ok = load.invalid === 0;
    main.append(
      h(
        "div",
        { class: "loaded", id: "load-result" },
        h("p", { role: "status" }, ok ? `${load.count.toLocaleString()} ${t("loaded")}` : `${load.invalid.toLocaleString()} / ${load.count.toLocaleString()} ${t("invalid")}`),
        ok ? null : problemList(load.problems, load.problemCount, "load-problems"),
      ),
    );
    if (ok && load.count > 0) {
      main.append(
        h(
          "div",
          { class: "run" },
          h("label", { for: "as-of" }, t("asOf")),
          h("input", { type: "date", id: "as-of", value: state.asOf, oninput: (e: Event) => (state.asOf = (e.target as HTMLInputElement).value) }),
          h("button", { type: "button", id: "run-audit", disabled: state.running, onclick: () => void runAudit() }, t("run")),
          state.running ? h("button", { type: "button", id: "cancel-audit", onclick: () => void call({ kind: "cancel" }) }, t("cancel")) : null,
          state.running
            ? h("span", { class: "progress" }, h("label", { for: "audit-progress" }, t("progress")), h("progress", { id: "audit-progress", max: state.progress.total || 1, value: state.progress.done }), h("span", { id: "audit-progress-text", "aria-live": "polite" }, ""))
            : null,
        ),
      );
    }
  }
  main.append(h("p", { id: "audit-status", tabindex: -1, role: "status", class: state.auditMessage === "" ? "quiet" : "note" }, state.auditMessage));
  if (state.audit !== undefined) drawResults(state.audit);
}

function drawMapping(preview: Preview): HTMLElement {
  const selects = preview.fields.map((field) => {
    const id = `map-${field.key.replace(/\./g, "-")}`;
    return h(
      "div",
      { class: "map-row" },
      h("label", { for: id }, `${field.label[state.lang]} (${field.key})`),
      h(
        "select",
        { id, "data-field": field.key, onchange: (e: Event) => (state.mapping[field.key] = (e.target as HTMLSelectElement).value) },
        h("option", { value: "" }, t("notMapped")),
        preview.headers.map((header) => h("option", { value: header, selected: state.mapping[field.key] === header }, header)),
      ),
    );
  });
  return section(
    t("mapping"),
    "mapping",
    h("p", {}, t("mappingHelp")),
    h("div", { class: "map-grid" }, selects),
    h("h3", {}, t("preview")),
    h("div", { class: "scroll-x", tabindex: 0, role: "region", "aria-label": t("preview") }, h("table", { id: "preview-table" }, h("thead", {}, h("tr", {}, preview.headers.map((x) => h("th", { scope: "col" }, x)))), h("tbody", {}, preview.rows.map((row) => h("tr", {}, row.map((cell) => h("td", {}, cell))))))),
    h("button", { type: "button", id: "read-mapped", onclick: () => void readFile() }, t("read")),
  );
}

function drawResults(result: AuditReply): void {
  const head = result.head;
  const l = state.lang;
  const totals = h(
    "div",
    { class: "cards", id: "totals" },
    h("div", { class: "card" }, h("span", { class: "n", "data-total": head.total }, head.total.toLocaleString()), h("span", {}, t("total"))),
    OUTCOME_CODES.map((outcome) => h("div", { class: `card o-${outcome}` }, h("span", { class: "n", "data-outcome": outcome }, head.outcomes[outcome].toLocaleString()), h("span", {}, label(OUTCOME_LABEL, outcome, l)))),
  );
  main.append(
    h(
      "section",
      { "aria-labelledby": "totals-h", id: "results" },
      h("h2", { id: "totals-h", tabindex: -1 }, t("totals"), h("small", {}, ` — ${head.policy.title} ${head.policy.version}${head.asOf === undefined ? "" : ` · ${head.asOf}`} · ${result.millis.toLocaleString()} ${t("auditedIn")}`)),
      totals,
      h(
        "div",
        { class: "charts" },
        h("figure", {}, h("figcaption", {}, t("byOutcome")), stackedBars([{ name: t("total"), outcomes: head.outcomes, total: head.total }], l, t("byOutcome"))),
        h("figure", {}, h("figcaption", {}, t("byOrganization")), stackedBars(barRows(head.byOrganization), l, t("byOrganization"))),
        h("figure", {}, h("figcaption", {}, t("byZone")), stackedBars(barRows(head.byZone), l, t("byZone"))),
      ),
    ),
  );
  main.append(drawControlTable(result), drawHeatmap(result), drawSubjectList(result));
  if (state.detail !== undefined) main.append(drawDetail(state.detail));
}

function drawControlTable(result: AuditReply): HTMLElement {
  const l = state.lang;
  const statuses = ["fail", "manual", "pass", "not-applicable"] as const;
  return section(
    t("controls"),
    "controls",
    h(
      "div",
      { class: "scroll-x", tabindex: 0, role: "region", "aria-label": t("controls") },
      h(
        "table",
        { id: "control-table" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("control")), h("th", { scope: "col" }, t("clause")), h("th", { scope: "col" }, t("provenance")), statuses.map((s) => h("th", { scope: "col", class: "num" }, label(STATUS_LABEL, s, l))))),
        h(
          "tbody",
          {},
          result.head.controls.map((row) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, h("code", {}, row.control), " ", row.title),
              h("td", {}, row.clause),
              h("td", {}, label(state.init?.provenance ?? {}, row.provenance, l)),
              statuses.map((s) => h("td", { class: `num${s === "fail" && row.fail > 0 ? " bad" : s === "manual" && row.manual > 0 ? " warn" : ""}` }, row[s].toLocaleString())),
            ),
          ),
        ),
      ),
    ),
  );
}

function drawHeatmap(result: AuditReply): HTMLElement {
  const threats = result.head.threats.filter((row) => row.parent === undefined);
  const controls = result.head.controls.filter((row) => row.threats.length > 0);
  const max = Math.max(1, ...controls.map((c) => c.fail));
  const counters = (control: (typeof controls)[number], threat: string): boolean => control.threats.some((ref) => ref === threat || ref.startsWith(`${threat}.`) || ref.startsWith(`${threat}:`) || ref.startsWith(`${threat}/`));
  return section(
    t("heatmap"),
    "heatmap",
    h("p", {}, t("heatmapHelp")),
    h(
      "div",
      { class: "scroll-x", tabindex: 0, role: "region", "aria-label": t("heatmap") },
      h(
        "table",
        { class: "heat", id: "heat-table" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("threat")), controls.map((c) => h("th", { scope: "col", class: "vert", title: c.title }, h("span", {}, c.control))))),
        h(
          "tbody",
          {},
          threats.map((threat) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, threat.name),
              controls.map((control) => {
                if (!counters(control, threat.threat)) return h("td", { class: "none" }, "");
                const cell = h("td", { class: `hot h${heatColor(control.fail, max)}`, title: `${threat.name} × ${control.control}: ${control.fail}` }, control.fail.toLocaleString());
                return cell;
              }),
            ),
          ),
        ),
      ),
    ),
  );
}

const ROW_HEIGHT = 36;

function drawSubjectList(result: AuditReply): HTMLElement {
  const l = state.lang;
  const rows = result.rows;
  const selected = selectRows(rows, state.filter, state.sort);
  const viewport = h("div", { class: "viewport", id: "subject-viewport", tabindex: 0, role: "region", "aria-label": t("subjects") });
  const spacer = h("div", { class: "spacer", style: undefined });
  const body = h("ol", { class: "rows", id: "subject-rows" });
  viewport.append(spacer, body);
  const paint = (): void => {
    const { first, last } = visibleWindow(viewport.scrollTop, viewport.clientHeight || 480, ROW_HEIGHT, selected.length);
    spacer.style.height = `${selected.length * ROW_HEIGHT}px`;
    body.style.transform = `translateY(${first * ROW_HEIGHT}px)`;
    const items: HTMLElement[] = [];
    for (let at = first; at <= last; at++) {
      const index = selected[at] as number;
      const outcome = OUTCOME_CODES[rows.outcome[index] as number] as string;
      items.push(
        h(
          "li",
          {},
          h(
            "button",
            { type: "button", class: "row", "data-index": index, "data-at": at, onclick: () => void openSubject(index) },
            h("span", { class: "label" }, rows.label[index] as string),
            h("span", { class: "kind" }, label(KIND_LABEL, factsOf(rows, index).kind, l)),
            h("span", { class: "org" }, organizationName(factsOf(rows, index).organization)),
            h("span", { class: "zone" }, label(ZONE_LABEL, factsOf(rows, index).zone, l)),
            h("span", { class: `badge o-${outcome}` }, label(OUTCOME_LABEL, outcome, l)),
            h("span", { class: "num" }, `${rows.fail[index]} / ${rows.manual[index]}`),
          ),
        ),
      );
    }
    // Redrawing replaces the row buttons: keep the focus on the row that had it.
    const focusedAt = body.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset["at"] : undefined;
    body.replaceChildren(...items);
    if (focusedAt !== undefined) body.querySelector<HTMLElement>(`button.row[data-at="${focusedAt}"]`)?.focus({ preventScroll: true });
  };
  // Arrow keys, Page Up/Down, Home and End move between rows, drawing the rows they reach.
  viewport.addEventListener("keydown", (event: KeyboardEvent) => {
    const current = (event.target as HTMLElement).closest<HTMLElement>("button.row");
    if (current === null || selected.length === 0) return;
    const at = Number(current.dataset["at"]);
    const page = Math.max(1, Math.floor(viewport.clientHeight / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, PageDown: at + page, PageUp: at - page, Home: 0, End: selected.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = Math.min(selected.length - 1, Math.max(0, target));
    if (next * ROW_HEIGHT < viewport.scrollTop) viewport.scrollTop = next * ROW_HEIGHT;
    else if ((next + 1) * ROW_HEIGHT > viewport.scrollTop + viewport.clientHeight) viewport.scrollTop = (next + 1) * ROW_HEIGHT - viewport.clientHeight;
    paint();
    body.querySelector<HTMLElement>(`button.row[data-at="${next}"]`)?.focus({ preventScroll: true });
  });
  let frame = 0;
  viewport.addEventListener("scroll", () => {
    if (frame === 0)
      frame = requestAnimationFrame(() => {
        frame = 0;
        paint();
      });
  });
  requestAnimationFrame(paint);
  const kinds = [...rows.kinds].sort();
  const controls = h(
    "div",
    { class: "filters" },
    h("label", { for: "filter-text" }, t("filter")),
    h("input", { type: "search", id: "filter-text", value: state.filter.text, oninput: debounce((e: Event) => ((state.filter = { ...state.filter, text: (e.target as HTMLInputElement).value }), redrawList()), 150) }),
    h("label", { for: "filter-outcome" }, t("outcome")),
    h("select", { id: "filter-outcome", onchange: (e: Event) => ((state.filter = { ...state.filter, outcome: (e.target as HTMLSelectElement).value }), redrawList()) }, h("option", { value: "" }, t("anyOutcome")), OUTCOME_CODES.map((o) => h("option", { value: o, selected: state.filter.outcome === o }, label(OUTCOME_LABEL, o, l)))),
    h("label", { for: "filter-kind" }, t("kind")),
    h("select", { id: "filter-kind", onchange: (e: Event) => ((state.filter = { ...state.filter, kind: (e.target as HTMLSelectElement).value }), redrawList()) }, h("option", { value: "" }, t("anyKind")), kinds.map((k) => h("option", { value: k, selected: state.filter.kind === k }, label(KIND_LABEL, k, l)))),
    h("label", { for: "sort" }, t("sort")),
    h(
      "select",
      { id: "sort", onchange: (e: Event) => ((state.sort = (e.target as HTMLSelectElement).value as ListSort), redrawList()) },
      (["file", "severity", "failures", "label"] as const).map((s) => h("option", { value: s, selected: state.sort === s }, t(s === "file" ? "sortFile" : s === "severity" ? "sortSeverity" : s === "failures" ? "sortFailures" : "sortLabel"))),
    ),
  );
  const head = h("div", { class: "row head", "aria-hidden": "true" }, h("span", { class: "label" }, "ID"), h("span", { class: "kind" }, t("kind")), h("span", { class: "org" }, t("organization")), h("span", { class: "zone" }, t("zone")), h("span", {}, t("outcome")), h("span", { class: "num" }, `${t("failures")} / ${t("reviews")}`));
  return section(t("subjects"), "subjects", controls, h("p", { id: "shown-count", role: "status" }, `${selected.length.toLocaleString()} / ${rows.label.length.toLocaleString()} ${t("shown")}`), head, viewport);
}

function redrawList(): void {
  const old = document.getElementById("subjects");
  if (old === null || state.audit === undefined) return;
  const focused = document.activeElement?.id;
  const fresh = drawSubjectList(state.audit);
  old.replaceWith(fresh);
  if (focused !== undefined && focused !== "") document.getElementById(focused)?.focus();
}

function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

function organizationName(id: string): string {
  if (id === "") return "-";
  const known = state.init?.organizations.find((o) => o.id === id);
  return known === undefined ? id : known.name[state.lang];
}

async function openSubject(index: number): Promise<void> {
  state.detail = await call<SubjectDetail>({ kind: "subject", index, locale: state.lang });
  document.getElementById("detail")?.remove();
  const panel = drawDetail(state.detail);
  main.append(panel);
  (panel.querySelector("h2") as HTMLElement).focus();
}

function drawDetail(detail: SubjectDetail): HTMLElement {
  const l = state.lang;
  const d = detail.decision;
  const findings = [...d.findings].sort((a, b) => rank(a.status) - rank(b.status));
  return h(
    "section",
    { id: "detail", "aria-labelledby": "detail-h", class: "detail" },
    h("h2", { id: "detail-h", tabindex: -1 }, `${t("detail")}: ${state.audit?.rows.label[detail.index] ?? `#${detail.index + 1}`}`, " ", h("span", { class: `badge o-${d.outcome}` }, label(OUTCOME_LABEL, d.outcome, l))),
    h("button", { type: "button", id: "close-detail", onclick: () => ((state.detail = undefined), document.getElementById("detail")?.remove(), document.getElementById("subject-viewport")?.focus()) }, t("close")),
    h("details", {}, h("summary", {}, t("asJson")), h("pre", {}, JSON.stringify(detail.subject, null, 2))),
    h("ol", { class: "findings" }, findings.map((f) => drawFinding(f, detail.clauses[f.clause]))),
  );
}

function rank(status: string): number {
  return status === "fail" ? 0 : status === "manual" ? 1 : status === "pass" ? 2 : 3;
}

function drawFinding(f: SubjectDetail["decision"]["findings"][number], clause: { ja: string; en: string } | undefined): HTMLElement {
  const l = state.lang;
  return h(
    "li",
    { class: `finding s-${f.status}` },
    h("h3", {}, h("span", { class: `badge s-${f.status}` }, label(STATUS_LABEL, f.status, l)), " ", h("code", {}, f.control), " ", f.title[l]),
    h(
      "dl",
      {},
      h("dt", {}, t("clause")),
      h("dd", {}, `${f.clause} · ${label(state.init?.provenance ?? {}, f.provenance, l)}`),
      h("dt", {}, t("reason")),
      h("dd", {}, f.reason),
      f.remediation === undefined ? null : h("dt", {}, t("remediation")),
      f.remediation === undefined ? null : h("dd", {}, f.remediation[l]),
      f.exception === undefined ? null : h("dt", {}, t("exception")),
      f.exception === undefined ? null : h("dd", {}, `${f.exception.reference}${f.exception.approvedBy === undefined ? "" : ` (${f.exception.approvedBy})`} ${f.exception.validFrom ?? ""}〜${f.exception.validUntil}`),
      f.exceptionRejected === undefined ? null : h("dt", {}, t("exceptionRejected")),
      f.exceptionRejected === undefined ? null : h("dd", {}, `${f.exceptionRejected.reference}: ${f.exceptionRejected.message[l]}`),
    ),
    clause === undefined
      ? null
      : h("details", {}, h("summary", {}, `${t("clauseText")} ${f.clause}`), h("div", { class: "clause" }, h("p", { lang: "ja" }, clause.ja), h("p", { lang: "en" }, clause.en))),
  );
}

// ---- export ----
async function exportAs(format: "html" | "markdown" | "oscal" | "xlsx" | "json"): Promise<void> {
  const message = document.getElementById("export-message") as HTMLElement;
  try {
    const file = await call<FileReply>({ kind: "export", format, locale: state.exportLang ?? state.audit?.head.locale ?? state.lang, ...(state.generatedAt === "" ? {} : { generatedAt: state.generatedAt }), ...(state.timestamp === "" ? {} : { timestamp: state.timestamp }) });
    download(file);
    message.className = "note";
    message.textContent = `${file.name} ${t("exported")}`;
  } catch (error) {
    message.className = "error";
    message.textContent = errorText(error);
  }
}

async function printReport(): Promise<void> {
  const file = await call<FileReply>({ kind: "export", format: "html", print: true, locale: state.exportLang ?? state.audit?.head.locale ?? state.lang, ...(state.generatedAt === "" ? {} : { generatedAt: state.generatedAt }) });
  document.getElementById("print-frame")?.remove();
  const frame = h("iframe", { id: "print-frame", title: t("print"), sandbox: "allow-same-origin allow-modals", class: "print-frame" }) as HTMLIFrameElement;
  frame.srcdoc = file.text ?? "";
  frame.addEventListener("load", () => {
    // The report's bar widths are inline style attributes, which the page's CSP refuses: set them
    // through the CSSOM (not governed by style-src), then print with the report's A4 styles.
    for (const el of Array.from(frame.contentDocument?.querySelectorAll<HTMLElement>("[data-w]") ?? [])) el.style.width = `${el.dataset["w"]}%`;
    frame.contentWindow?.print();
  });
  main.append(frame);
}

function drawExport(): void {
  if (state.audit === undefined) {
    main.append(section(t("export"), "export", h("p", { class: "note" }, t("noAudit"))));
    return;
  }
  const formats = [
    ["html", "exportHtml"],
    ["markdown", "exportMarkdown"],
    ["xlsx", "exportXlsx"],
    ["oscal", "exportOscal"],
    ["json", "exportJson"],
  ] as const;
  main.append(
    section(
      t("export"),
      "export",
      h("div", { class: "field" }, h("label", { for: "generated-at" }, t("generatedAt")), h("input", { type: "text", id: "generated-at", value: state.generatedAt, oninput: (e: Event) => (state.generatedAt = (e.target as HTMLInputElement).value) })),
      h("div", { class: "field" }, h("label", { for: "oscal-timestamp" }, t("timestamp")), h("input", { type: "text", id: "oscal-timestamp", value: state.timestamp, oninput: (e: Event) => (state.timestamp = (e.target as HTMLInputElement).value) })),
      h("div", { class: "buttons" }, formats.map(([format, key]) => h("button", { type: "button", id: `export-${format}`, onclick: () => void exportAs(format) }, t(key))), h("button", { type: "button", id: "print", onclick: () => void printReport() }, t("print"))),
      h("p", { id: "export-message", role: "status", class: "quiet" }, ""),
    ),
  );
}

// ---- check one action ----
function drawCheck(): void {
  const init = state.init;
  if (init === undefined) return;
  const schema = init.schemas[state.checkKind] as SchemaNode;
  const fields = fieldsOf(schema);
  const form = h("form", { id: "check-form", onsubmit: (e: Event) => e.preventDefault(), oninput: () => void runCheck(), onchange: () => void runCheck() });
  for (const field of fields) form.append(drawField(field));
  main.append(
    section(
      t("check"),
      "check",
      h("div", { class: "field" }, h("label", { for: "check-kind" }, t("subjectKind")), h("select", { id: "check-kind", onchange: (e: Event) => ((state.checkKind = (e.target as HTMLSelectElement).value), (state.checkValues = new Map()), rerender(), void runCheck()) }, init.kinds.map((k) => h("option", { value: k, selected: k === state.checkKind }, `${label(KIND_LABEL, k, state.lang)} (${k})`)))),
      h("div", { class: "field" }, h("label", { for: "check-as-of" }, t("asOf")), h("input", { type: "date", id: "check-as-of", value: state.checkAsOf, oninput: (e: Event) => ((state.checkAsOf = (e.target as HTMLInputElement).value), void runCheck()) })),
      h("div", { class: "two" }, form, h("div", { id: "check-result", "aria-live": "polite", tabindex: 0, role: "region", "aria-label": t("decision") })),
    ),
  );
  void runCheck();
}

function fieldLabel(field: Field): string {
  return `${field.path}${"required" in field && field.required ? " *" : ""}`;
}

function drawField(field: Field): HTMLElement | string {
  const id = `f-${field.path.replace(/\./g, "-")}`;
  const set = (value: FieldValue): void => void state.checkValues.set(field.path, value);
  const current = state.checkValues.get(field.path);
  const hint = "description" in field && field.description !== "" ? h("small", { id: `${id}-d` }, field.description) : null;
  const described = hint === null ? undefined : `${id}-d`;
  switch (field.type) {
    case "const":
      return h("p", { class: "const" }, h("code", {}, `${field.path} = ${JSON.stringify(field.value)}`));
    case "group":
      return h("fieldset", {}, h("legend", {}, fieldLabel(field)), hint, field.fields.map(drawField));
    case "enum":
    case "boolean": {
      const options = field.type === "boolean" ? [["true", t("true_")], ["false", t("false_")]] : field.options.map((o) => [String(o), String(o)]);
      return h("div", { class: "field" }, h("label", { for: id }, fieldLabel(field)), h("select", { id, "aria-describedby": described, onchange: (e: Event) => set((e.target as HTMLSelectElement).value) }, h("option", { value: "" }, t("unset")), options.map(([value, text]) => h("option", { value, selected: current === value }, text))), hint);
    }
    case "multi":
      return h(
        "fieldset",
        { "aria-describedby": described },
        h("legend", {}, fieldLabel(field)),
        field.options.map((o) => {
          const value = String(o);
          const boxId = `${id}-${value}`;
          return h("label", { for: boxId, class: "check" }, h("input", { type: "checkbox", id: boxId, value, checked: Array.isArray(current) && current.includes(value), onchange: (e: Event) => {
            const was = (state.checkValues.get(field.path) as readonly string[] | undefined) ?? [];
            const on = (e.target as HTMLInputElement).checked;
            set(on ? [...was, value] : was.filter((v) => v !== value));
          } }), value);
        }),
        hint,
      );
    case "json":
      return h("div", { class: "field" }, h("label", { for: id }, `${fieldLabel(field)} (JSON)`), h("textarea", { id, rows: 2, "aria-describedby": described, oninput: (e: Event) => set((e.target as HTMLTextAreaElement).value) }, typeof current === "string" ? current : ""), hint);
    default:
      return h("div", { class: "field" }, h("label", { for: id }, fieldLabel(field)), h("input", { id, type: field.type === "number" ? "number" : field.type === "string" && field.date ? "date" : "text", value: typeof current === "string" ? current : "", "aria-describedby": described, oninput: (e: Event) => set((e.target as HTMLInputElement).value) }), hint);
  }
}

let checkSeq = 0;
async function runCheck(): Promise<void> {
  const init = state.init;
  const target = document.getElementById("check-result");
  if (init === undefined || target === null) return;
  const built = buildValue(fieldsOf(init.schemas[state.checkKind] as SchemaNode), state.checkValues);
  const seq = ++checkSeq;
  const reply = await call<{ ok: true; decision: SubjectDetail["decision"] } | { ok: false; errors: Issue[] }>({ kind: "check", subject: built.value, locale: state.lang, ...(state.checkAsOf === "" ? {} : { asOf: state.checkAsOf }) });
  if (seq !== checkSeq) return;
  state.checkResult = reply;
  const issues = [...built.issues.map((i) => ({ at: i.path, message: i.message })), ...(reply.ok ? [] : reply.errors)];
  fill(target, 
    h("h3", {}, t("decision")),
    reply.ok ? h("p", { id: "check-outcome", class: `badge big o-${reply.decision.outcome}`, "data-outcome": reply.decision.outcome }, label(OUTCOME_LABEL, reply.decision.outcome, state.lang)) : null,
    issues.length > 0 ? h("div", { class: "problems", id: "check-errors" }, h("h4", {}, t("inputErrors")), h("ul", {}, issues.map((i) => h("li", {}, h("code", {}, i.at), " ", i.message)))) : null,
    reply.ok ? h("ol", { class: "findings" }, [...reply.decision.findings].filter((f) => f.status !== "not-applicable").sort((a, b) => rank(a.status) - rank(b.status)).map((f) => drawFinding(f, undefined))) : null,
    h("details", {}, h("summary", {}, t("asJson")), h("pre", { id: "check-json" }, JSON.stringify(built.value, null, 2))),
  );
}

// ---- self-inspection ----
function answersFile(): Record<string, unknown> {
  return loadDraft(store, state.checklistOrg) ?? { checklist: "self-inspection", organization: state.checklistOrg, answers: {} };
}

function updateDraft(change: (draft: Record<string, unknown>) => void): void {
  const draft = answersFile();
  change(draft);
  saveDraft(store, state.checklistOrg, draft);
  void evaluateChecklist();
}

function setAnswer(id: string, value: unknown): void {
  updateDraft((draft) => {
    const answers = { ...((draft["answers"] ?? {}) as Record<string, unknown>) };
    if (value === undefined) delete answers[id];
    else answers[id] = value;
    draft["answers"] = answers;
  });
}

function drawChecklist(): void {
  const init = state.init;
  if (init === undefined) return;
  const l = state.lang;
  const draft = answersFile();
  const answers = (draft["answers"] ?? {}) as Record<string, unknown>;
  const questions = new Map(init.checklist.questions.map((q) => [q.id, q]));
  const asked = new Set<string>();
  const form = h("form", { id: "checklist-form", onsubmit: (e: Event) => e.preventDefault() });
  for (const s of init.checklist.sections) {
    const fresh = s.questions.filter((id) => !asked.has(id));
    if (fresh.length === 0) continue;
    for (const id of fresh) asked.add(id);
    form.append(h("fieldset", { class: "section" }, h("legend", {}, `${s.clause} ${s.title[l]}`), fresh.map((id) => drawQuestion(questions.get(id) as InitReply["checklist"]["questions"][number], answers[id]))));
  }
  main.append(
    section(
      t("checklist"),
      "checklist",
      h("p", { class: "note" }, t("draftSaved")),
      h(
        "div",
        { class: "row-fields" },
        h("div", { class: "field" }, h("label", { for: "checklist-org" }, t("org")), h("select", { id: "checklist-org", onchange: (e: Event) => ((state.checklistOrg = (e.target as HTMLSelectElement).value), rerender(), void evaluateChecklist()) }, init.organizations.map((o) => h("option", { value: o.id, selected: o.id === state.checklistOrg }, o.name[l])))),
        h("div", { class: "field" }, h("label", { for: "checklist-date" }, t("inspectionDate")), h("input", { type: "date", id: "checklist-date", value: typeof draft["asOf"] === "string" ? draft["asOf"] : "", onchange: (e: Event) => updateDraft((d) => { const v = (e.target as HTMLInputElement).value; if (v === "") delete d["asOf"]; else d["asOf"] = v; }) })),
        h("div", { class: "field" }, h("label", { for: "checklist-respondent" }, t("respondent")), h("input", { type: "text", id: "checklist-respondent", value: typeof draft["respondent"] === "string" ? draft["respondent"] : "", onchange: (e: Event) => updateDraft((d) => { const v = (e.target as HTMLInputElement).value.trim(); if (v === "") delete d["respondent"]; else d["respondent"] = v; }) })),
      ),
      h("div", { class: "two" }, form, h("div", { id: "checklist-result", "aria-live": "polite", tabindex: 0, role: "region", "aria-label": t("evaluation") })),
      h(
        "div",
        { class: "buttons" },
        h("button", { type: "button", id: "checklist-json", onclick: () => download({ name: `self-inspection-${state.checklistOrg}.json`, mime: "application/json", text: `${JSON.stringify(answersFile(), null, 2)}\n` }) }, t("exportAnswers")),
        h("button", { type: "button", id: "checklist-xlsx", onclick: () => void exportChecklistXlsx() }, t("exportAnswersXlsx")),
        h("label", { for: "checklist-import", class: "file-label" }, t("importAnswers")),
        h("input", { type: "file", id: "checklist-import", accept: ".json,.xlsx,application/json", onchange: (e: Event) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file !== undefined) void importAnswers(file);
        } }),
        h("button", { type: "button", id: "checklist-clear", onclick: () => (clearDraft(store, state.checklistOrg), rerender(), void evaluateChecklist()) }, t("clearDraft")),
      ),
      h("p", { id: "checklist-message", role: "status", class: "quiet" }, ""),
    ),
  );
  void evaluateChecklist();
}

async function importAnswers(file: File): Promise<void> {
  const message = document.getElementById("checklist-message") as HTMLElement;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const answers = await call<Record<string, unknown>>({ kind: "answers", bytes, fileName: file.name, locale: state.lang });
    const organization = typeof answers["organization"] === "string" ? answers["organization"] : state.checklistOrg;
    state.checklistOrg = organization;
    saveDraft(store, organization, answers);
    rerender();
    const fresh = document.getElementById("checklist-message") as HTMLElement;
    fresh.className = "note";
    fresh.textContent = `${file.name}: ${t("imported")}`;
  } catch (error) {
    message.className = "error";
    message.textContent = errorText(error);
  }
}

async function exportChecklistXlsx(): Promise<void> {
  const message = document.getElementById("checklist-message") as HTMLElement;
  try {
    download(await call<FileReply>({ kind: "checklist", answers: answersFile(), locale: state.lang, format: "xlsx" }));
    message.className = "note";
    message.textContent = t("exported");
  } catch (error) {
    message.className = "error";
    message.textContent = errorText(error);
  }
}

function drawQuestion(q: InitReply["checklist"]["questions"][number], answer: unknown): HTMLElement {
  const l = state.lang;
  const name = `q-${q.id}`;
  if (q.answer === "yes-no") {
    const value = answer === true ? "yes" : answer === false ? "no" : typeof answer === "string" ? answer : "";
    return h(
      "fieldset",
      { class: "question", id: name },
      h("legend", {}, q.text[l]),
      (["yes", "no", "unknown"] as const).map((v) => h("label", { class: "check", for: `${name}-${v}` }, h("input", { type: "radio", name, id: `${name}-${v}`, value: v, checked: value === v, onchange: () => setAnswer(q.id, v) }), t(v))),
    );
  }
  if (q.answer === "date") {
    const mode = answer === "never" ? "never" : answer === "unknown" || answer === undefined || answer === null ? "unknown" : "date";
    return h(
      "fieldset",
      { class: "question", id: name },
      h("legend", {}, q.text[l]),
      h("label", { class: "check", for: `${name}-date` }, t("dateKnown"), " ", h("input", { type: "date", id: `${name}-date`, value: typeof answer === "string" && mode === "date" ? answer : "", onchange: (e: Event) => { const v = (e.target as HTMLInputElement).value; setAnswer(q.id, v === "" ? "unknown" : v); } })),
      h("label", { class: "check", for: `${name}-never` }, h("input", { type: "radio", name, id: `${name}-never`, checked: mode === "never", onchange: () => setAnswer(q.id, "never") }), t("never")),
      h("label", { class: "check", for: `${name}-unknown` }, h("input", { type: "radio", name, id: `${name}-unknown`, checked: mode === "unknown", onchange: () => setAnswer(q.id, "unknown") }), t("unknown")),
    );
  }
  const chosen = Array.isArray(answer) ? (answer as string[]) : [];
  return h(
    "fieldset",
    { class: "question", id: name },
    h("legend", {}, q.text[l]),
    (state.init?.checklist.staffCategories ?? []).map((c) =>
      h("label", { class: "check", for: `${name}-${c.id}` }, h("input", { type: "checkbox", id: `${name}-${c.id}`, checked: chosen.includes(c.id), onchange: (e: Event) => {
        const current = ((answersFile()["answers"] as Record<string, unknown>)[q.id] as unknown);
        const list = Array.isArray(current) ? (current as string[]) : [];
        const on = (e.target as HTMLInputElement).checked;
        const next = on ? [...new Set([...list, c.id])] : list.filter((x) => x !== c.id);
        setAnswer(q.id, next);
      } }), c.label[l]),
    ),
  );
}

let checklistSeq = 0;
async function evaluateChecklist(): Promise<void> {
  const target = document.getElementById("checklist-result");
  if (target === null) return;
  const seq = ++checklistSeq;
  const reply = await call<{ ok: true; decision: SubjectDetail["decision"] } | { ok: false; errors: Issue[] }>({ kind: "checklist", answers: answersFile(), locale: state.lang });
  if (seq !== checklistSeq) return;
  state.checklistResult = reply;
  if (!reply.ok) {
    fill(target, h("h3", {}, t("evaluation")), h("div", { class: "problems", id: "checklist-errors" }, h("ul", {}, reply.errors.map((i) => h("li", {}, h("code", {}, i.at), " ", i.message)))));
    return;
  }
  const failing = reply.decision.findings.filter((f) => f.status === "fail" || f.status === "manual").sort((a, b) => rank(a.status) - rank(b.status));
  fill(target, 
    h("h3", {}, t("evaluation")),
    h("p", { id: "checklist-outcome", class: `badge big o-${reply.decision.outcome}`, "data-outcome": reply.decision.outcome }, label(OUTCOME_LABEL, reply.decision.outcome, state.lang)),
    failing.length === 0 ? h("p", {}, t("allPass")) : h("div", {}, h("h4", {}, `${t("failing")} (${failing.length})`), h("ol", { class: "findings", id: "checklist-failing" }, failing.map((f) => drawFinding(f, undefined)))),
  );
}

// ---- policy and overlay ----
async function applyPolicy(overlay?: { text: string; name: string }): Promise<void> {
  state.policyReply = await call<PolicyReply>({ kind: "policy", version: state.version, ...(overlay === undefined ? {} : { overlay: overlay.text, overlayName: overlay.name }) });
  if (state.policyReply.ok) {
    state.audit = undefined;
    state.detail = undefined;
    if (state.file !== undefined && state.load !== undefined) await readFile();
  }
  rerender();
  document.getElementById("policy-result")?.focus();
}

function drawPolicy(): void {
  const init = state.init;
  if (init === undefined) return;
  const reply = state.policyReply;
  main.append(
    section(
      t("policy"),
      "policy",
      h("div", { class: "field" }, h("label", { for: "policy-version" }, t("version")), h("select", { id: "policy-version", onchange: (e: Event) => ((state.version = (e.target as HTMLSelectElement).value), void applyPolicy()) }, init.policies.map((p) => h("option", { value: p.version, selected: p.version === state.version }, `${p.title} ${p.version} (${p.effectiveDate})`)))),
      h("div", { class: "field" }, h("label", { for: "overlay-file" }, t("overlay")), h("input", { type: "file", id: "overlay-file", accept: ".json,application/json", onchange: async (e: Event) => {
        const file = (e.target as HTMLInputElement).files?.[0];
        if (file !== undefined) await applyPolicy({ text: await file.text(), name: file.name });
      } })),
      h("button", { type: "button", id: "remove-overlay", onclick: () => void applyPolicy() }, t("removeOverlay")),
      h(
        "div",
        { id: "policy-result", tabindex: -1 },
        reply === undefined
          ? h("p", {}, `${t("inUse")}: ${init.policies.find((p) => p.version === state.version)?.title ?? ""} ${state.version}`)
          : reply.ok
            ? h("div", { class: "applied" }, h("p", { role: "status", id: "overlay-status" }, reply.overlay === undefined ? `${t("inUse")}: ${reply.policy}` : `${t("overlayApplied")}: ${reply.overlay} — ${reply.changes ?? 0} ${t("changes")}`), reply.diff === undefined ? null : h("section", { "aria-labelledby": "diff-h" }, h("h3", { id: "diff-h" }, t("diff")), h("pre", { id: "overlay-diff", class: "diff", tabindex: 0 }, reply.diff[state.lang])))
            : h("div", { class: "problems", role: "alert", id: "overlay-errors" }, h("h3", {}, `${t("overlayRejected")} (${reply.errors.length})`), h("ul", {}, reply.errors.map((i) => h("li", {}, h("code", {}, i.at), " ", i.message)))),
      ),
    ),
  );
}

// ---- start ----
async function start(): Promise<void> {
  startWorker();
  state.init = await call<InitReply>({ kind: "init" });
  state.version = state.init.current;
  window.addEventListener("hashchange", () => {
    render();
    main.focus();
  });
  render();
  document.body.dataset["ready"] = "true";
}

void start();
