import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  checkExceptionRegister,
  ExceptionRegisterSchema,
  parseSubject,
  RegisterProblemCodeSchema,
  type ExceptionRegisterEntry,
  type RegisterProblemCode,
  type Subject,
} from "../../src/index.js";

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), "utf8"));
const register = ExceptionRegisterSchema.parse(read("exceptions.json"));
const inventory = (read("inventory.json") as unknown[]).map((entry) => {
  const parsed = parseSubject(entry);
  if (!parsed.success) throw parsed.error;
  return parsed.data as Subject;
});
const codes = (entries: readonly ExceptionRegisterEntry[], options: Parameters<typeof checkExceptionRegister>[1]): RegisterProblemCode[] =>
  checkExceptionRegister(entries, options).problems.map((problem) => problem.code);
const entry = (extra: Partial<ExceptionRegisterEntry> = {}): ExceptionRegisterEntry => ({
  reference: "EX-1",
  approverRole: "ciso",
  controls: ["terminal-anti-theft"],
  validUntil: "2027-03-31",
  ...extra,
});

describe("the exception register (例外措置台帳) checked on its own", () => {
  it("the sample register against the sample inventory: one valid entry in use, one expired, one that can never apply", () => {
    const check = checkExceptionRegister(register, { asOf: "2026-11-25", inventory });
    expect(check).toMatchObject({ asOf: "2026-11-25", entries: 3, valid: 1 });
    expect(check.problems.map((p) => `${p.reference} ${p.code}`)).toEqual([
      "EX-2025-031 expired",
      "EX-2026-020 approver",
      "EX-2026-020 not-admitted",
      "EX-2025-031 unused",
      "EX-2026-020 unused",
    ]);
  });

  it("the sample register's used entry is what the inventory's subject carries", () => {
    const carried = inventory.find((subject) => subject.id === "SEC-MN-SRV-03");
    expect(carried?.kind === "asset" && carried.exception?.reference).toBe("EX-2026-014");
    expect(codes(register.slice(0, 1), { asOf: "2026-11-25", inventory })).toEqual([]);
  });

  it("reaches every problem code", () => {
    const seen = new Set<RegisterProblemCode>();
    const add = (list: RegisterProblemCode[]) => list.forEach((code) => seen.add(code));
    add(codes([entry({ validUntil: "2026-01-01" })], { asOf: "2026-11-25" }));
    add(codes([entry({ validFrom: "2027-01-01" })], { asOf: "2026-11-25" }));
    add(codes([entry({ controls: ["terminal-antitheft"] })], { asOf: "2026-11-25" }));
    add(codes([entry({ controls: ["mynumber-multi-factor"] })], { asOf: "2026-11-25" }));
    add(codes([entry({ approverRole: "other" })], { asOf: "2026-11-25" }));
    add(codes([entry({ controls: ["mynumber-isolation"] })], { asOf: "2026-11-25" }));
    add(codes([entry({ controls: ["mynumber-isolation"], link: { from: "internet", to: "mynumber" } })], { asOf: "2026-11-25" }));
    add(codes([entry(), entry()], { asOf: "2026-11-25" }));
    add(codes([entry()], { asOf: "2026-11-25", inventory: [] }));
    const carrying: Subject[] = [
      { kind: "software-use", id: "SW-1", approved: false, exception: { reference: "EX-9", approverRole: "ciso", controls: ["approved-software-only"], validUntil: "2027-03-31" } },
      { kind: "software-use", id: "SW-2", approved: false, exception: { reference: "EX-1", approverRole: "ciso", controls: ["approved-software-only"], validUntil: "2027-03-31" } },
    ];
    add(codes([entry()], { asOf: "2026-11-25", inventory: carrying }));
    expect([...seen].sort()).toEqual([...RegisterProblemCodeSchema.options].sort());
  });

  it("says did-you-mean for an unknown control, and that only the CISO may approve is a guideline default", () => {
    const [unknown] = checkExceptionRegister([entry({ controls: ["terminal-antitheft"] })], { asOf: "2026-11-25" }).problems;
    expect(unknown?.message).toContain('did you mean "terminal-anti-theft"');
    const [approver] = checkExceptionRegister([entry({ approverRole: "security-officer" })], { asOf: "2026-11-25" }).problems;
    expect(approver?.message).toContain("guideline default");
  });

  it("the period's edges: valid on validFrom and on validUntil, not the day before or after", () => {
    const bounded = entry({ validFrom: "2026-04-01", validUntil: "2027-03-31" });
    expect(codes([bounded], { asOf: "2026-04-01" })).toEqual([]);
    expect(codes([bounded], { asOf: "2027-03-31" })).toEqual([]);
    expect(codes([bounded], { asOf: "2026-03-31" })).toEqual(["not-yet-valid"]);
    expect(codes([bounded], { asOf: "2027-04-01" })).toEqual(["expired"]);
  });

  it("its schema rejects a blanket or unbounded entry", () => {
    expect(ExceptionRegisterSchema.safeParse([{ reference: "EX-1", approverRole: "ciso", validUntil: "2027-03-31" }]).success).toBe(false);
    expect(ExceptionRegisterSchema.safeParse([{ reference: "EX-1", approverRole: "ciso", controls: ["x"] }]).success).toBe(false);
    expect(ExceptionRegisterSchema.safeParse([{ ...entry(), subjects: ["A-1"], purpose: "理由" }]).success).toBe(true);
  });
});
