// The package's zod-free part of the guideline basis: the document's name, the sources and how a
// basis is told to a person (the core entry must not load zod).
import { deepFreezeLiteral } from "../internal/deep-freeze.js";
import type { GuidelineBasis } from "./guideline-basis.js";

/**
 * A public secondary source that a basis relies on: its id in the research note, its title and,
 * when it has one, its address.
 */
export interface BasisSource {
  /** The source's id in docs/research/guideline-basis.md, e.g. `S1` (`S0`: the issue-tracker lead it records). */
  readonly id: string;
  /** What the source is, in words. */
  readonly title: string;
  /** The public address of the source, when it has one. */
  readonly url?: string | undefined;
}

/**
 * The document every guideline default comes from: 総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」.
 *
 * @example
 * ```ts
 * import { GUIDELINE_DOCUMENT } from "@miyagi-kouiki/infosec-policy";
 * GUIDELINE_DOCUMENT.startsWith("総務省"); // true
 * ```
 */
export const GUIDELINE_DOCUMENT = "総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」" as const;

/**
 * The ids under which {@link BASIS_SOURCES} holds its sources.
 *
 * @example
 * ```ts
 * import type { BasisSourceKey } from "@miyagi-kouiki/infosec-policy";
 * const key: BasisSourceKey = "S1";
 * ```
 */
export type BasisSourceKey = "S1" | "S4" | "S5" | "S6" | "S7" | "S9" | "S10" | "S11" | "S21" | "S28" | "S29" | "LEAD";

/**
 * The secondary sources of the research note that the shipped bases cite, by id. Deeply frozen
 * (here: the bases that cite a source freeze it too, but not every source is cited, nor the table).
 *
 * @example
 * ```ts
 * import { BASIS_SOURCES } from "@miyagi-kouiki/infosec-policy";
 * BASIS_SOURCES.S1.url; // "https://www.runexy-janusnet.com/solution/securitypolicy.html"
 * ```
 */
export const BASIS_SOURCES: Readonly<Record<BasisSourceKey, BasisSource>> = deepFreezeLiteral({
  S1: {
    id: "S1",
    title: "ランエクシー/ジェイナスネット「情報セキュリティポリシー」: the guideline's classification table (機密性・完全性・可用性による分類)",
    url: "https://www.runexy-janusnet.com/solution/securitypolicy.html",
  },
  S4: { id: "S4", title: "日向市情報セキュリティポリシー（令和7年告示第78号）: table of contents", url: "https://www.hyugacity.jp/reiki_new/reiki_honbun/q607RG00002587.html" },
  S5: { id: "S5", title: "北見市情報セキュリティ対策基準に関する規程: table of contents", url: "https://public2.legalcrud.com/kitami_city/reiki/act/110002827.html" },
  S6: { id: "S6", title: "坂祝町情報セキュリティ対策規程（令和6年訓令第44号）: table of contents", url: "https://reiki.town.sakahogi.gifu.jp/reiki_honbun/i361RG00000964.html" },
  S7: { id: "S7", title: "大崎市情報セキュリティ対策基準（令和3年訓令甲第14号）: 組織体制", url: "https://www.city.osaki.miyagi.jp/section/reiki/reiki_honbun/r294RG00001923.html" },
  S9: { id: "S9", title: "富士電機 column on ファイル無害化ツール", url: "https://www.fujielectric.co.jp/products/government/column/column008.html" },
  S10: { id: "S10", title: "TechTarget white-paper summary on 無害化通信要件", url: "https://wp.techtarget.itmedia.co.jp/contents/65656" },
  S11: { id: "S11", title: "IPA「自治体テレワークシステム for LGWAN」利用条件 (restating the 総務省 LGWAN telework requirements)", url: "https://telework.cyber.ipa.go.jp/lgwan/terms/" },
  S21: {
    id: "S21",
    title: "鳥取県 平成28年度 budget sheet quoting the 自治体情報セキュリティ対策検討チーム report (2015)",
    url: "http://db.pref.tottori.jp/yosan/28Yosan_Koukai.nsf/7b91dd2d124f2644492574820038e28f/ea6b18d8fa27637349257f54003403cd",
  },
  S28: { id: "S28", title: "「災害に強い情報通信ネットワーク 導入ガイドブック2024」 p.54", url: "https://bousailog.com/book/pageindices/index54.html" },
  S29: { id: "S29", title: "PassLogic: table of guidelines that require 多要素認証 (総務省, 令和5年3月版)", url: "https://passlogic.jp/passlogic_blog/guideline_multi_factor_authentication" },
  LEAD: {
    id: "S0",
    title: "issue-tracker lead recorded in docs/research/guideline-basis.md (issue #13; not verified against the guideline PDF)",
  },
});

const CONFIDENCE_WORDS = {
  quoted: { ja: "引用（二次資料がガイドラインの文言を掲載）", en: "quoted (a secondary source reproduces the guideline's wording)" },
  paraphrased: { ja: "要旨（二次資料が内容を記述。文言は未確認）", en: "paraphrased (a secondary source states the substance; wording not verified)" },
  inferred: { ja: "推定（これを述べる資料は見つかっていない）", en: "inferred (no source found that states it)" },
} as const;

/**
 * The lines that tell a person a basis: document and edition, section, confidence, the quote (if
 * quoted), the sources and the note, in Japanese or English. Used by `explain`, the generated
 * catalog pages and the OSCAL catalog.
 *
 * @param basis - The basis.
 * @param locale - `ja` or `en`.
 * @returns One line per fact, without list markers.
 * @example
 * ```ts
 * import { describeBasis, getControl } from "@miyagi-kouiki/infosec-policy";
 * const basis = getControl("server-room-entry-control").basis;
 * if (basis !== undefined) describeBasis(basis, "en")[0]; // "Document: 総務省「…」, 令和6年10月版"
 * ```
 */
export function describeBasis(basis: GuidelineBasis, locale: "ja" | "en"): string[] {
  const ja = locale === "ja";
  const edition = basis.edition === "unknown" ? (ja ? "版は不明" : "edition unknown") : basis.edition;
  const lines = [`${ja ? "文書" : "Document"}: ${basis.document}, ${edition}`];
  if (basis.section !== undefined) lines.push(`${ja ? "箇所" : "Section"}: ${basis.section}`);
  lines.push(`${ja ? "確度" : "Confidence"}: ${basis.confidence} — ${CONFIDENCE_WORDS[basis.confidence][locale]}`);
  if (basis.confidence === "quoted") lines.push(`${ja ? "引用" : "Quote"}: 「${basis.quote}」`);
  for (const source of basis.sources) lines.push(`${ja ? "参照資料" : "Source"} ${source.id}: ${source.title}${source.url === undefined ? "" : ` <${source.url}>`}`);
  if (basis.note !== undefined) lines.push(`${ja ? "注" : "Note"}: ${basis.note[locale]}`);
  return lines;
}
