import type { z } from "zod";
import type { LocalizedText } from "../definitions/localized-text.js";
import { editDistance } from "../internal/edit-distance.js";
import { suggestOrganizationId } from "../definitions/organization-ref.js";
import { ORGANIZATION_ID_VALUES } from "../definitions/vocabulary-values.js";

// The words of a validation problem, in Japanese and English, for people: the field, what it
// must be (the allowed values or the type), what was given, and a did-you-mean for a near miss.
// Values from the input are quoted with JSON.stringify (so no control character or line break
// reaches a terminal raw) and cut short.

/** A zod issue, as this module reads it (zod 4's issue union, loosely). */
export interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly options?: readonly unknown[];
  readonly discriminator?: string;
  readonly errors?: readonly (readonly ZodIssueLike[])[];
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
  readonly format?: string;
}

/** What the messages may read besides the issue: the input validated and its schema. */
export interface IssueContext {
  /** The input as given, to tell a missing field from a wrong one and to quote the wrong value. */
  readonly input?: unknown;
  /** The schema the input was validated with, to list the known fields for a did-you-mean. */
  readonly schema?: z.ZodType;
}

const MAX_QUOTED = 60;
/** How many unknown keys of one object a message names. */
const MAX_KEYS = 10;

/** A value of the input at a path: whether it is there, and what it is (own data properties only, never a getter). */
function valueAt(input: unknown, path: readonly PropertyKey[]): { readonly present: boolean; readonly value?: unknown } {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null || typeof key === "symbol") return { present: false };
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !("value" in descriptor)) return { present: false };
    value = descriptor.value;
  }
  return value === undefined ? { present: false } : { present: true, value };
}

type Def = { readonly type?: string; readonly [key: string]: unknown };
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** The known keys of the object schema at a path (a discriminated union picks the option the input names). */
function knownKeysAt(schema: z.ZodType | undefined, input: unknown, path: readonly PropertyKey[]): readonly string[] {
  let current: unknown = schema;
  let value: unknown = input;
  let index = 0;
  for (let guard = 0; guard < 1000 && current !== undefined; guard++) {
    const def = defOf(current);
    if (def === undefined) return [];
    switch (def.type) {
      case "optional":
      case "nullable":
      case "readonly":
      case "default":
      case "prefault":
      case "nonoptional":
      case "catch":
        current = def["innerType"];
        continue;
      case "pipe":
        current = def["in"];
        continue;
      case "lazy":
        current = (def["getter"] as () => unknown)();
        continue;
      case "union": {
        const options = (def["options"] ?? []) as readonly unknown[];
        const discriminator = def["discriminator"] as string | undefined;
        const wanted = discriminator === undefined ? undefined : valueAt(value, [discriminator]).value;
        current =
          options.find((option) => {
            const values = (option as { _zod?: { propValues?: Record<string, Set<unknown>> } })._zod?.propValues?.[discriminator ?? ""];
            return values?.has(wanted) ?? false;
          }) ?? options.find((option) => defOf(option)?.type === "object");
        continue;
      }
      case "object": {
        const shape = def["shape"] as Record<string, unknown>;
        if (index === path.length) return Object.keys(shape);
        const key = path[index++];
        if (typeof key !== "string" || !Object.hasOwn(shape, key)) return [];
        current = shape[key];
        value = valueAt(value, [key]).value;
        continue;
      }
      case "array":
      case "record": {
        if (index === path.length) return [];
        const key = path[index++];
        current = def.type === "array" ? def["element"] : def["valueType"];
        value = key === undefined ? undefined : valueAt(value, [key]).value;
        continue;
      }
      default:
        return [];
    }
  }
  return [];
}

/** The known value closest to a wrong one, if it is close enough to be a typo (or differs only in case or spaces). */
export function closest(wrong: string, known: readonly string[]): string | undefined {
  const key = wrong.normalize("NFKC").trim().toLowerCase();
  const sameButCase = known.find((candidate) => candidate.toLowerCase() === key);
  if (sameButCase !== undefined) return sameButCase;
  let best: { readonly candidate: string; readonly distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(key, candidate.toLowerCase());
    // A third of the longer word, so that a swap of two letters ("levle") is a near miss in a word of four or more.
    const allowed = Math.max(1, Math.min(3, Math.ceil(Math.max(key.length, candidate.length) / 3)));
    if (distance <= allowed && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** A value as JSON, cut short: `"mynumbr"`, `5`, `true`. */
function quote(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(typeof value);
  }
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

/** What was given, in words: `the string "Yes"` / `文字列 "Yes"`. */
function given(value: unknown): LocalizedText {
  if (value === null) return { ja: "null", en: "null" };
  if (Array.isArray(value)) return { ja: "配列", en: "an array" };
  switch (typeof value) {
    case "string":
      return { ja: `文字列 ${quote(value)}`, en: `the string ${quote(value)}` };
    case "number":
      return { ja: `数値 ${quote(value)}`, en: `the number ${quote(value)}` };
    case "boolean":
      return { ja: String(value), en: String(value) };
    case "object":
      return { ja: "オブジェクト", en: "an object" };
    default:
      return { ja: typeof value, en: typeof value };
  }
}

/** A type zod expected, in words. */
function typeWords(expected: string | undefined): LocalizedText {
  switch (expected) {
    case "boolean":
      return { ja: "真偽値（true または false）", en: "a boolean (true/false)" };
    case "string":
      return { ja: "文字列", en: "a string" };
    case "number":
      return { ja: "数値", en: "a number" };
    case "object":
      return { ja: "オブジェクト（{ … }）", en: "an object ({ … })" };
    case "array":
      return { ja: "配列（[ … ]）", en: "an array ([ … ])" };
    case "null":
      return { ja: "null", en: "null" };
    default:
      return { ja: `${expected ?? "不明"} 型の値`, en: `a value of type ${expected ?? "unknown"}` };
  }
}

/** The allowed values, listed: `"a", "b" or "c"` / `"a"・"b"・"c"`. */
function listOf(values: readonly unknown[]): LocalizedText {
  const quoted = values.map((value) => quote(value));
  return {
    ja: quoted.join("・"),
    en: quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1) ?? ""}`,
  };
}

/** The field an issue is about, for a message: `"zone"`, `"factors[1]"`, or the input itself. */
function fieldOf(path: readonly PropertyKey[]): { readonly root: boolean; readonly name: string } {
  let last = path.length - 1;
  while (last >= 0 && typeof path[last] === "number") last--;
  if (last < 0 && path.length === 0) return { root: true, name: "" };
  const head = last < 0 ? "" : String(path[last]);
  const indices = path.slice(last + 1).map((index) => `[${String(index)}]`).join("");
  return { root: false, name: quote(`${head}${indices}`) };
}

// The Japanese subject ends with its particle's space (`"zone" は`), the input itself has none (`入力は`).
const subject = (field: { root: boolean; name: string }): LocalizedText => (field.root ? { ja: "入力", en: "the input" } : { ja: `${field.name} `, en: field.name });

/** The allowed values or type of an issue, where it says them. */
function allowedOf(issue: ZodIssueLike): { readonly values?: readonly unknown[]; readonly words: LocalizedText } | undefined {
  if (issue.values !== undefined && issue.values.length > 0) return { values: issue.values, words: listOf(issue.values) };
  if (issue.code === "invalid_union" && issue.options !== undefined) return { values: issue.options, words: listOf(issue.options) };
  if (issue.code === "invalid_type") return { words: typeWords(issue.expected) };
  if (issue.code === "invalid_union" && issue.errors !== undefined) {
    // A union of simple alternatives, e.g. an answer that is true, false, "yes", "no" or "unknown".
    const types: LocalizedText[] = [];
    const values: unknown[] = [];
    for (const branch of issue.errors) {
      for (const inner of branch) {
        if (inner.path.length > 0) return undefined;
        if (inner.code === "invalid_type" && inner.expected === "boolean") values.push(true, false);
        else if (inner.code === "invalid_type") types.push(typeWords(inner.expected));
        else if (inner.code === "invalid_value" && inner.values !== undefined) values.push(...inner.values);
        else if (inner.code === "invalid_format" && inner.format === "date") types.push(DATE_WORDS);
        else return undefined;
      }
    }
    const parts = [...(values.length === 0 ? [] : [listOf(values)]), ...types];
    if (parts.length === 0) return undefined;
    return { values, words: { ja: parts.map((part) => part.ja).join("・"), en: parts.map((part) => part.en).join(" or ") } };
  }
  return undefined;
}

const DATE_WORDS: LocalizedText = { ja: "YYYY-MM-DD 形式の実在する日付", en: "a calendar date as YYYY-MM-DD" };

function didYouMean(value: unknown, values: readonly unknown[] | undefined): LocalizedText {
  // A single allowed value is named already; a guess is only worth giving among several.
  if (typeof value !== "string" || values === undefined || values.length < 2) return { ja: "", en: "" };
  const suggestion = closest(value, values.filter((candidate): candidate is string => typeof candidate === "string"));
  return suggestion === undefined ? { ja: "", en: "" } : { ja: `${quote(suggestion)} の誤りではありませんか。`, en: `; did you mean ${quote(suggestion)}?` };
}

/** Joins a Japanese sentence and its did-you-mean. */
const ja = (sentence: string, hint: string): string => (hint === "" ? sentence : `${sentence}。${hint}`);

/**
 * The message of one zod issue, in Japanese and English: the field, what it must be, what was
 * given, and a did-you-mean for a near miss.
 *
 * @param issue - The zod issue.
 * @param context - The input and schema, if known.
 * @returns The message in both languages.
 */
export function issueMessages(issue: ZodIssueLike, context: IssueContext): LocalizedText {
  const field = fieldOf(issue.path);
  const who = subject(field);
  const at = valueAt(context.input, issue.path);
  const missing = "input" in context && !at.present;

  if (issue.code === "unrecognized_keys") {
    const known = knownKeysAt(context.schema, context.input, issue.path);
    const keys = issue.keys ?? [];
    // The known fields are listed once, with the first key that has no near miss; at most MAX_KEYS keys are named.
    let list = known.length > 0;
    const parts = keys.slice(0, MAX_KEYS).map((key) => {
      const suggestion = closest(key, known);
      const listed = suggestion === undefined && list;
      if (listed) list = false;
      return {
        ja: suggestion === undefined ? `不明な項目 ${quote(key)} です${listed ? `（使える項目: ${known.map((name) => quote(name)).join("・")}）` : ""}` : `不明な項目 ${quote(key)} です。${quote(suggestion)} の誤りではありませんか。`,
        en: suggestion === undefined ? `unknown field ${quote(key)}${listed ? ` (known fields: ${known.map((name) => quote(name)).join(", ")})` : ""}` : `unknown field ${quote(key)}; did you mean ${quote(suggestion)}?`,
      };
    });
    if (keys.length > MAX_KEYS) parts.push({ ja: `ほかに不明な項目が ${keys.length - MAX_KEYS} 個あります`, en: `and ${keys.length - MAX_KEYS} more unknown fields` });
    return { ja: parts.map((part) => part.ja.replace(/。?$/, "。")).join(""), en: parts.map((part) => part.en).join("; ") };
  }

  if (isOrganizationUnion(issue)) return organizationMessages(field.name, at.present, at.value);

  const allowed = allowedOf(issue);
  if (missing && !field.root && allowed !== undefined && (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union")) {
    return { ja: `必須項目 ${field.name} がありません（${allowed.words.ja}${allowed.values === undefined ? "" : " のいずれか"}）`, en: `required field ${field.name} is missing (${allowed.values === undefined ? "" : allowed.values.length > 1 ? "one of " : ""}${allowed.words.en})` };
  }
  if (missing && field.root) return { ja: "入力がありません", en: "there is no input" };

  const value = given(at.value);
  switch (issue.code) {
    case "invalid_type":
      return {
        ja: `${who.ja}は${typeWords(issue.expected).ja}で指定してください（${at.present ? `${value.ja} が指定されています` : "値がありません"}）`,
        en: `${who.en} must be ${typeWords(issue.expected).en}${at.present ? `, not ${value.en}` : ""}`,
      };
    case "invalid_value":
    case "invalid_union": {
      if (allowed === undefined) break;
      const hint = didYouMean(at.value, allowed.values);
      const one = allowed.values !== undefined && allowed.values.length > 1 ? " のいずれか" : "";
      return {
        ja: ja(`${who.ja}は ${allowed.words.ja}${one}で指定してください（${at.present ? `${value.ja} は使えません` : "値がありません"}）`, hint.ja),
        en: `${who.en} must be ${allowed.values !== undefined && allowed.values.length > 1 ? "one of " : ""}${allowed.words.en}${at.present ? `, not ${value.en}` : ""}${hint.en}`,
      };
    }
    case "invalid_format":
      if (issue.format === "date") {
        return { ja: `${who.ja}は ${DATE_WORDS.ja}で指定してください（${value.ja} は使えません）`, en: `${who.en} must be ${DATE_WORDS.en}, not ${value.en}` };
      }
      return { ja: `${who.ja}の形式が正しくありません（${issue.message}）`, en: `${who.en}: ${issue.message}` };
    case "too_small":
    case "too_big":
      return sizeMessage(issue, who);
    default:
      break;
  }
  return { ja: field.root ? issue.message : `${who.ja.trim()}: ${issue.message}`, en: field.root ? issue.message : `${who.en}: ${issue.message}` };
}

function sizeMessage(issue: ZodIssueLike, who: LocalizedText): LocalizedText {
  const small = issue.code === "too_small";
  const bound = String(small ? issue.minimum : issue.maximum);
  const strict = issue.inclusive === false;
  if (issue.origin === "string" && small && bound === "1" && !strict) return { ja: `${who.ja}は空にできません`, en: `${who.en} must not be empty` };
  const unit: LocalizedText =
    issue.origin === "string" ? { ja: "文字", en: bound === "1" ? " character" : " characters" } : issue.origin === "array" || issue.origin === "set" ? { ja: "件", en: bound === "1" ? " item" : " items" } : { ja: "", en: "" };
  const en = small ? (strict ? "more than" : "at least") : strict ? "fewer than" : "at most";
  const jaWord = small ? (strict ? "より多く" : "以上") : strict ? "未満" : "以下";
  const what = issue.origin === "string" || issue.origin === "array" || issue.origin === "set" ? "have " : "be ";
  return { ja: `${who.ja}は${bound}${unit.ja}${jaWord}で指定してください`, en: `${who.en} must ${what}${en} ${bound}${unit.en}` };
}

/** An organisation reference's union (OrganizationRefSchema): one branch lists the four ids of 5(1). */
function isOrganizationUnion(issue: ZodIssueLike): boolean {
  if (issue.code !== "invalid_union" || issue.errors === undefined) return false;
  return issue.errors.some((branch) =>
    branch.some((inner) => inner.code === "invalid_value" && inner.values !== undefined && inner.values.length === ORGANIZATION_ID_VALUES.length && ORGANIZATION_ID_VALUES.every((id) => inner.values?.includes(id))),
  );
}

const ORGANIZATION_WORDS: LocalizedText = {
  ja: `${ORGANIZATION_ID_VALUES.map((id) => quote(id)).join("・")} のいずれか（5(1) の機関）、または 5(1) の範囲外の団体であることを示す { "outside": "団体名" }`,
  en: `one of ${ORGANIZATION_ID_VALUES.map((id) => quote(id)).join(", ")} (the bodies of 5(1)), or { "outside": "<name>" } for a body outside 5(1)`,
};

/** Organisation references fail closed: a near miss is named, a name is told how to declare an outside body. */
function organizationMessages(name: string, present: boolean, value: unknown): LocalizedText {
  if (!present) return { ja: `必須項目 ${name} がありません（${ORGANIZATION_WORDS.ja}）`, en: `required field ${name} is missing (${ORGANIZATION_WORDS.en})` };
  if (typeof value === "string" && value.trim() === "") return { ja: `${name} は空にできません（${ORGANIZATION_WORDS.ja}）`, en: `${name} must not be blank (${ORGANIZATION_WORDS.en})` };
  if (typeof value === "string") {
    const meant = suggestOrganizationId(value);
    if (meant !== undefined) {
      return {
        ja: `${name} に ${quote(value)} は使えません。${quote(meant)} の誤りではありませんか。（指定できるのは ${ORGANIZATION_WORDS.ja}）`,
        en: `${name} cannot be ${quote(value)}; did you mean ${quote(meant)}? (${ORGANIZATION_WORDS.en})`,
      };
    }
    return {
      ja: `${name} に ${quote(value)} は使えません。5(1) の範囲外の団体であれば { "outside": ${quote(value)} } と書いてください（指定できるのは ${ORGANIZATION_WORDS.ja}）`,
      en: `${name} cannot be ${quote(value)}; if it is a body outside 5(1), write { "outside": ${quote(value)} } (${ORGANIZATION_WORDS.en})`,
    };
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const extra = Object.keys(value).filter((key) => key !== "outside");
    if (extra.length > 0) {
      const key = extra[0] as string;
      const hint = closest(key, ["outside"]) === undefined ? { ja: "", en: "" } : { ja: `"outside" の誤りではありませんか。`, en: `; did you mean "outside"?` };
      return {
        ja: `${name} の不明な項目 ${quote(key)} です。${hint.ja}（5(1) の範囲外の団体は { "outside": "団体名" } とだけ書きます）`,
        en: `${name} has an unknown field ${quote(key)}${hint.en} (a body outside 5(1) is declared as { "outside": "<name>" } only)`,
      };
    }
  }
  const shown = given(value);
  return { ja: `${name} は ${ORGANIZATION_WORDS.ja}で指定してください（${shown.ja} は使えません）`, en: `${name} must be ${ORGANIZATION_WORDS.en}, not ${shown.en}` };
}
