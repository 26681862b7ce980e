import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FactorKindSchema, parseChecklistAnswers, parseSubject, safeEvaluate, safeExtendPolicy, policy, SubjectSchema, ZoneSchema, type InputIssue, type Locale } from "../../src/index.js";
import { closest } from "../../src/validation/issue-messages.js";
import { issuesFromZod } from "../../src/validation/input-error.js";

function issuesOf(input: unknown, options?: unknown): readonly InputIssue[] {
  const result = safeEvaluate(input, options);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return result.error.issues;
}

/** `at: message` per issue, in a locale. */
const lines = (input: unknown, locale?: Locale): string[] => issuesOf(input, locale === undefined ? undefined : { locale }).map((issue) => `${issue.at}: ${issue.message}`);

describe("validation messages name the field, what it must be and what was given, in ja and en", () => {
  it("an unknown key gets a did-you-mean", () => {
    const input = { kind: "sign-in", zone: "mynumber", factors: ["knowledge", "possession"], zones: "lgwan" };
    expect(lines(input, "ja")).toEqual(['(root): 不明な項目 "zones" です。"zone" の誤りではありませんか。']);
    expect(lines(input, "en")).toEqual(['(root): unknown field "zones"; did you mean "zone"?']);
    expect(lines({ kind: "transfer", from: "internet", to: "lgwan", sanitised: true }, "en")).toEqual(['(root): unknown field "sanitised"; did you mean "sanitized"?']);
  });

  it("an unknown key with no near miss lists the known fields of the chosen kind", () => {
    const [message] = lines({ kind: "software-use", approved: true, colour: "red" }, "en");
    expect(message).toBe('(root): unknown field "colour" (known fields: "kind", "id", "organization", "software", "action", "approved", "zone", "exception")');
  });

  it("a near-miss enum value gets a did-you-mean and the allowed values", () => {
    const input = { kind: "sign-in", zone: "mynumbr", factors: ["knowledge", "possession"] };
    expect(lines(input, "en")).toEqual(['zone: "zone" must be one of "mynumber", "lgwan" or "internet", not the string "mynumbr"; did you mean "mynumber"?']);
    expect(lines(input, "ja")).toEqual(['zone: "zone" は "mynumber"・"lgwan"・"internet" のいずれかで指定してください（文字列 "mynumbr" は使えません）。"mynumber" の誤りではありませんか。']);
    // Case and full-width letters are a near miss too.
    expect(lines({ ...input, zone: "LGWAN" }, "en")[0]).toContain('did you mean "lgwan"?');
    expect(lines({ ...input, zone: "ｌｇｗａｎ" }, "en")[0]).toContain('did you mean "lgwan"?');
    // A value far from every allowed one gets no guess.
    expect(lines({ ...input, zone: "moon" }, "en")).toEqual(['zone: "zone" must be one of "mynumber", "lgwan" or "internet", not the string "moon"']);
  });

  it("a missing required field says it is missing and what it may be, not 'Invalid option'", () => {
    const input = { kind: "sign-in", factors: ["knowledge"] };
    expect(lines(input, "ja")).toEqual(['zone: 必須項目 "zone" がありません（"mynumber"・"lgwan"・"internet" のいずれか）']);
    expect(lines(input, "en")).toEqual(['zone: required field "zone" is missing (one of "mynumber", "lgwan" or "internet")']);
    expect(lines({}, "en")).toEqual([
      'kind: required field "kind" is missing (one of "transfer", "carry-out", "sign-in", "software-use", "access", "outsourcing", "cloud-use", "asset" or "organization")',
    ]);
    expect(lines({ kind: "asset", category: "server" }, "en")).toEqual([
      'organization: required field "organization" is missing (one of "secretariat", "assembly-secretariat", "audit-secretariat", "election-commission" (the bodies of 5(1)), or { "outside": "<name>" } for a body outside 5(1))',
    ]);
  });

  it("an organisation reference fails closed with a did-you-mean, or says how to declare an outside body", () => {
    expect(lines({ kind: "cloud-use", organization: "広域連合事務局" }, "ja")[0]).toMatch(/^organization: "organization" に "広域連合事務局" は使えません。"secretariat" の誤りではありませんか。/);
    expect(lines({ kind: "cloud-use", organization: "Secretariat" }, "en")[0]).toMatch(/^organization: "organization" cannot be "Secretariat"; did you mean "secretariat"\?/);
    expect(lines({ kind: "cloud-use", organization: "登米市" }, "ja")[0]).toContain('5(1) の範囲外の団体であれば { "outside": "登米市" } と書いてください');
    expect(lines({ kind: "cloud-use", organization: "登米市" }, "en")[0]).toContain('if it is a body outside 5(1), write { "outside": "登米市" }');
    expect(lines({ kind: "cloud-use", organization: { outsid: "登米市" } }, "en")[0]).toBe(
      'organization: "organization" has an unknown field "outsid"; did you mean "outside"? (a body outside 5(1) is declared as { "outside": "<name>" } only)',
    );
    expect(lines({ kind: "cloud-use", organization: 3 }, "en")[0]).toMatch(/^organization: "organization" must be one of .*, not the number 3$/);
  });

  it("a wrong type names the type expected and the value given", () => {
    const input = { kind: "transfer", from: "internet", to: "lgwan", sanitized: "Yes" };
    expect(lines(input, "en")).toEqual(['sanitized: "sanitized" must be a boolean (true/false), not the string "Yes"']);
    expect(lines(input, "ja")).toEqual(['sanitized: "sanitized" は真偽値（true または false）で指定してください（文字列 "Yes" が指定されています）']);
    expect(lines("a subject", "en")).toEqual(['(root): the input must be an object ({ … }), not the string "a subject"']);
    expect(lines(null, "ja")).toEqual(["(root): 入力はオブジェクト（{ … }）で指定してください（null が指定されています）"]);
  });

  it("an unknown kind gets a did-you-mean among the kinds", () => {
    expect(lines({ kind: "signin", zone: "mynumber" }, "en")[0]).toMatch(/^kind: "kind" must be one of "transfer", .* not the string "signin"; did you mean "sign-in"\?$/);
  });

  it("dates, lengths and numbers say what they must be", () => {
    expect(lines({ kind: "organization", organization: "secretariat", lastAudit: "2026-02-30" }, "en")).toEqual(['lastAudit: "lastAudit" must be a calendar date as YYYY-MM-DD, not the string "2026-02-30"']);
    expect(lines({ kind: "asset", organization: "", category: "server" }, "ja")[0]).toMatch(/^organization: "organization" は空にできません（/);
    expect(lines({ kind: "asset", organization: "secretariat", category: "server", classification: { confidentiality: 4, integrity: 1, availability: 1 } }, "en")).toEqual([
      'classification.confidentiality: "confidentiality" must be one of 1, 2 or 3, not the number 4',
    ]);
  });

  it("message follows options.locale, Japanese by default, and every issue carries both languages", () => {
    const input = { kind: "sign-in", zone: "mynumbr", factors: ["knowledge"] };
    const [ja] = issuesOf(input);
    const [en] = issuesOf(input, { locale: "en" });
    expect(ja?.message).toBe(ja?.messages?.ja);
    expect(en?.message).toBe(en?.messages?.en);
    expect(ja?.messages).toEqual(en?.messages);
    expect(ja?.code).toBe("invalid_value");
    expect(ja?.path).toEqual(["zone"]);
    // A locale that is itself fine is followed even when another option is wrong.
    const both = issuesOf(input, { locale: "en", asOf: "soon" });
    expect(both.map((issue) => issue.at)).toEqual(["zone", "options.asOf"]);
    expect(both.every((issue) => issue.message === issue.messages?.en)).toBe(true);
    expect(parseSubject(input, { locale: "en" }).success).toBe(false);
    const parsed = parseSubject(input, { locale: "en" });
    if (!parsed.success) expect(parsed.error.message).toContain('did you mean "mynumber"?');
  });

  it("the answers file: a 'Yes' says what is allowed, and a wrong entry in a list is named", () => {
    const file = { checklist: "self-inspection", organization: "secretariat", answers: { securityOrganizationEstablished: "Yes", staffCategoriesBound: ["regular", "parttime"] } };
    const result = parseChecklistAnswers(file, { locale: "en" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => `${issue.at}: ${issue.message}`)).toEqual([
      'answers.securityOrganizationEstablished: "securityOrganizationEstablished" must be one of true, false, "yes", "no" or "unknown", not the string "Yes"; did you mean "yes"?',
      'answers.staffCategoriesBound[1]: "staffCategoriesBound[1]" must be one of "regular", "fiscal-year-appointed", "part-time", "municipal-staff", "contractor" or "outsider", not the string "parttime"; did you mean "part-time"?',
    ]);
    const ja = parseChecklistAnswers(file);
    if (!ja.success) expect(ja.error.issues[0]?.message).toBe('"securityOrganizationEstablished" は true・false・"yes"・"no"・"unknown" のいずれかで指定してください（文字列 "Yes" は使えません）。"yes" の誤りではありませんか。');
  });

  it("an overlay's shape problems are worded too (in English, as every overlay issue is), with both languages", () => {
    const result = safeExtendPolicy(policy, { id: "x", version: "1.0.0", name: { ja: "x", en: "x" }, parameter: {} });
    expect(result.success).toBe(false);
    if (result.success) return;
    const issue = result.error.issues.find((candidate) => candidate.code === "unrecognized_keys");
    expect(issue?.message).toBe('unknown field "parameter"; did you mean "parameters"?');
    expect(issue?.messages?.ja).toBe('不明な項目 "parameter" です。"parameters" の誤りではありませんか。');
  });

  it("values from the input are quoted as JSON and cut short: no control character or line break gets through raw", () => {
    const [message] = lines({ kind: "sign-in", zone: `\u001b[31mred\nline${"x".repeat(200)}` }, "en");
    expect(message).not.toMatch(/[\u0000-\u001f]/);
    expect(message).toContain("\\u001b[31mred\\n");
    expect(message?.length).toBeLessThan(300);
  });
});

describe("did-you-mean", () => {
  it("suggests a known value within a small edit distance, or one differing only in case, width or spaces", () => {
    const zones = ZoneSchema.options;
    expect(closest("mynumbr", zones)).toBe("mynumber");
    expect(closest("MyNumber", zones)).toBe("mynumber");
    expect(closest(" lgwan ", zones)).toBe("lgwan");
    expect(closest("intranet", zones)).toBe("internet");
    expect(closest("moon", zones)).toBeUndefined();
    expect(closest("", zones)).toBeUndefined();
  });

  it("property: one edit (deletion, insertion or substitution) away from a factor kind is always traced back to it", () => {
    const kinds = FactorKindSchema.options;
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.nat(), fc.constantFrom("delete", "insert", "replace"), fc.constantFrom(..."xqz"), (kind, at, edit, letter) => {
        const i = at % kind.length;
        const typo = edit === "delete" ? kind.slice(0, i) + kind.slice(i + 1) : edit === "insert" ? kind.slice(0, i) + letter + kind.slice(i) : kind.slice(0, i) + letter + kind.slice(i + 1);
        expect(closest(typo, kinds)).toBe(kind);
      }),
    );
  });

  it("property: never throws and every issue is worded, whatever the input", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom<Locale>("ja", "en"), (input, locale) => {
        const parsed = SubjectSchema.safeParse(input);
        if (parsed.success) return;
        for (const issue of issuesFromZod(parsed.error, [], { locale, input, schema: SubjectSchema })) {
          expect(issue.message).toBe(issue.messages?.[locale]);
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("the CLI words validation problems in its --lang", () => {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const run = (args: readonly string[]) => spawnSync(process.execPath, [`${root}dist/cli.js`, ...args], { cwd: root, encoding: "utf8" });

  it("check: Japanese by default, English with --lang en (the built binary)", () => {
    const ja = run(["check", "test/cli/fixtures/invalid-subject.json"]);
    expect(ja.status).toBe(65);
    expect(ja.stderr).toContain('invalid-subject.json: zone: "zone" は "mynumber"・"lgwan"・"internet" のいずれかで指定してください（文字列 "moon" は使えません）');
    const en = run(["check", "test/cli/fixtures/invalid-subject.json", "--lang", "en"]);
    expect(en.status).toBe(65);
    expect(en.stderr).toContain('invalid-subject.json: zone: "zone" must be one of "mynumber", "lgwan" or "internet", not the string "moon"');
    expect(en.stderr).toContain('invalid-subject.json: factors[1]: "factors[1]" must be one of "knowledge", "possession" or "inherence", not the string "telepathy"');
  });
});
