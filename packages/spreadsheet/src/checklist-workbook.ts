import { CHECKLIST_QUESTIONS, checklistSections, gloss, OrganizationIdSchema, policy as currentPolicy, PersonCategorySchema, type ChecklistAnswers, type ChecklistQuestion, type Policy } from "@miyagi-kouiki/infosec-policy";
import { normalizeWord, TEMPLATE_WORDS } from "./mapping.js";
import type { Bilingual, CellIssue } from "./register.js";
import { openWorkbook } from "./xlsx-read.js";
import { dateSerial, serialDate, writeWorkbook, type Cell, type DataValidation } from "./xlsx-write.js";

/** Options of `writeChecklistWorkbook`. */
export interface ChecklistWorkbookOptions {
  /** The organisation inspected, filled in (default: blank, chosen from a list in the sheet). */
  readonly organization?: string;
  /** The inspection date, filled in. */
  readonly asOf?: string;
  /** The policy (default: the current one; an extended policy adds its organisation controls). */
  readonly policy?: Policy;
}

const SHEET = "自己点検";
const FIRST_QUESTION_ROW = 10;
const ANSWER_COLUMN = "E";
const YES = "はい";
const NO = "いいえ";
const UNKNOWN = "不明";
const NEVER = "実施なし";
const NONE = "なし";

const LABELS = Object.freeze({
  organization: "組織 / Organization",
  asOf: "点検日 / Inspection date",
  respondent: "回答者 / Respondent",
  policy: "ポリシー / Policy",
  unanswered: "未回答の設問 / Unanswered",
});

const STAFF = Object.freeze(Object.fromEntries(PersonCategorySchema.options.map((id) => [id, gloss(`person.${id}`).ja]))) as Readonly<Record<string, string>>;

function how(question: ChecklistQuestion): string {
  return question.answer === "yes-no"
    ? `${YES} / ${NO} / ${UNKNOWN}`
    : question.answer === "date"
      ? `日付（例 2026-06-15） / ${NEVER} / ${UNKNOWN}`
      : `該当する区分を「、」で区切って（${STAFF.regular}、${STAFF["fiscal-year-appointed"]}、${STAFF["part-time"]}） / ${NONE} / ${UNKNOWN}`;
}

/**
 * Writes the self-inspection sheet (自己点検, clause 8) as an .xlsx workbook: one row per question
 * of the checklist (generated from the control catalog, like `renderChecklist`), with the controls
 * and clauses it serves and their provenance; answer cells with data validation (はい/いいえ/不明,
 * dates, 実施なし); a count of unanswered questions by formula; instructions; the sheet protected
 * so that only the answer cells (yellow) can be changed. `readChecklistAnswers` reads it back.
 *
 * @param options - The organisation and date to fill in, and the policy.
 * @returns The .xlsx file's bytes.
 * @example
 * ```ts
 * import { writeChecklistWorkbook } from "@miyagi-kouiki/infosec-policy-spreadsheet";
 *
 * const bytes = await writeChecklistWorkbook({ organization: "assembly-secretariat", asOf: "2026-11-25" });
 * ```
 */
export async function writeChecklistWorkbook(options?: ChecklistWorkbookOptions): Promise<Uint8Array> {
  const policy = options?.policy ?? currentPolicy;
  const layout = checklistSections(policy);
  const controlsOf = (id: string): string =>
    layout.sections
      .filter((section) => section.questions.some((q) => q.id === id))
      .map((section) => `[${section.control.clause}・${gloss(`provenance.${section.control.provenance}`).ja}] ${section.control.title.ja}`)
      .join("\n");
  const orgWords = Object.values(TEMPLATE_WORDS.organization);
  const last = FIRST_QUESTION_ROW + layout.questions.length - 1;
  const answerRange = `${ANSWER_COLUMN}${FIRST_QUESTION_ROW}:${ANSWER_COLUMN}${last}`;
  const orgValue = options?.organization === undefined ? undefined : (TEMPLATE_WORDS.organization[options.organization] ?? options.organization);
  const rows: (Cell | string | undefined)[][] = [
    [{ value: "情報セキュリティ自己点検（基本方針8） / Self-inspection (clause 8)", style: "title" }],
    [
      {
        value: `黄色の欄に回答し、保存して「infosec-policy-sheet check <このファイル>」で判定します。空欄・「${UNKNOWN}」の設問に係る管理策は「要確認」となり、適合とはなりません。 / Answer in the yellow cells, save, and run "infosec-policy-sheet check <this file>". A blank or ${UNKNOWN} answer makes its controls "needs review", never compliant.`,
        style: "muted",
      },
    ],
    [],
    [{ value: LABELS.organization, style: "header" }, { value: orgValue ?? "", style: "input" }],
    [{ value: LABELS.asOf, style: "header" }, options?.asOf === undefined ? { value: null, style: "input-date" } : { value: dateSerial(options.asOf), style: "input-date" }],
    [{ value: LABELS.respondent, style: "header" }, { value: "", style: "input" }],
    [{ value: LABELS.policy, style: "header" }, { value: `${policy.id} ${policy.version}` }],
    [{ value: LABELS.unanswered, style: "header" }, { value: layout.questions.length, formula: `COUNTBLANK(${answerRange})` }],
    ["No", "ID", "管理策 / Controls", "設問 / Question", "回答 / Answer", "記入状況 / Status", "回答のしかた / How to answer"].map((value) => ({ value, style: "header" as const })),
  ];
  const validations: DataValidation[] = [
    { range: "B4", type: "list", values: orgWords, prompt: { title: "組織", text: `点検する組織: ${orgWords.join("、")}` }, error: { title: "組織", text: `${orgWords.join("、")} から選んでください。` } },
    { range: "B5", type: "date", formula: String(dateSerial("2000-01-01")), prompt: { title: "点検日", text: "点検日（例 2026-11-25）" }, error: { title: "点検日", text: "日付を入力してください。" } },
  ];
  layout.questions.forEach((question, i) => {
    const r = FIRST_QUESTION_ROW + i;
    const ref = `${ANSWER_COLUMN}${r}`;
    rows.push([
      { value: i + 1 },
      { value: question.id, style: "muted" },
      { value: controlsOf(question.id), style: "wrap" },
      { value: `${question.text.ja}\n${question.text.en}`, style: "wrap" },
      { value: "", style: question.answer === "date" ? "input-date" : "input" },
      { value: "未回答", formula: `IF(${ref}="","未回答",IF(${ref}="${UNKNOWN}","不明（要確認）","回答済"))` },
      { value: how(question), style: "muted" },
    ]);
    if (question.answer === "yes-no") {
      validations.push({ range: ref, type: "list", values: [YES, NO, UNKNOWN], prompt: { title: "回答", text: how(question) }, error: { title: "回答", text: `${YES}・${NO}・${UNKNOWN} から選んでください。` } });
    } else if (question.answer === "date") {
      validations.push({ range: ref, type: "custom", formula: `OR(ISNUMBER(${ref}),${ref}="${NEVER}",${ref}="${UNKNOWN}")`, prompt: { title: "回答", text: how(question) }, error: { title: "回答", text: `日付、「${NEVER}」又は「${UNKNOWN}」を入力してください。` } });
    } else {
      validations.push({ range: ref, type: "custom", formula: `LEN(${ref})>0`, prompt: { title: "回答", text: how(question) } });
    }
  });
  return writeWorkbook([{ name: SHEET, rows, widths: [6, 26, 44, 60, 16, 16, 36], freeze: { rows: FIRST_QUESTION_ROW - 1 }, validations, protect: true }]);
}

/** Why a self-inspection sheet could not be read: every problem, with its cell. */
export class ChecklistAnswersError extends Error {
  override readonly name = "ChecklistAnswersError";
  /** @param issues - Every problem found. */
  constructor(readonly issues: readonly CellIssue[]) {
    super(issues.map((issue) => `${issue.sheet ?? ""}!${issue.column ?? ""}${issue.row}: ${issue.message.ja} / ${issue.message.en}`).join("\n"));
  }
}

function isoDate(text: string, number: number | undefined): string | undefined {
  if (number !== undefined && Number.isFinite(number)) return serialDate(number);
  const m = /^(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?$/u.exec(text.normalize("NFKC").trim());
  if (m === null) return undefined;
  const iso = `${m[1]}-${(m[2] as string).padStart(2, "0")}-${(m[3] as string).padStart(2, "0")}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/**
 * Reads a filled self-inspection sheet (`writeChecklistWorkbook`) into the answers file `check`
 * takes (`ChecklistAnswers`, as `infosec-policy checklist --format json` writes it). A blank
 * answer is left out (unknown: its controls need review), never taken as "no".
 *
 * @param bytes - The .xlsx file's bytes.
 * @param options - `fileName`, for the issues.
 * @returns The answers.
 * @throws ChecklistAnswersError listing every cell that cannot be read (an unknown organisation, a date that is not one, a word that is not an answer).
 * @example
 * ```ts
 * import { readChecklistAnswers, writeChecklistWorkbook } from "@miyagi-kouiki/infosec-policy-spreadsheet";
 *
 * const answers = await readChecklistAnswers(await writeChecklistWorkbook({ organization: "secretariat" }));
 * answers.organization; // "secretariat"
 * ```
 */
export async function readChecklistAnswers(bytes: Uint8Array, options?: { readonly fileName?: string }): Promise<ChecklistAnswers> {
  const workbook = openWorkbook(bytes);
  const sheet = workbook.sheets.find((s) => s.name === SHEET)?.name ?? workbook.sheets[0]?.name ?? SHEET;
  const file = options?.fileName ?? "checklist";
  const issues: CellIssue[] = [];
  const issue = (row: number, column: string, header: string, value: string, message: Bilingual, allowed?: readonly string[]): void => {
    issues.push({ file, sheet, row, column, header, value, message, ...(allowed === undefined ? {} : { allowed }) });
  };
  const byLabel = new Map<string, { row: number; text: string; number?: number }>();
  const answers: Record<string, unknown> = {};
  const questions = new Map<string, ChecklistQuestion>(CHECKLIST_QUESTIONS.map((q) => [q.id, q]));
  let found = 0;
  for (const { row, cells } of workbook.rows(sheet)) {
    const a = cells[0]?.text.trim() ?? "";
    if (Object.values(LABELS).includes(a as never)) {
      const b = cells[1];
      byLabel.set(a, { row, text: b?.text.trim() ?? "", ...(b?.number === undefined ? {} : { number: b.number }) });
      continue;
    }
    const id = cells[1]?.text.trim() ?? "";
    const question = questions.get(id);
    if (question === undefined) continue;
    found++;
    const cell = cells[4];
    const text = cell?.text.trim() ?? "";
    if (text === "") continue;
    const word = normalizeWord(text);
    const header = "回答 / Answer";
    if (word === normalizeWord(UNKNOWN)) {
      answers[id] = "unknown";
    } else if (question.answer === "yes-no") {
      if (["はい", "yes", "○", "true"].includes(word)) answers[id] = "yes";
      else if (["いいえ", "no", "×", "false"].includes(word)) answers[id] = "no";
      else issue(row, ANSWER_COLUMN, header, text, { ja: `「${text}」は回答として読めません。「${YES}」「${NO}」「${UNKNOWN}」のいずれかです。`, en: `"${text}" is not an answer: it is ${YES} (yes), ${NO} (no) or ${UNKNOWN} (unknown).` }, [YES, NO, UNKNOWN]);
    } else if (question.answer === "date") {
      if (word === normalizeWord(NEVER) || word === "never") answers[id] = "never";
      else {
        const iso = isoDate(text, cell?.number);
        if (iso === undefined) issue(row, ANSWER_COLUMN, header, text, { ja: `「${text}」は日付として読めません（例 2026-06-15）。実施していなければ「${NEVER}」です。`, en: `"${text}" is not a date (e.g. 2026-06-15); write ${NEVER} if never.` }, ["YYYY-MM-DD", NEVER, UNKNOWN]);
        else answers[id] = iso;
      }
    } else {
      if (word === normalizeWord(NONE)) answers[id] = [];
      else {
        const reverse = new Map(Object.entries(STAFF).flatMap(([cat, ja]) => [[normalizeWord(ja), cat], [cat, cat]]));
        const parts = text.split(/[、,，\s]+/u).filter((p) => p !== "");
        const categories: string[] = [];
        for (const part of parts) {
          const cat = reverse.get(normalizeWord(part));
          if (cat === undefined) issue(row, ANSWER_COLUMN, header, text, { ja: `「${part}」は職員の区分ではありません。`, en: `"${part}" is not a staff category.` }, Object.values(STAFF));
          else if (!categories.includes(cat)) categories.push(cat);
        }
        answers[id] = categories;
      }
    }
  }
  if (found === 0) {
    issues.push({ file, sheet, row: 0, message: { ja: "自己点検の設問が見つかりません（writeChecklistWorkbook / checklist --format xlsx で作ったシートですか）。", en: "no self-inspection questions found (is this a sheet made by checklist --format xlsx?)." } });
  }
  const org = byLabel.get(LABELS.organization);
  let organization: ChecklistAnswers["organization"] | undefined;
  const orgText = org?.text ?? "";
  const reverseOrg = new Map<string, string>([...Object.entries(TEMPLATE_WORDS.organization).map(([id, ja]) => [normalizeWord(ja), id] as [string, string]), ...OrganizationIdSchema.options.map((id) => [id, id] as [string, string])]);
  const orgId = reverseOrg.get(normalizeWord(orgText));
  if (orgId !== undefined) organization = orgId as ChecklistAnswers["organization"];
  else if (found > 0) issue(org?.row ?? 4, "B", LABELS.organization, orgText, { ja: orgText === "" ? "点検する組織が空欄です。" : `「${orgText}」は基本方針5(1)の組織ではありません。`, en: orgText === "" ? "the organisation inspected is blank." : `"${orgText}" is not an organisation of 5(1).` }, Object.values(TEMPLATE_WORDS.organization));
  const asOfCell = byLabel.get(LABELS.asOf);
  let asOf: string | undefined;
  if (asOfCell !== undefined && asOfCell.text !== "") {
    asOf = isoDate(asOfCell.text, asOfCell.number);
    if (asOf === undefined) issue(asOfCell.row, "B", LABELS.asOf, asOfCell.text, { ja: "点検日が日付として読めません（例 2026-11-25）。", en: "the inspection date is not a date (e.g. 2026-11-25)." });
  }
  if (issues.length > 0 || organization === undefined) throw new ChecklistAnswersError(issues);
  const respondent = byLabel.get(LABELS.respondent)?.text ?? "";
  const policyText = byLabel.get(LABELS.policy)?.text ?? "";
  return {
    checklist: "self-inspection",
    organization,
    ...(asOf === undefined ? {} : { asOf }),
    ...(respondent === "" ? {} : { respondent }),
    ...(policyText === "" ? {} : { policy: policyText }),
    answers: answers as ChecklistAnswers["answers"],
  };
}

