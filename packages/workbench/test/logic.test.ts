import { jsonSchemaFor, SUBJECT_KINDS, safeEvaluate, evaluate, type Subject } from "@miyagi-kouiki/infosec-policy";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { heatColor, segments } from "../src/charts.js";
import { editorFields, flatFromMapping, mappingFromFlat } from "../src/mapping-editor.js";
import { selectRows, visibleWindow } from "../src/list.js";
import { coder, factsOf, OUTCOME_CODES, type SubjectRows } from "../src/protocol.js";
import { buildValue, fieldsOf, type Field, type SchemaNode } from "../src/schema-form.js";
import { clearDraft, loadDraft, loadLang, loadMapping, mappingKey, saveDraft, saveLang, saveMapping, type KeyValueStore } from "../src/storage.js";
import { subjectLabel, subjectOrganization, subjectZone } from "../src/subject-facts.js";

function memory(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

const rowArb = fc.record({ label: fc.string({ maxLength: 6 }), kind: fc.constantFrom("asset", "transfer", "access"), organization: fc.constantFrom("", "secretariat", "登米市"), zone: fc.constantFrom("", "lgwan"), outcome: fc.integer({ min: 0, max: 3 }), fail: fc.integer({ min: 0, max: 9 }), manual: fc.integer({ min: 0, max: 9 }) });

function columns(rows: readonly { label: string; kind: string; organization: string; zone: string; outcome: number; fail: number; manual: number }[]): SubjectRows {
  const kinds = coder();
  const organizations = coder();
  const zones = coder();
  return {
    label: rows.map((r) => r.label),
    kind: Uint8Array.from(rows.map((r) => kinds.code(r.kind))),
    kinds: kinds.values,
    organization: Uint32Array.from(rows.map((r) => organizations.code(r.organization))),
    organizations: organizations.values,
    zone: Uint8Array.from(rows.map((r) => zones.code(r.zone))),
    zones: zones.values,
    outcome: Uint8Array.from(rows.map((r) => r.outcome)),
    fail: Uint16Array.from(rows.map((r) => r.fail)),
    manual: Uint16Array.from(rows.map((r) => r.manual)),
  };
}

describe("selectRows", () => {
  it("keeps exactly the rows that match every filter, each once, sorted as asked (stable)", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), fc.constantFrom("", "a", "SEC", "登米"), fc.constantFrom("", ...OUTCOME_CODES), fc.constantFrom("", "asset", "access"), fc.constantFrom("file", "severity", "failures", "label") as fc.Arbitrary<"file" | "severity" | "failures" | "label">, (rows, text, outcome, kind, sort) => {
        const picked = [...selectRows(columns(rows), { text, outcome, kind }, sort)];
        const expected = rows.flatMap((r, i) => ((outcome === "" || OUTCOME_CODES[r.outcome] === outcome) && (kind === "" || r.kind === kind) && (text === "" || r.label.toLowerCase().includes(text.toLowerCase()) || r.organization.toLowerCase().includes(text.toLowerCase())) ? [i] : []));
        expect([...picked].sort((a, b) => a - b)).toEqual(expected);
        for (let at = 1; at < picked.length; at++) {
          const a = picked[at - 1] as number;
          const b = picked[at] as number;
          const ra = rows[a] as (typeof rows)[number];
          const rb = rows[b] as (typeof rows)[number];
          if (sort === "file") expect(a).toBeLessThan(b);
          if (sort === "severity") expect(ra.outcome < rb.outcome || (ra.outcome === rb.outcome && (ra.fail > rb.fail || (ra.fail === rb.fail && a < b)))).toBe(true);
          if (sort === "failures") expect(ra.fail > rb.fail || (ra.fail === rb.fail && (ra.manual > rb.manual || (ra.manual === rb.manual && a < b)))).toBe(true);
          if (sort === "label") expect(ra.label < rb.label || (ra.label === rb.label && a < b)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("coded columns", () => {
  it("give back every value as it was", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), (rows) => {
        const coded = columns(rows);
        rows.forEach((row, index) => expect(factsOf(coded, index)).toEqual({ kind: row.kind, organization: row.organization, zone: row.zone }));
        expect(new Set(coded.organizations).size).toBe(coded.organizations.length);
      }),
    );
  });
});

describe("visibleWindow", () => {
  it("covers every row in view, within the list, with a bounded number of rows", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: -100, max: 10_000_000 }), fc.integer({ min: 0, max: 2000 }), (count, scrollTop, height) => {
        const { first, last } = visibleWindow(scrollTop, height, 36, count, 8);
        if (count === 0) {
          expect(last).toBeLessThan(first);
          return;
        }
        expect(first).toBeGreaterThanOrEqual(0);
        expect(last).toBeLessThanOrEqual(count - 1);
        expect(last - first + 1).toBeLessThanOrEqual(Math.ceil(height / 36) + 2 * 8 + 2);
        const top = Math.floor(Math.max(0, scrollTop) / 36);
        const bottom = Math.min(count - 1, Math.floor((Math.max(0, scrollTop) + height - 1) / 36));
        if (top <= count - 1) {
          expect(first).toBeLessThanOrEqual(top);
          expect(last).toBeGreaterThanOrEqual(bottom);
        }
      }),
    );
  });
});

describe("storage", () => {
  it("remembers a mapping by the register's headings, dropping headings that no longer exist", () => {
    const store = memory();
    saveMapping(store, ["番号", "区分"], { id: "番号", category: "区分", zone: "" });
    expect(loadMapping(store, ["番号", "区分"])).toEqual({ id: "番号", category: "区分" });
    expect(loadMapping(store, ["番号", "区分", "領域"])).toBeUndefined();
    store.map.set(mappingKey(["番号"]), JSON.stringify({ id: "番号", category: "区分" }));
    expect(loadMapping(store, ["番号"])).toEqual({ id: "番号" });
    store.map.set(mappingKey(["x"]), "{broken");
    expect(loadMapping(store, ["x"])).toBeUndefined();
  });

  it("keeps a checklist draft per organisation, and forgets it", () => {
    const store = memory();
    saveDraft(store, "secretariat", { answers: { lastAudit: "never" } });
    expect(loadDraft(store, "secretariat")).toEqual({ answers: { lastAudit: "never" } });
    expect(loadDraft(store, "assembly-secretariat")).toBeUndefined();
    clearDraft(store, "secretariat");
    expect(loadDraft(store, "secretariat")).toBeUndefined();
  });

  it("remembers the language, and works on when storage throws", () => {
    const store = memory();
    expect(loadLang(store)).toBeUndefined();
    saveLang(store, "en");
    expect(loadLang(store)).toBe("en");
    const broken: KeyValueStore = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("full"); }, removeItem: () => { throw new Error("denied"); } };
    expect(() => saveMapping(broken, ["a"], { id: "a" })).not.toThrow();
    expect(loadMapping(broken, ["a"])).toBeUndefined();
    expect(() => clearDraft(broken, "x")).not.toThrow();
    expect(loadLang(broken)).toBeUndefined();
  });
});

function allFields(fields: readonly Field[]): Field[] {
  return fields.flatMap((f) => (f.type === "group" ? [f, ...allFields(f.fields)] : [f]));
}

describe("the form generated from the schemas", () => {
  it("has a field for every property of every subject kind's schema, and the kind as a constant", () => {
    for (const kind of SUBJECT_KINDS) {
      const schema = jsonSchemaFor(`${kind}-subject` as never) as SchemaNode;
      const fields = fieldsOf(schema);
      expect(fields.map((f) => f.path)).toEqual(Object.keys(schema["properties"] as object));
      expect(fields[0]).toEqual({ type: "const", path: "kind", value: kind });
    }
  });

  it("builds only what was filled in: an empty form is the bare kind, which the engine judges as the library does", () => {
    for (const kind of SUBJECT_KINDS) {
      const { value, issues } = buildValue(fieldsOf(jsonSchemaFor(`${kind}-subject` as never) as SchemaNode), new Map());
      expect(value).toEqual({ kind });
      expect(issues).toEqual([]);
    }
  });

  it("turns choices into the schema's types (booleans, numbers of enums, nested groups, lists), accepted by safeEvaluate", () => {
    const fields = fieldsOf(jsonSchemaFor("transfer-subject") as SchemaNode);
    const byPath = new Map(allFields(fields).map((f) => [f.path, f]));
    expect(byPath.get("sanitized")?.type).toBe("boolean");
    expect(byPath.get("classification.confidentiality")?.type).toBe("enum");
    const { value } = buildValue(fields, new Map<string, string>([["from", "internet"], ["to", "mynumber"], ["channel", "email"], ["sanitized", "false"], ["classification.confidentiality", "3"], ["classification.integrity", "2"], ["classification.availability", "1"], ["organization", "secretariat"]]));
    expect(value).toEqual({ kind: "transfer", from: "internet", to: "mynumber", channel: "email", sanitized: false, classification: { confidentiality: 3, integrity: 2, availability: 1 }, organization: "secretariat" });
    const checked = safeEvaluate(value);
    expect(checked.success).toBe(true);
    expect(checked.success && checked.data.outcome).toBe(evaluate(value as Subject).outcome);
  });

  it("reports numbers and JSON that do not parse, naming the field", () => {
    const fields: Field[] = [{ type: "number", path: "n", required: false, description: "", integer: false }, { type: "json", path: "j", required: false, description: "" }];
    const { value, issues } = buildValue(fields, new Map([["n", "twelve"], ["j", "{"]]));
    expect(value).toEqual({});
    expect(issues.map((i) => i.path)).toEqual(["n", "j"]);
  });

  it("offers a list of values for arrays of enums (sign-in factors) and keeps what is ticked", () => {
    const fields = fieldsOf(jsonSchemaFor("sign-in-subject") as SchemaNode);
    const multi = allFields(fields).find((f) => f.type === "multi");
    expect(multi).toBeDefined();
    const { value } = buildValue(fields, new Map([[multi?.path as string, ["password"]]]));
    expect(JSON.stringify(value)).toContain("password");
  });
});

describe("charts", () => {
  it("a bar's segments are the non-empty outcomes, in order, adding up to the whole", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 4, maxLength: 4 }), (counts) => {
        const outcomes = Object.fromEntries(OUTCOME_CODES.map((o, i) => [o, counts[i] as number]));
        const total = counts.reduce((a, b) => a + b, 0);
        const parts = segments({ name: "x", total, outcomes });
        expect(parts.map((p) => p.outcome)).toEqual(OUTCOME_CODES.filter((_, i) => (counts[i] as number) > 0));
        if (total > 0) expect(parts.reduce((sum, p) => sum + p.width, 0)).toBeCloseTo(100, 6);
        for (let at = 1; at < parts.length; at++) expect((parts[at] as { start: number }).start).toBeCloseTo((parts[at - 1] as { start: number; width: number }).start + (parts[at - 1] as { width: number }).width, 6);
      }),
    );
  });

  it("heat shades: 0 for no failure, 5 at the maximum, never decreasing", () => {
    expect(heatColor(0, 10)).toBe(0);
    expect(heatColor(10, 10)).toBe(5);
    expect(heatColor(1, 1000)).toBe(1);
    for (let v = 1; v < 100; v++) expect(heatColor(v + 1, 100)).toBeGreaterThanOrEqual(heatColor(v, 100));
  });
});

describe("subject facts", () => {
  it("label, organisation and zone as the report groups them", () => {
    expect(subjectLabel({ kind: "asset", id: "A-1", name: "端末" } as Subject, 0)).toBe("A-1 端末");
    expect(subjectLabel({ kind: "asset", name: "端末" } as Subject, 0)).toBe("端末");
    expect(subjectLabel({ kind: "asset" } as Subject, 4)).toBe("#5");
    expect(subjectOrganization({ kind: "asset", organization: { outside: "登米市" } } as unknown as Subject)).toBe("登米市");
    expect(subjectOrganization({ kind: "asset" } as Subject)).toBe("");
    expect(subjectZone({ kind: "transfer", from: "lgwan", to: "internet" } as Subject)).toBe("internet");
    expect(subjectZone({ kind: "asset", zone: "mynumber" } as unknown as Subject)).toBe("mynumber");
    expect(subjectZone({ kind: "cloud-use" } as Subject)).toBeUndefined();
  });
});

describe("the mapping editor's model", () => {
  it("reads a mapping's columns (first spelling) and safeguards into flat choices, and back, keeping sheet, header row and value words", () => {
    const mapping = { sheet: "台帳", headerRow: 3, columns: { id: ["資産番号", "管理番号"], zone: "領域", safeguards: { encryption: "暗号化" } }, values: { yes: ["有"] } };
    const flat = flatFromMapping(mapping);
    expect(flat).toEqual({ id: "資産番号", zone: "領域", "safeguards.encryption": "暗号化" });
    expect(mappingFromFlat({ ...flat, name: "", zone: undefined }, mapping)).toEqual({ sheet: "台帳", headerRow: 3, columns: { id: "資産番号", safeguards: { encryption: "暗号化" } }, values: { yes: ["有"] } });
  });

  it("round-trips any choices", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("id", "name", "zone", "safeguards.backup", "safeguards.encryption"), fc.string({ minLength: 1, maxLength: 5 })), (flat) => {
        expect(flatFromMapping(mappingFromFlat(flat))).toEqual(flat);
      }),
    );
  });

  it("lists every register field, then every safeguard, with the package's labels", () => {
    const fields = editorFields({ REGISTER_FIELDS: ["id", "zone"], SAFEGUARD_COLUMNS: ["backup"], FIELD_HEADERS: { id: { ja: "資産番号", en: "Asset number" } } }, {});
    expect(fields).toEqual([{ key: "id", label: { ja: "資産番号", en: "Asset number" } }, { key: "zone", label: { ja: "zone", en: "zone" } }, { key: "safeguards.backup", label: { ja: "backup", en: "backup" } }]);
    expect(editorFields({}, { columns: { id: "A", safeguards: { backup: "B" } } }).map((f) => f.key)).toEqual(["id", "safeguards.backup"]);
  });
});
