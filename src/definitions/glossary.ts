import { deepFreezeLiteral } from "../internal/deep-freeze.js";
import type { GlossaryEntry } from "./glossary-schema.js";
import type { LocalizedText } from "./localized-text.js";

/**
 * The id of a glossary concept, e.g. `"zone.mynumber"` or `"person.regular"`: a family (`zone`,
 * `body`, `layer`, `term`, `measure`, `connective`, `word`, `unit`, `provenance`, `outcome`,
 * `status`, `person`, `asset`, `kind`, `category`) and the value it names.
 */
export type GlossaryId =
  | "zone.mynumber"
  | "zone.lgwan"
  | "zone.internet"
  | "body.secretariat"
  | "body.assembly-secretariat"
  | "body.audit-secretariat"
  | "body.election-commission"
  | "layer.basic-policy"
  | "layer.standards"
  | "layer.procedures"
  | "layer.procedures-full"
  | "term.union-computer-system"
  | "term.electromagnetic-media"
  | "term.confidentiality-2"
  | "measure.personnel-security"
  | "connective.nao"
  | "word.control"
  | "word.measure"
  | "word.provenance"
  | "word.training"
  | "word.approval"
  | "word.clause"
  | "word.category"
  | "word.requirement"
  | "word.remediation"
  | "word.exception"
  | "word.as-of"
  | "word.none"
  | "word.default"
  | "word.lower-is-stricter"
  | "word.higher-is-stricter"
  | "unit.months"
  | "unit.fiscal-years"
  | "provenance.basic-policy"
  | "provenance.guideline"
  | "provenance.organization"
  | "outcome.compliant"
  | "outcome.non-compliant"
  | "outcome.needs-review"
  | "outcome.not-applicable"
  | "status.pass"
  | "status.fail"
  | "status.manual"
  | "status.not-applicable"
  | "person.regular"
  | "person.fiscal-year-appointed"
  | "person.part-time"
  | "person.municipal-staff"
  | "person.contractor"
  | "person.outsider"
  | "asset.network"
  | "asset.information-system"
  | "asset.server"
  | "asset.terminal"
  | "asset.media"
  | "asset.facility"
  | "asset.information"
  | "asset.system-document"
  | "kind.transfer"
  | "kind.carry-out"
  | "kind.sign-in"
  | "kind.software-use"
  | "kind.access"
  | "kind.outsourcing"
  | "kind.cloud-use"
  | "kind.asset"
  | "kind.organization"
  | "category.organization"
  | "category.classification"
  | "category.system-resilience"
  | "category.physical"
  | "category.human"
  | "category.technical"
  | "category.operations"
  | "category.outsourcing-and-cloud"
  | "category.audit"
  | "category.review";

const avoid = (ja: readonly string[], en: readonly string[]) => ({ ja, en });

const glossaryData = {
  // Zones of 7(3) (3(13), 3(14); LGWAN接続系 from the guideline).
  "zone.mynumber": {
    ja: "マイナンバー利用事務系",
    en: "My Number zone",
    avoid: avoid([], ["My Number business zone", "My Number business system", "My Number system zone"]),
    note: "The three 系 of 7(3) are the library's zones (`mynumber`, `lgwan`, `internet`): one short name each, parallel to the ids; the definition in 3(13) says what the zone holds.",
  },
  "zone.lgwan": { ja: "LGWAN接続系", en: "LGWAN zone", avoid: avoid([], ["LGWAN-connected zone"]) },
  "zone.internet": {
    ja: "インターネット接続系",
    en: "Internet zone",
    avoid: avoid([], ["Internet-connected zone"]),
    note: "Parallel to the My Number zone and the LGWAN zone; the definition in 3(14) says it is connected to the Internet.",
  },
  // The bodies of 5(1).
  "body.secretariat": { ja: "広域連合事務局", en: "Union Secretariat" },
  "body.assembly-secretariat": { ja: "議会事務局", en: "Assembly Secretariat" },
  "body.audit-secretariat": {
    ja: "監査委員事務局",
    en: "Audit Commissioners' Secretariat",
    avoid: avoid([], ["Secretariat of the Audit Commissioners"]),
  },
  "body.election-commission": { ja: "選挙管理委員会", en: "Election Administration Commission" },
  // The document layers (2, 10, 11).
  "layer.basic-policy": { ja: "基本方針", en: "Basic Policy" },
  "layer.standards": {
    ja: "対策基準",
    en: "Standards",
    avoid: avoid([], ["information security standards", "Information security standards"]),
    note: "A defined term of clause 2 (以下「対策基準」という。): capitalised, as the Basic Policy is.",
  },
  "layer.procedures": {
    ja: "実施手順",
    en: "Procedures",
    avoid: avoid(["情報セキュリティ実施手順"], ["information security procedures", "Information security procedures"]),
    note: "The document's name is 情報セキュリティ共通実施手順 (2(2), 11); its short name is 実施手順.",
  },
  "layer.procedures-full": {
    ja: "情報セキュリティ共通実施手順",
    en: "Information Security Common Implementation Procedures",
  },
  // Terms of 3 whose English needed one rendering.
  "term.union-computer-system": {
    ja: "広域連合電算処理システム",
    en: "Union computer processing system",
    avoid: avoid([], ["Union computing system"]),
    note: "電算処理 is computer processing: the English keeps it.",
  },
  "term.electromagnetic-media": {
    ja: "電磁的記録媒体",
    en: "electromagnetic recording media",
    avoid: avoid([], ["storage media", "electromagnetic media"]),
  },
  "term.confidentiality-2": {
    ja: "機密性2以上の情報",
    en: "information of confidentiality 2 or above",
    avoid: avoid(["機密情報"], []),
    note: "The guideline default scheme's threshold; 機密情報 is not a level of any scheme.",
  },
  "measure.personnel-security": {
    ja: "人的セキュリティ",
    en: "Personnel security",
    avoid: avoid([], ["Human security", "human security", "human measures"]),
    note: "Human security is a United Nations term for something else; 7(5) is about staff.",
  },
  "connective.nao": {
    ja: "なお",
    en: "Note that",
    note: "なお、 opens a remark (Note that …), not an addition (In addition is また).",
  },
  // Words of the reports and the CLI.
  "word.control": { ja: "管理策", en: "Control", note: "対策 is a measure of clause 7; a checkable rule of the catalog is a 管理策." },
  "word.measure": { ja: "対策", en: "Measure" },
  "word.provenance": {
    ja: "根拠",
    en: "Provenance",
    avoid: avoid(["出典"], []),
    note: "Where a rule comes from (basic policy, guideline default, organisation's standards): one word, 根拠, in every report, the CLI and the documentation.",
  },
  "word.training": {
    ja: "教育",
    en: "training",
    avoid: avoid(["研修"], []),
    note: "7(5) says 教育及び啓発: the checklist and the catalog say 教育 (情報セキュリティ教育), not 研修.",
  },
  "word.approval": {
    ja: "承認",
    en: "approval",
    note: "An approval of a carry-out or an exception is 承認; 許可 is kept only for software, after 4(2) 無許可ソフトウェア.",
  },
  "word.clause": { ja: "条項", en: "Clause" },
  "word.category": { ja: "分類", en: "Category" },
  "word.requirement": { ja: "要求事項", en: "Requirement" },
  "word.remediation": { ja: "是正措置", en: "Remediation" },
  "word.exception": { ja: "例外措置", en: "Exception" },
  "word.as-of": { ja: "判定基準日", en: "As of", avoid: avoid(["判定基準日（asOf）"], []) },
  "word.none": { ja: "なし", en: "none" },
  "word.default": { ja: "既定値", en: "default" },
  "word.lower-is-stricter": { ja: "小さいほど厳格", en: "lower is stricter" },
  "word.higher-is-stricter": { ja: "大きいほど厳格", en: "higher is stricter" },
  "unit.months": { ja: "か月", en: "months" },
  "unit.fiscal-years": {
    ja: "年度",
    en: "fiscal years",
    note: "A fiscal year (年度) runs from 1 April to 31 March; 毎年度 is a cadence of one fiscal year, not a rolling 12 months.",
  },
  // Provenance labels.
  "provenance.basic-policy": { ja: "基本方針", en: "basic policy" },
  "provenance.guideline": { ja: "総務省ガイドライン既定値", en: "guideline default" },
  "provenance.organization": { ja: "組織の対策基準", en: "organisation standard" },
  // Outcome labels.
  "outcome.compliant": { ja: "適合", en: "compliant" },
  "outcome.non-compliant": { ja: "不適合", en: "non-compliant" },
  "outcome.needs-review": { ja: "要確認", en: "needs review" },
  "outcome.not-applicable": { ja: "対象外", en: "not applicable" },
  // Finding status labels.
  "status.pass": { ja: "充足", en: "pass" },
  "status.fail": { ja: "不備", en: "fail" },
  "status.manual": { ja: "要確認", en: "manual" },
  "status.not-applicable": { ja: "対象外", en: "n/a" },
  // Person categories (3(15) and the Union's access rules).
  "person.regular": {
    ja: "会計年度任用職員及び非常勤職員以外の職員",
    en: "regular staff",
    avoid: avoid(["常勤職員"], []),
    note: "Full-time 会計年度任用職員 are 常勤 too, so 常勤職員 does not name this category.",
  },
  "person.fiscal-year-appointed": { ja: "会計年度任用職員", en: "fiscal-year-appointed staff" },
  "person.part-time": { ja: "非常勤職員", en: "part-time staff" },
  "person.municipal-staff": { ja: "構成市町村の職員", en: "member-municipality staff" },
  "person.contractor": { ja: "委託事業者", en: "contractor" },
  "person.outsider": { ja: "部外者", en: "outsider" },
  // Asset categories (5(2) and 3).
  "asset.network": { ja: "ネットワーク", en: "network" },
  "asset.information-system": { ja: "情報システム", en: "information system" },
  "asset.server": { ja: "サーバ", en: "server" },
  "asset.terminal": { ja: "パソコン等端末", en: "PCs and other terminals" },
  "asset.media": { ja: "電磁的記録媒体", en: "electromagnetic recording media" },
  "asset.facility": { ja: "設備", en: "facility" },
  "asset.information": { ja: "情報", en: "information" },
  "asset.system-document": { ja: "システム関連文書", en: "system-related document" },
  // Subject kinds.
  "kind.transfer": { ja: "情報の移送", en: "transfer" },
  "kind.carry-out": { ja: "持出し", en: "carry-out" },
  "kind.sign-in": { ja: "ログイン", en: "sign-in" },
  "kind.software-use": { ja: "ソフトウェアの利用", en: "software use" },
  "kind.access": { ja: "アクセス", en: "access" },
  "kind.outsourcing": { ja: "業務委託", en: "outsourcing" },
  "kind.cloud-use": { ja: "外部サービスの利用", en: "cloud use" },
  "kind.asset": { ja: "情報資産", en: "asset" },
  "kind.organization": { ja: "組織（自己点検）", en: "organisation (self-inspection)" },
  // Control categories (after the measures of 7 and clauses 8 and 9).
  "category.organization": { ja: "組織体制", en: "Organisational structure" },
  "category.classification": { ja: "情報資産の分類と管理", en: "Classification and management of information assets" },
  "category.system-resilience": { ja: "情報システム全体の強靭性の向上", en: "Improving the resilience of the information systems as a whole" },
  "category.physical": { ja: "物理的セキュリティ", en: "Physical security" },
  "category.human": { ja: "人的セキュリティ", en: "Personnel security" },
  "category.technical": { ja: "技術的セキュリティ", en: "Technical security" },
  "category.operations": { ja: "運用", en: "Operations" },
  "category.outsourcing-and-cloud": { ja: "業務委託と外部サービスの利用", en: "Outsourcing and use of external services" },
  "category.audit": { ja: "情報セキュリティ監査及び自己点検", en: "Information security audits and self-inspections" },
  "category.review": { ja: "情報セキュリティポリシーの見直し", en: "Review of the Information Security Policy" },
} as const satisfies Record<GlossaryId, GlossaryEntry>;


/**
 * The glossary: every concept the package names in more than one place (zones, the bodies of
 * 5(1), the document layers, report and CLI words, provenance, outcome and status labels, person,
 * asset, subject-kind and control categories), each with its one Japanese and one English
 * rendering and the renderings not to use. Reports, the CLI and the documentation generator take
 * their words from here. Deeply frozen.
 *
 * @example
 * ```ts
 * import { glossary } from "@miyagi-kouiki/infosec-policy";
 *
 * glossary["zone.internet"].en; // "Internet zone"
 * glossary["measure.personnel-security"].avoid?.en; // ["Human security", …]
 * ```
 */
export const glossary: { readonly [K in GlossaryId]: GlossaryEntry } = deepFreezeLiteral(glossaryData);

/**
 * The Japanese and English rendering of a glossary concept.
 *
 * @param id - The concept, e.g. `"zone.mynumber"`.
 * @returns Its text in both languages (a frozen object).
 * @example
 * ```ts
 * import { gloss } from "@miyagi-kouiki/infosec-policy";
 *
 * gloss("person.regular").ja; // "会計年度任用職員及び非常勤職員以外の職員"
 * ```
 */
export function gloss(id: GlossaryId): LocalizedText {
  return texts[id];
}

const texts = deepFreezeLiteral(
  Object.fromEntries(Object.entries(glossaryData).map(([id, entry]) => [id, { ja: entry.ja, en: entry.en }])),
) as { readonly [K in GlossaryId]: LocalizedText };
