import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Locale } from "../../src/index.js";
import { issuesFromZod } from "../../src/validation/input-error.js";
import { issueMessages } from "../../src/validation/issue-messages.js";

// The wording of each kind of zod issue, on small schemas of every shape the package uses, so
// that each branch of the wording is checked against what zod really reports.

/** The messages of every issue of `schema` for `input`, in one language. */
function wording(schema: z.ZodType, input: unknown, locale: Locale = "en", withInput = true): string[] {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return issuesFromZod(parsed.error, [], withInput ? { locale, input, schema } : { locale, schema }).map((issue) => `${issue.at}: ${issue.message}`);
}

describe("unknown keys are matched against the object at their path, through every kind of wrapper", () => {
  const item = z.object({ name: z.string(), level: z.number() }).strict();
  it.each<[string, z.ZodType, unknown, string]>([
    ["an array element", z.object({ items: z.array(item) }).strict(), { items: [{ name: "a", level: 1, levle: 2 }] }, 'items[0]: unknown field "levle"; did you mean "level"?'],
    ["a record value", z.object({ byId: z.record(z.string(), item) }).strict(), { byId: { x: { name: "a", level: 1, nmae: "b" } } }, 'byId.x: unknown field "nmae"; did you mean "name"?'],
    ["a lazy schema", z.lazy(() => item), { name: "a", level: 1, levels: 1 }, '(root): unknown field "levels"; did you mean "level"?'],
    ["a pipe (transform)", item.transform((value) => value.name), { name: "a", level: 1, Name: "b" }, '(root): unknown field "Name"; did you mean "name"?'],
    ["an optional, nullable, readonly, defaulted object", z.object({ inner: item.readonly().nullable().optional() }).strict(), { inner: { name: "a", level: 1, lvl: 1 } }, 'inner: unknown field "lvl"; did you mean "level"?'],
    ["a plain union picks its object alternative", z.union([z.string(), item]), { name: "a", level: 1, nam: "x" }, '(root): unknown field "nam"; did you mean "name"?'],
  ])("%s", (_, schema, input, expected) => {
    expect(wording(schema, input)).toEqual([expected]);
  });

  it("a key the schema does not know at that path, or a schema that is not an object there, gives no list", () => {
    const record = z.record(z.string(), z.number());
    expect(wording(z.object({ a: record }).strict(), { a: { x: "1" } })).toEqual(['a.x: "x" must be a number, not the string "1"']);
    // Without the schema, an unknown key is still named, with no guess.
    const parsed = item.safeParse({ name: "a", level: 1, levle: 1 });
    if (parsed.success) throw new Error("expected a failure");
    expect(issuesFromZod(parsed.error, [], { locale: "en" }).map((issue) => issue.message)).toEqual(['unknown field "levle"']);
    expect(issuesFromZod(parsed.error, [], { locale: "ja" }).map((issue) => issue.message)).toEqual(['不明な項目 "levle" です。']);
    expect(wording(item, { name: "a", level: 1, zzz: 1 }, "ja")).toEqual(['(root): 不明な項目 "zzz" です（使える項目: "name"・"level"）。']);
    // Several unknown keys: the known fields are listed once, and only the first ten keys are named.
    const many = Object.fromEntries([["name", "a"], ["level", 1], ["nmae", 1], ...Array.from({ length: 12 }, (_, i) => [`extra${i}`, i])]);
    const [message] = wording(item, many, "en");
    expect(message?.match(/\(known fields/g)).toHaveLength(1);
    expect(message).toMatch(/^\(root\): unknown field "nmae"; did you mean "name"\?; unknown field "extra0" \(known fields: "name", "level"\); unknown field "extra1"; .*; and 3 more unknown fields$/);
    expect(wording(item, many, "ja")[0]).toContain("ほかに不明な項目が 3 個あります。");
  });
});

describe("each issue kind, in both languages", () => {
  it.each<[string, z.ZodType, unknown, string, string]>([
    ["a number", z.object({ n: z.number() }), { n: "1" }, 'n: "n" must be a number, not the string "1"', 'n: "n" は数値で指定してください（文字列 "1" が指定されています）'],
    ["an integer", z.object({ n: z.int() }), { n: true }, 'n: "n" must be a number, not true', 'n: "n" は数値で指定してください（true が指定されています）'],
    ["an array", z.object({ list: z.array(z.string()) }), { list: {} }, 'list: "list" must be an array ([ … ]), not an object', 'list: "list" は配列（[ … ]）で指定してください（オブジェクト が指定されています）'],
    ["an object", z.object({ o: z.object({}) }), { o: [1] }, 'o: "o" must be an object ({ … }), not an array', 'o: "o" はオブジェクト（{ … }）で指定してください（配列 が指定されています）'],
    ["null", z.object({ v: z.null() }), { v: 0 }, 'v: "v" must be null, not the number 0', 'v: "v" はnullで指定してください（数値 0 が指定されています）'],
    ["another type", z.object({ b: z.bigint() }), { b: 1 }, 'b: "b" must be a value of type bigint, not the number 1', 'b: "b" はbigint 型の値で指定してください（数値 1 が指定されています）'],
    ["a single literal", z.object({ k: z.literal("x") }), { k: "y" }, 'k: "k" must be "x", not the string "y"', 'k: "k" は "x"で指定してください（文字列 "y" は使えません）'],
    ["a long string", z.object({ s: z.string().max(3) }), { s: "abcd" }, 's: "s" must have at most 3 characters', 's: "s" は3文字以下で指定してください'],
    ["a short string", z.object({ s: z.string().min(2) }), { s: "a" }, 's: "s" must have at least 2 characters', 's: "s" は2文字以上で指定してください'],
    ["a one-item list", z.object({ l: z.array(z.number()).max(1) }), { l: [1, 2] }, 'l: "l" must have at most 1 item', 'l: "l" は1件以下で指定してください'],
    ["a list too short", z.object({ l: z.array(z.number()).min(2) }), { l: [1] }, 'l: "l" must have at least 2 items', 'l: "l" は2件以上で指定してください'],
    ["a number too big", z.object({ n: z.number().max(3) }), { n: 4 }, 'n: "n" must be at most 3', 'n: "n" は3以下で指定してください'],
    ["a number not above", z.object({ n: z.number().gt(3) }), { n: 3 }, 'n: "n" must be more than 3', 'n: "n" は3より多くで指定してください'],
    ["a number not below", z.object({ n: z.number().lt(3) }), { n: 3 }, 'n: "n" must be fewer than 3', 'n: "n" は3未満で指定してください'],
    ["a pattern", z.object({ id: z.string().regex(/^[a-z]+$/, "must be lower case") }), { id: "A" }, 'id: "id": must be lower case', 'id: "id" の形式が正しくありません（must be lower case）'],
    ["a custom check", z.object({ c: z.string().refine((value) => value === "ok", "must be ok") }), { c: "no" }, 'c: "c": must be ok', 'c: "c": must be ok'],
    ["a root custom check", z.string().refine((value) => value === "ok", "must be ok"), "no", "(root): must be ok", "(root): must be ok"],
    ["a union of types", z.object({ u: z.union([z.string(), z.number()]) }), { u: true }, 'u: "u" must be a string or a number, not true', 'u: "u" は 文字列・数値で指定してください（true は使えません）'],
    ["a missing object", z.object({ o: z.object({ a: z.string() }) }), {}, 'o: required field "o" is missing (an object ({ … }))', 'o: 必須項目 "o" がありません（オブジェクト（{ … }））'],
    ["a missing union", z.object({ u: z.union([z.literal("a"), z.literal("b")]) }), {}, 'u: required field "u" is missing (one of "a" or "b")', 'u: 必須項目 "u" がありません（"a"・"b" のいずれか）'],
  ])("%s", (_, schema, input, en, ja) => {
    expect(wording(schema, input, "en")).toEqual([en]);
    expect(wording(schema, input, "ja")).toEqual([ja]);
  });

  it("no input at all, and a union whose alternatives cannot be listed simply", () => {
    expect(wording(z.object({}), undefined, "en")).toEqual(["(root): there is no input"]);
    expect(wording(z.object({}), undefined, "ja")).toEqual(["(root): 入力がありません"]);
    const nested = z.object({ u: z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]) });
    expect(wording(nested, { u: { c: 1 } }, "en")).toEqual(['u: "u": Invalid input']);
  });

  it("without the input, a value is not quoted and a missing field is not told from a wrong one", () => {
    expect(wording(z.object({ n: z.number() }), { n: "1" }, "en", false)).toEqual(['n: "n" must be a number']);
    expect(wording(z.object({ k: z.enum(["a", "b"]) }), { k: "c" }, "ja", false)).toEqual(['k: "k" は "a"・"b" のいずれかで指定してください（値がありません）']);
    expect(wording(z.object({ n: z.number() }), { n: "1" }, "ja", false)).toEqual(['n: "n" は数値で指定してください（値がありません）']);
  });

  it("a value that cannot be written as JSON, and an issue the wording cannot read, still give a message", () => {
    expect(issueMessages({ code: "invalid_type", expected: "string", path: ["x"], message: "m" }, { input: { x: 10n } })).toEqual({
      ja: '"x" は文字列で指定してください（bigint が指定されています）',
      en: '"x" must be a string, not bigint',
    });
    const hostile = new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error("no"); } });
    const parsed = z.object({ a: z.string() }).safeParse({});
    if (parsed.success) throw new Error("expected a failure");
    expect(issuesFromZod(parsed.error, [], { locale: "en", input: hostile }).map((issue) => issue.message)).toEqual(["Invalid input: expected string, received undefined"]);
  });
});
