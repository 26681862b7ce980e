import { describe, expect, it } from "vitest";
import { getClause } from "../../src/definitions/find-clause.js";
import { ThreatExampleSchema, ThreatSchema } from "../../src/definitions/threat.js";
import { getThreat, threats } from "../../src/definitions/threats.js";
import { UnknownNameError } from "../../src/definitions/unknown-name-error.js";
import { ThreatExampleIdSchema, ThreatIdSchema } from "../../src/definitions/vocabulary.js";

/** The examples of clause 4 the design lists, by id, verbatim. */
const EXAMPLES: Record<string, string> = {
  "T1.1": "不正アクセス",
  "T1.2": "ウイルス攻撃",
  "T1.3": "サービス不能攻撃",
  "T1.4": "部外者の侵入",
  "T1.5": "重要情報の詐取",
  "T1.6": "内部不正",
  "T2.1": "情報資産の無断持出し",
  "T2.2": "無許可ソフトウェアの使用",
  "T2.3": "設計・開発の不備",
  "T2.4": "プログラム上の欠陥",
  "T2.5": "操作・設定ミス",
  "T2.6": "メンテナンス不備",
  "T2.7": "内部・外部監査機能の不備",
  "T2.8": "委託管理の不備",
  "T2.9": "マネジメントの欠陥",
  "T2.10": "機器故障",
  "T3.1": "地震",
  "T3.2": "落雷",
  "T3.3": "火災",
  "T4.1": "大規模・広範囲にわたる疾病による要員不足",
  "T5.1": "電力供給の途絶",
  "T5.2": "通信の途絶",
  "T5.3": "水道供給の途絶",
};

describe("threats", () => {
  it("validates every threat and example against its schema", () => {
    for (const threat of threats) {
      expect(ThreatSchema.parse(threat)).toEqual(threat);
      for (const example of threat.examples) expect(ThreatExampleSchema.parse(example)).toEqual(example);
    }
  });

  it("has the five threats T1 … T5 of 4(1) … 4(5)", () => {
    expect(threats.map((threat) => threat.id)).toEqual(ThreatIdSchema.options);
    expect(threats.map((threat) => threat.clause)).toEqual(["4(1)", "4(2)", "4(3)", "4(4)", "4(5)"]);
  });

  it("has exactly the 23 listed examples, in the text's order, verbatim", () => {
    const examples = threats.flatMap((threat) => threat.examples);
    expect(examples).toHaveLength(23);
    expect(examples.map((example) => example.id)).toEqual(ThreatExampleIdSchema.options);
    expect(Object.fromEntries(examples.map((example) => [example.id, example.name.ja]))).toEqual(EXAMPLES);
    for (const threat of threats) {
      for (const example of threat.examples) expect(example.id.startsWith(`${threat.id}.`), example.id).toBe(true);
    }
  });

  it("quotes each description from its clause, and each name and example from the description, in order", () => {
    for (const threat of threats) {
      expect([threat.description], threat.id).toEqual(getClause(threat.clause).paragraphs);
      expect(threat.description.ja, threat.id).toContain(threat.name.ja);
      let cursor = 0;
      for (const example of threat.examples) {
        const at = threat.description.ja.indexOf(example.name.ja, cursor);
        expect(at, example.id).toBeGreaterThanOrEqual(0);
        cursor = at + example.name.ja.length;
      }
    }
  });

  it("names T3 災害, as the text does", () => {
    expect(getThreat("T3").name).toEqual({ ja: "災害", en: "Disasters" });
  });

  it("gets a threat by id, and throws UnknownNameError listing the valid ids otherwise", () => {
    for (const threat of threats) expect(getThreat(threat.id)).toBe(threat);
    for (const id of ["T6", "t1", "T1.1", ""]) {
      let caught: unknown;
      try {
        getThreat(id);
      } catch (error) {
        caught = error;
      }
      expect(caught, id).toBeInstanceOf(UnknownNameError);
      const error = caught as UnknownNameError;
      expect(error.kind).toBe("threat");
      expect(error.query).toBe(id);
      expect([...error.suggestions].sort()).toEqual(["T1", "T2", "T3", "T4", "T5"]);
      for (const known of ["T1", "T2", "T3", "T4", "T5"]) expect(error.message).toContain(`"${known}"`);
    }
  });
});
