import { BASIS_SOURCES, GUIDELINE_DOCUMENT, type BasisSource } from "../definitions/guideline-basis-text.js";
import type { GuidelineBasis } from "../definitions/guideline-basis.js";
import type { LocalizedText } from "../definitions/localized-text.js";
import { deepFreezeLiteral } from "../internal/deep-freeze.js";
import type { ClassificationScheme } from "./classification-scheme.js";
import { guidelineClassificationScheme } from "./guideline-classification-scheme.js";

// The sources of docs/research/guideline-basis.md that the 令和6年10月 and 重要性分類Ⅰ–Ⅳ schemes rest on.
const S2: BasisSource = {
  id: "S2",
  title: "ITmedia ビジネスオンライン 2024-12-26「複雑すぎる自治体の「文書機密レベル」 職員も対応できる分かりやすい分類案とは?」(2/3)",
  url: "https://www.itmedia.co.jp/business/spv/2412/26/news063_2.html",
};
const S3: BasisSource = {
  id: "S3",
  title: "両備システムズ セキュリティ特集「自治体機密性「3A」「3B」「3C」を詳しく解説」",
  url: "https://ryobi.co.jp/security/feature/20241210-1",
};
const S33: BasisSource = {
  id: "S33",
  title: "blog quoting the 文部科学省「教育情報セキュリティポリシーに関するガイドライン」 重要性分類Ⅰ–Ⅲ (a different document, cited only for the shape of the scheme)",
  url: "https://ura49.hateblo.jp/entry/2023/12/28/080000",
};
const SECTION = "第2編 2.（1）情報資産の分類 — verify against the guideline PDF";

function r6Basis(confidence: "quoted" | "paraphrased" | "inferred", note: LocalizedText, quote?: string, sources: readonly BasisSource[] = [S2, S3]): GuidelineBasis {
  const common = { document: GUIDELINE_DOCUMENT, edition: "令和6年10月版" as const, section: SECTION, note };
  if (confidence === "quoted") return { ...common, confidence, quote: quote as string, sources };
  if (confidence === "paraphrased") return { ...common, confidence, sources };
  return { ...common, confidence, sources };
}

const UNCHANGED: LocalizedText = {
  ja: "令和6年10月版で完全性・可用性の分類が変わったかを示す資料は見つからなかった。旧版（S1）の定義のまま変わっていないものと推定する。",
  en: "No source found says whether the 令和6年10月 edition changed the integrity and availability levels; the library infers they are unchanged from the earlier edition (S1).",
};

/** The earlier edition's integrity/availability level, relabelled with a string id for the R6 scheme. */
function unchangedLevel(dimension: "integrity" | "availability", index: 0 | 1) {
  const entry = guidelineClassificationScheme.dimensions[dimension].levels[index]!;
  return { id: String(entry.id), label: entry.label, definition: entry.definition, basis: /* @__PURE__ */ r6Basis("inferred", UNCHANGED, undefined, [BASIS_SOURCES.S1]) };
}

// Built in a function called once (marked pure), so that a bundle that does not use the scheme drops it.
function buildR6(): ClassificationScheme {
  const current = guidelineClassificationScheme.dimensions;
  return deepFreezeLiteral<ClassificationScheme>({
  id: "guideline-r6",
  version: "1.0.0",
  name: {
    ja: "情報資産の分類（総務省ガイドライン令和6年10月版：自治体機密性3A／3B／3C／2／1）",
    en: "Classification of information assets (national guideline, 令和6年10月 edition: 自治体機密性 3A/3B/3C/2/1)",
  },
  provenance: "guideline",
  clause: "7(2)",
  note: {
    ja:
      "基本方針7(2)は分類の段階を定めない。令和6年10月版のガイドラインは機密性を自治体機密性3A・3B・3C・2・1の5段階に分けた（S2、S3）。" +
      "3Aの定義と3Bの冒頭のみ資料で確認でき、その他の定義文は未確認（各段階の根拠を参照）。3A＞3B＞3C＞2＞1の順序は名称からの推定。",
    en:
      "Clause 7(2) fixes no levels. The 令和6年10月 edition of the guideline splits confidentiality into five levels, 自治体機密性 3A, 3B, 3C, 2 and 1 (S2, S3). " +
      "Only 3A's definition and the opening of 3B's were found quoted; the other definitions are unverified (see each level's basis). The order 3A > 3B > 3C > 2 > 1 is inferred from the names.",
  },
  dimensions: {
    confidentiality: {
      name: { ja: "機密性", en: "Confidentiality" },
      term: "3(10)",
      levels: [
        {
          id: "1",
          label: { ja: "自治体機密性1", en: "Municipal confidentiality 1" },
          definition: {
            ja: "自治体機密性2以上の情報資産以外の情報資産（定義文は未確認。旧版の機密性1と同じ形と推定）",
            en: "Information assets other than those of municipal confidentiality 2 or higher (wording unverified; inferred from the earlier 機密性1).",
          },
          basis: /* @__PURE__ */ r6Basis("inferred", { ja: "5段階であること（S2）から存在を推定。定義文の資料なし。", en: "Its existence is inferred from the five levels (S2); no source gives its wording." }),
        },
        {
          id: "2",
          label: { ja: "自治体機密性2", en: "Municipal confidentiality 2" },
          definition: {
            ja: "自治体機密性3A・3B・3Cに至らないが、直ちに一般に公表することを前提としていない情報資産（定義文は未確認。旧版の機密性2からの推定）",
            en: "Information assets below municipal confidentiality 3A, 3B and 3C that are not intended for immediate public disclosure (wording unverified; inferred from the earlier 機密性2).",
          },
          basis: /* @__PURE__ */ r6Basis("inferred", {
            ja: "名称は令和6年10月版に従う団体の規程の見出し「自治体機密性2以上」（S4、S5）で確認。定義文の資料なし。",
            en: "The name is confirmed by the headings 「自治体機密性2以上」 of bodies following the 令和6年10月 edition (S4, S5); no source gives its wording.",
          }, undefined, [S2, BASIS_SOURCES.S4, BASIS_SOURCES.S5]),
        },
        {
          id: "3C",
          label: { ja: "自治体機密性3C", en: "Municipal confidentiality 3C" },
          definition: {
            ja: "自治体機密性3Bに次ぐ機密性を要する情報資産（定義文は未確認）",
            en: "Information assets needing confidentiality next below municipal confidentiality 3B (wording unverified).",
          },
          basis: /* @__PURE__ */ r6Basis("inferred", { ja: "名称のみ確認（S2、S3）。定義文の資料なし。順序は名称からの推定。", en: "Only the name is confirmed (S2, S3); no source gives its wording. Its place in the order is inferred from the name." }),
        },
        {
          id: "3B",
          label: { ja: "自治体機密性3B", en: "Municipal confidentiality 3B" },
          definition: {
            ja: "「漏えい等が生じた際に、個人の権利利益の侵害の度合いが大きく、事務又は業務の規…」で始まる定義に当たる情報資産（後半は未確認）",
            en: "Information assets under the definition beginning 「漏えい等が生じた際に、個人の権利利益の侵害の度合いが大きく、事務又は業務の規…」 (whose leakage would seriously infringe individuals' rights and interests…; the rest is unverified).",
          },
          basis: /* @__PURE__ */ r6Basis("paraphrased", {
            ja: "S2 は定義の冒頭「漏えい等が生じた際に、個人の権利利益の侵害の度合いが大きく、事務又は業務の規…」のみを引用しており、後半は未確認。",
            en: "S2 quotes only the opening 「漏えい等が生じた際に、個人の権利利益の侵害の度合いが大きく、事務又は業務の規…」; the rest is unverified.",
          }),
        },
        {
          id: "3A",
          label: { ja: "自治体機密性3A", en: "Municipal confidentiality 3A" },
          definition: {
            ja: "『行政文書の管理に関するガイドライン』に定める秘密文書に相当する文書",
            en: "Documents equivalent to the classified documents (秘密文書) defined in the Guidelines on the Management of Administrative Documents (行政文書の管理に関するガイドライン).",
          },
          basis: /* @__PURE__ */ r6Basis("quoted", { ja: "S2 が引用。この段階だけ「情報資産」でなく「文書」と書かれている（S2）。", en: "Quoted by S2; only this level says 「文書」 (documents) instead of 「情報資産」 (S2)." }, "「行政文書の管理に関するガイドライン」に定める秘密文書に相当する文書"),
        },
      ],
    },
    integrity: { name: current.integrity.name, term: current.integrity.term, levels: [/* @__PURE__ */ unchangedLevel("integrity", 0), /* @__PURE__ */ unchangedLevel("integrity", 1)] },
    availability: { name: current.availability.name, term: current.availability.term, levels: [/* @__PURE__ */ unchangedLevel("availability", 0), /* @__PURE__ */ unchangedLevel("availability", 1)] },
  },
  thresholds: {
    confidential: { dimension: "confidentiality", atLeast: "2", label: { ja: "自治体機密性2以上", en: "Municipal confidentiality 2 or higher" } },
    secret: { dimension: "confidentiality", atLeast: "3A", label: { ja: "自治体機密性3A", en: "Municipal confidentiality 3A" } },
    "integrity-important": { dimension: "integrity", atLeast: "2", label: { ja: "完全性2", en: "Integrity 2" } },
    "availability-important": { dimension: "availability", atLeast: "2", label: { ja: "可用性2", en: "Availability 2" } },
  },
  });
}
const r6: ClassificationScheme = /* @__PURE__ */ buildR6();

const IMPORTANCE_NOTE: LocalizedText = {
  ja:
    "重要性分類Ⅰ～Ⅳの文言は資料で確認できなかった（記憶に基づく手掛かり、未検証）。文部科学省の教育情報セキュリティポリシーに関するガイドラインに同じ形の分類がある（S33、別の文書）。" +
    "総務省ガイドラインの文言として引用してはならない。",
  en:
    "The wording of 重要性分類Ⅰ–Ⅳ could not be found in any source (a recollected lead, unverified). The 文部科学省 education guideline has a scheme of the same shape (S33, a different document). " +
    "Do not quote it as the 総務省 guideline's wording.",
};
const importanceBasis: GuidelineBasis = { document: GUIDELINE_DOCUMENT, edition: "unknown", confidence: "inferred", sources: [BASIS_SOURCES.LEAD, S33], note: IMPORTANCE_NOTE };

const IMPORTANCE_LEVELS = [
  {
    id: "IV",
    label: { ja: "重要性分類Ⅳ", en: "Importance IV" },
    definition: { ja: "重要性分類Ⅰ～Ⅲ以外の情報資産（文言未検証）", en: "Information assets other than those of importance I–III (wording unverified)." },
    basis: importanceBasis,
  },
  {
    id: "III",
    label: { ja: "重要性分類Ⅲ", en: "Importance III" },
    definition: {
      ja: "外部に公開する情報資産のうち、セキュリティ侵害が行政事務の執行等に軽微な影響を及ぼす情報資産（文言未検証）",
      en: "Information assets published outside whose security breach would slightly affect the performance of administrative work (wording unverified).",
    },
    basis: importanceBasis,
  },
  {
    id: "II",
    label: { ja: "重要性分類Ⅱ", en: "Importance II" },
    definition: {
      ja: "公開することを予定していない情報資産及びセキュリティ侵害が行政事務の執行等に重大な影響を及ぼす情報資産（文言未検証）",
      en: "Information assets not intended for publication, and those whose security breach would seriously affect the performance of administrative work (wording unverified).",
    },
    basis: importanceBasis,
  },
  {
    id: "I",
    label: { ja: "重要性分類Ⅰ", en: "Importance I" },
    definition: {
      ja: "個人情報及びセキュリティ侵害が住民の生命、財産、プライバシー等へ重大な影響を及ぼす情報資産（文言未検証）",
      en: "Personal information, and information assets whose security breach would seriously affect residents' lives, property, privacy and the like (wording unverified).",
    },
    basis: importanceBasis,
  },
] as const;

function buildImportance(): ClassificationScheme {
  const current = guidelineClassificationScheme.dimensions;
  return deepFreezeLiteral<ClassificationScheme>({
  id: "importance-i-iv",
  version: "1.0.0",
  name: { ja: "重要性分類Ⅰ～Ⅳ（旧版の分類とされるもの・文言未検証）", en: "Importance classes I–IV (said to be the older editions' scheme; wording unverified)" },
  provenance: "guideline",
  clause: "7(2)",
  note: {
    ja:
      "重要性分類Ⅰ～Ⅳは機密性・完全性・可用性を総合した1本の尺度である。このライブラリでは3つの観点それぞれに同じⅠ～Ⅳの段階を置く（総合した分類を使う団体は3つに同じ段階を記入する）。" +
      "閾値（機密性：Ⅱ以上、最高機密：Ⅰ、完全性・可用性：Ⅱ以上）はライブラリの推定。" + IMPORTANCE_NOTE.ja,
    en:
      "Importance I–IV is one scale combining confidentiality, integrity and availability. The library gives each of the three dimensions the same levels I–IV (a body using one combined class records it three times). " +
      "The thresholds (confidential: II or higher; secret: I; integrity and availability: II or higher) are the library's inference. " + IMPORTANCE_NOTE.en,
  },
  dimensions: {
    confidentiality: { name: current.confidentiality.name, term: current.confidentiality.term, levels: IMPORTANCE_LEVELS },
    integrity: { name: current.integrity.name, term: current.integrity.term, levels: IMPORTANCE_LEVELS },
    availability: { name: current.availability.name, term: current.availability.term, levels: IMPORTANCE_LEVELS },
  },
  thresholds: {
    confidential: { dimension: "confidentiality", atLeast: "II", label: { ja: "重要性分類Ⅱ以上（機密性）", en: "Importance II or higher (confidentiality)" } },
    secret: { dimension: "confidentiality", atLeast: "I", label: { ja: "重要性分類Ⅰ（機密性）", en: "Importance I (confidentiality)" } },
    "integrity-important": { dimension: "integrity", atLeast: "II", label: { ja: "重要性分類Ⅱ以上（完全性）", en: "Importance II or higher (integrity)" } },
    "availability-important": { dimension: "availability", atLeast: "II", label: { ja: "重要性分類Ⅱ以上（可用性）", en: "Importance II or higher (availability)" } },
  },
  });
}
const importance: ClassificationScheme = /* @__PURE__ */ buildImportance();

/**
 * The 令和6年10月 scheme of the national guideline: 自治体機密性3A／3B／3C／2／1 (level ids `"3A"`,
 * `"3B"`, `"3C"`, `"2"`, `"1"`), 完全性 and 可用性 `"2"`, `"1"`. Only 3A's definition is quoted; 3B's
 * opening is quoted in part; the rest is marked inferred in each level's basis. Deeply frozen.
 *
 * @example
 * ```ts
 * guidelineR6ClassificationScheme.thresholds.confidential.label.ja; // "自治体機密性2以上"
 * ```
 */
export const guidelineR6ClassificationScheme: ClassificationScheme = r6;

/**
 * The 重要性分類Ⅰ–Ⅳ scheme (level ids `"I"`–`"IV"` in each dimension), said to be the older
 * editions' scheme; its wording is unverified and every level's basis says so. Deeply frozen.
 *
 * @example
 * ```ts
 * importanceClassificationScheme.dimensions.confidentiality.levels[3]?.label.ja; // "重要性分類Ⅰ"
 * ```
 */
export const importanceClassificationScheme: ClassificationScheme = importance;

/**
 * Every shipped classification scheme by id: `guideline` (the default), `guideline-r6` and
 * `importance-i-iv`. Frozen.
 *
 * @example
 * ```ts
 * Object.keys(classificationSchemes); // ["guideline", "guideline-r6", "importance-i-iv"]
 * ```
 */
export const classificationSchemes: Readonly<Record<string, ClassificationScheme>> = /* @__PURE__ */ Object.freeze({
  guideline: guidelineClassificationScheme,
  "guideline-r6": r6,
  "importance-i-iv": importance,
});
