import { BASIS_SOURCES, GUIDELINE_DOCUMENT } from "../definitions/guideline-basis-text.js";
import type { GuidelineBasis } from "../definitions/guideline-basis.js";
import { deepFreezeLiteral } from "../internal/deep-freeze.js";
import type { ClassificationScheme } from "./classification-scheme.js";

/**
 * The basis of a level definition: quoted from S1 (a vendor page reproducing the guideline's
 * classification table), as S1 renders it (half-width parentheses); the edition is the
 * three-level scheme of the editions before 令和6年10月 (inferred: the 令和6年10月 edition replaced it).
 */
function quotedLevel(quote: string): GuidelineBasis {
  return {
    document: GUIDELINE_DOCUMENT,
    edition: "令和5年3月版",
    section: "第2編 2.（1）情報資産の分類 — verify against the guideline PDF",
    confidence: "quoted",
    quote,
    sources: [BASIS_SOURCES.S1],
    note: {
      ja: "S1 は版を明記していない。3段階の機密性の分類は令和6年10月版より前の版（令和4年3月版・令和5年3月版）のもの（推定）。",
      en: "S1 does not name the edition. The three confidentiality levels are those of the editions before 令和6年10月 (令和4年3月版, 令和5年3月版; inferred).",
    },
  };
}

const scheme: ClassificationScheme = {
  id: "guideline",
  version: "1.0.0",
  name: {
    ja: "情報資産の分類（総務省ガイドラインの例）",
    en: "Classification of information assets (national guideline default)",
  },
  provenance: "guideline",
  clause: "7(2)",
  note: {
    ja:
      "基本方針7(2)は、情報資産を機密性、完全性及び可用性に応じて「重要度」として分類することを定めるが、" +
      "分類の段階は定めていない。ここでの段階とその定義は、総務省「地方公共団体における情報セキュリティポリシーに関する" +
      "ガイドライン」の例による既定値であり、対策基準が非公開（10）であるため用いるものである。",
    en:
      "Clause 7(2) of the basic policy requires information assets to be classified into levels of " +
      "importance (重要度) by confidentiality, integrity and availability, but does not fix the levels. " +
      "The levels and definitions here are defaults taken from the national guideline (総務省「地方公共団体における" +
      "情報セキュリティポリシーに関するガイドライン」), used because the organisation's own standards are not public (10).",
  },
  dimensions: {
    confidentiality: {
      name: { ja: "機密性", en: "Confidentiality" },
      term: "3(10)",
      levels: [
        {
          id: 1,
          label: { ja: "機密性1", en: "Confidentiality 1" },
          definition: {
            ja: "機密性2又は機密性3の情報資産以外の情報資産",
            en: "Information assets other than those of confidentiality 2 or confidentiality 3.",
          },
          basis: quotedLevel("機密性2又は機密性3の情報資産以外の情報資産"),
        },
        {
          id: 2,
          label: { ja: "機密性2", en: "Confidentiality 2" },
          definition: {
            ja: "行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性は要しないが、直ちに一般に公表することを前提としていない情報資産",
            en:
              "Information assets handled in administrative work that do not require the confidentiality of " +
              "classified documents but are not intended for immediate public disclosure.",
          },
          basis: quotedLevel("行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性は要しないが、直ちに一般に公表することを前提としていない情報資産"),
        },
        {
          id: 3,
          label: { ja: "機密性3", en: "Confidentiality 3" },
          definition: {
            ja: "行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性を要する情報資産",
            en: "Information assets handled in administrative work that require the confidentiality of classified documents (秘密文書).",
          },
          basis: quotedLevel("行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性を要する情報資産"),
        },
      ],
    },
    integrity: {
      name: { ja: "完全性", en: "Integrity" },
      term: "3(11)",
      levels: [
        {
          id: 1,
          label: { ja: "完全性1", en: "Integrity 1" },
          definition: {
            ja: "完全性2の情報資産以外の情報資産",
            en: "Information assets other than those of integrity 2.",
          },
          basis: quotedLevel("完全性2の情報資産以外の情報資産"),
        },
        {
          id: 2,
          label: { ja: "完全性2", en: "Integrity 2" },
          definition: {
            ja: "行政事務で取り扱う情報資産のうち、改ざん、誤びゅう又は破損により、住民の権利が侵害される又は行政事務の適確な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産",
            en:
              "Information assets handled in administrative work whose alteration, error or damage could " +
              "infringe residents' rights or hinder (other than trivially) the proper performance of " +
              "administrative work.",
          },
          basis: quotedLevel("行政事務で取り扱う情報資産のうち、改ざん、誤びゅう又は破損により、住民の権利が侵害される又は行政事務の適確な遂行に支障(軽微なものを除く。)を及ぼすおそれがある情報資産"),
        },
      ],
    },
    availability: {
      name: { ja: "可用性", en: "Availability" },
      term: "3(12)",
      levels: [
        {
          id: 1,
          label: { ja: "可用性1", en: "Availability 1" },
          definition: {
            ja: "可用性2の情報資産以外の情報資産",
            en: "Information assets other than those of availability 2.",
          },
          basis: {
            document: GUIDELINE_DOCUMENT,
            edition: "令和5年3月版",
            section: "第2編 2.（1）情報資産の分類 — verify against the guideline PDF",
            confidence: "paraphrased",
            sources: [BASIS_SOURCES.S1],
            note: {
              ja: "S1 の抜粋は「可用性2の情報資産以外の情報…」で切れており、末尾の「資産」は他の行からの推定。",
              en: "S1's excerpt is cut after 「可用性2の情報資産以外の情報…」; the final 「資産」 is inferred from the parallel rows.",
            },
          },
        },
        {
          id: 2,
          label: { ja: "可用性2", en: "Availability 2" },
          definition: {
            ja: "行政事務で取り扱う情報資産のうち、滅失、紛失又は当該情報資産が利用不可能であることにより、住民の権利が侵害される又は行政事務の安定的な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産",
            en:
              "Information assets handled in administrative work whose destruction or loss, or whose being " +
              "unavailable, could infringe residents' rights or hinder (other than trivially) the stable " +
              "performance of administrative work.",
          },
          basis: quotedLevel("行政事務で取り扱う情報資産のうち、滅失、紛失又は当該情報資産が利用不可能であることにより、住民の権利が侵害される又は行政事務の安定的な遂行に支障(軽微なものを除く。)を及ぼすおそれがある情報資産"),
        },
      ],
    },
  },
  thresholds: {
    confidential: { dimension: "confidentiality", atLeast: 2, label: { ja: "機密性2以上", en: "Confidentiality 2 or higher" } },
    secret: { dimension: "confidentiality", atLeast: 3, label: { ja: "機密性3", en: "Confidentiality 3" } },
    "integrity-important": { dimension: "integrity", atLeast: 2, label: { ja: "完全性2", en: "Integrity 2" } },
    "availability-important": { dimension: "availability", atLeast: 2, label: { ja: "可用性2", en: "Availability 2" } },
  },
};
deepFreezeLiteral(scheme);

/**
 * The default classification scheme, from the national guideline (総務省「地方公共団体における
 * 情報セキュリティポリシーに関するガイドライン」), provenance `guideline`.
 *
 * It implements 7(2), which only says that information assets are classified into 重要度 by
 * confidentiality, integrity and availability; the basic policy does not fix the levels, so the
 * labels and definitions here are the guideline's (its `note` says so). Deeply frozen.
 *
 * @example
 * ```ts
 * guidelineClassificationScheme.dimensions.confidentiality.levels[2].label.ja; // "機密性3"
 * guidelineClassificationScheme.provenance; // "guideline"
 * ```
 */
export const guidelineClassificationScheme: ClassificationScheme = scheme;
