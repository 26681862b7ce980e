import { BASIS_SOURCES as S, GUIDELINE_DOCUMENT } from "../../definitions/guideline-basis-text.js";
import type { GuidelineBasis } from "../../definitions/guideline-basis.js";

const document = GUIDELINE_DOCUMENT;

/** The guideline was not readable; section numbers follow bodies whose 対策基準 follow it (research note §0.5). */
const VERIFY = "verify against the guideline PDF";

/**
 * The basis of every `guideline` control and guideline parameter of the catalog, by control id
 * (or `controlId.parameter`), from the research note docs/research/guideline-basis.md.
 */
export const CONTROL_BASES = {
  "confidential-carry-out-approval": {
    document,
    edition: "令和5年3月版",
    section: `対策基準 2 情報資産の分類と管理（情報資産の提供・持出し） — ${VERIFY}`,
    confidence: "paraphrased",
    sources: [S.LEAD],
    note: {
      ja: "外部提供が承認に基づくことは課題管理上の指摘による（未検証）。承認者（情報セキュリティ管理者）は研究者の記憶であり、ガイドライン本文で確認していない。",
      en: "That external provision is approval-based comes from the issue-tracker lead (unverified). The approver (情報セキュリティ管理者) is the researcher's recollection, not checked against the guideline text.",
    },
  },
  "confidential-carry-out-approval.appliesFromConfidentiality": {
    document,
    edition: "令和5年3月版",
    confidence: "paraphrased",
    sources: [S.LEAD],
    note: { ja: "機密性2以上という閾値は課題管理上の指摘による（未検証）。", en: "The threshold 機密性2以上 comes from the issue-tracker lead (unverified)." },
  },
  "confidential-encryption": {
    document,
    edition: "unknown",
    section: `第2編 2.（1）情報資産の分類の表（取扱制限） — ${VERIFY}`,
    confidence: "inferred",
    sources: [S.S1],
    note: {
      ja: "S1 の分類表の取扱制限欄は読み取れず、暗号化の文言は確認できていない。領域をまたぐ移動をすべて暗号化の対象とする規則は本ライブラリの推定であり、ガイドラインの領域に関する規定は分離と無害化である。",
      en: "The 取扱制限 cells of S1's table were not readable, so the encryption wording is unconfirmed. Treating every cross-zone transfer as needing encryption is the library's inference; the guideline's zone rules are about separation and 無害化.",
    },
  },
  "confidential-encryption.appliesFromConfidentiality": {
    document,
    edition: "unknown",
    confidence: "inferred",
    sources: [S.S1],
    note: { ja: "閾値（機密性2以上）は分類表の構造からの推定。", en: "The threshold (機密性2以上) is inferred from the structure of the classification table." },
  },
  "backup-of-important-assets": {
    document,
    edition: "unknown",
    section: `第2編 2.（1）情報資産の分類の表（取扱制限） — ${VERIFY}`,
    confidence: "inferred",
    sources: [S.S1],
    note: {
      ja: "完全性2・可用性2の取扱制限欄は読み取れていない。端末をバックアップの対象外とするのは本ライブラリの選択。",
      en: "The 取扱制限 cells for 完全性2 and 可用性2 were not readable. Exempting terminals from backup is the library's own choice.",
    },
  },
  "locked-storage-of-media": {
    document,
    edition: "令和5年3月版",
    section: `第2編 2.（1）情報資産の分類の表（取扱制限）、2.（2）情報資産の管理（保管） — ${VERIFY}`,
    confidence: "paraphrased",
    sources: [S.LEAD],
    note: {
      ja: "施錠保管が機密性2以上、完全性2及び可用性2の媒体に及ぶことは課題管理上の指摘による（未検証）。",
      en: "That locked storage covers media of 機密性2以上, 完全性2 and 可用性2 alike comes from the issue-tracker lead (unverified).",
    },
  },
  "locked-storage-of-media.appliesFromConfidentiality": {
    document,
    edition: "令和5年3月版",
    confidence: "paraphrased",
    sources: [S.LEAD],
  },
  "confidential-information-handling": {
    document,
    edition: "unknown",
    section: `第2編 2.（1）情報資産の分類の表（取扱制限） — ${VERIFY}`,
    confidence: "inferred",
    sources: [S.S1],
    note: {
      ja: "分類表に取扱制限の欄があること（S1）からの推定。いずれか一つの措置で足りるとするのは本ライブラリの判断。",
      en: "Inferred from the classification table having a 取扱制限 column (S1). That any one of the measures suffices is the library's judgement.",
    },
  },
  "confidential-information-handling.appliesFromConfidentiality": {
    document,
    edition: "unknown",
    confidence: "inferred",
    sources: [S.S1],
  },
  "training-interval": {
    document,
    edition: "令和5年3月版",
    section: `対策基準 5.2 「研修・訓練」 — ${VERIFY}`,
    confidence: "paraphrased",
    sources: [S.LEAD, S.S4, S.S6],
    note: {
      ja: "「毎年度及び必要に応じて」は課題管理上の指摘による（未検証）。「研修・訓練」の節があることは S4・S6 の目次による。12か月ごとの根拠は見つかっていないため、月単位の既定値は設けない。",
      en: "「毎年度及び必要に応じて」 comes from the issue-tracker lead (unverified); that a 「研修・訓練」 section exists, from the tables of contents of S4 and S6. Nothing supports a rolling 12 months, so no default in months is set.",
    },
  },
  "continuity-plan": {
    document,
    edition: "unknown",
    confidence: "inferred",
    sources: [],
    note: {
      ja: "基本方針4(3)～(5)の脅威からの推定。業務継続計画は総務省の別のガイドライン（ICT部門の業務継続計画）によるものかもしれない（未検証）。",
      en: "Inferred from the threats of 4(3)–(5) of the basic policy. The continuity plan may come from another 総務省 guideline (ICT-BCP), unverified.",
    },
  },
  "server-room-entry-control": {
    document,
    edition: "令和6年10月版",
    section: `第2編 4.2 管理区域（情報システム室等）の管理 — ${VERIFY}`,
    confidence: "paraphrased",
    sources: [S.S4, S.S5, S.S6],
    note: { ja: "節があることは目次による。条文は読めていない。", en: "The section exists (tables of contents); its wording was not read." },
  },
  "terminal-anti-theft": {
    document,
    edition: "令和6年10月版",
    section: `第2編 4.4 職員等の利用する端末や電磁的記録媒体等の管理 — ${VERIFY}`,
    confidence: "paraphrased",
    sources: [S.S4, S.S6],
    note: { ja: "節があることは目次による。条文は読めていない。", en: "The section exists (tables of contents); its wording was not read." },
  },
  "server-power-backup": {
    document,
    edition: "令和6年10月版",
    section: `第2編 4.1 サーバ等の管理 — ${VERIFY}`,
    confidence: "inferred",
    sources: [S.S4, S.S6],
    note: {
      ja: "サーバ等の管理の節があることは目次による（S4・S6）。可用性2のサーバに限る閾値には根拠がなく、本ライブラリの推定である。ガイドラインは全てのサーバ等に予備電源を求めている可能性がある（未検証）。",
      en: "That a サーバ等の管理 section exists comes from the tables of contents (S4, S6). Limiting the rule to servers of 可用性2 has no support and is the library's inference; the guideline may ask backup power for every server (unverified).",
    },
  },
  "facility-entry-control": {
    document,
    edition: "令和6年10月版",
    section: `第2編 4.2 管理区域（情報システム室等）の管理 — ${VERIFY}`,
    confidence: "paraphrased",
    sources: [S.S4, S.S5, S.S6],
  },
  "facility-power-backup": {
    document,
    edition: "令和6年10月版",
    section: `第2編 4.1 サーバ等の管理 — ${VERIFY}`,
    confidence: "inferred",
    sources: [S.S4, S.S6],
  },
  "facility-environment": {
    document,
    edition: "unknown",
    section: `第2編 4 物理的セキュリティ — ${VERIFY}`,
    confidence: "inferred",
    sources: [S.S4],
    note: { ja: "基本方針4(3)の災害の脅威と物理的セキュリティの章からの推定。", en: "Inferred from the disasters of 4(3) and the physical-security chapter." },
  },
  "internet-sanitization": {
    document,
    edition: "unknown",
    section: `第2編 3 情報システム全体の強靭性の向上 — ${VERIFY}`,
    confidence: "paraphrased",
    sources: [S.S21, S.S9, S.S10, S.S28, S.S11],
    note: {
      ja: "参照資料はインターネット接続系からLGWAN接続系への取込みについて述べる。画面転送をファイルを移さない経路とするのは2020年のLGWANテレワーク要件（S11）による。",
      en: "The sources speak of bringing files from the Internet zone into the LGWAN zone. Screen transfer as a route that moves no file comes from the 2020 LGWAN telework requirements (S11), not from the guideline's table.",
    },
  },
  "mynumber-internet-separation": {
    document,
    edition: "unknown",
    section: `第2編 3 情報システム全体の強靭性の向上 — ${VERIFY}`,
    confidence: "paraphrased",
    sources: [S.S9, S.S21],
    note: {
      ja: "徳島県の運用（S8）、ベンダーの要約（S9、S23）による。ガイドラインの文言は見つかっていない。",
      en: "From a prefecture's description of its implementation (S8) and vendor summaries (S9, S23); the guideline's wording was not found.",
    },
  },
  "approved-software-only": {
    document,
    edition: "unknown",
    section: `対策基準 6.1 コンピュータ及びネットワークの管理 — ${VERIFY}`,
    confidence: "inferred",
    sources: [],
    note: { ja: "基本方針4(2)の「無許可ソフトウェアの使用」からの推定。", en: "Inferred from 「無許可ソフトウェアの使用」 in 4(2) of the basic policy." },
  },
  "outsider-confidential-access": {
    document,
    edition: "unknown",
    confidence: "inferred",
    sources: [S.S1],
    note: {
      ja: "根拠は見つかっていない。ガイドラインの外部提供は承認に基づくため、禁止ではなく承認の確認（要確認）とする。",
      en: "No support was found. The guideline's rule on providing information outside is approval-based, so this asks a person to confirm the approval (manual) rather than banning access.",
    },
  },
  "sign-in-authentication": {
    document,
    edition: "unknown",
    section: `対策基準 6.2 アクセス制御 — ${VERIFY}`,
    confidence: "paraphrased",
    sources: [S.S11],
    note: {
      ja: "ログイン時の利用者認証は2020年のLGWANテレワーク要件（S11）による。既定値1はその帰結（推定）。",
      en: "User authentication at sign-in comes from the 2020 LGWAN telework requirements (S11); the default of one factor follows from it (inferred).",
    },
  },
  "sign-in-authentication.minimumFactorKinds": {
    document,
    edition: "unknown",
    confidence: "inferred",
    sources: [S.S11],
  },
  "vulnerability-management": {
    document,
    edition: "令和6年10月版",
    section: `対策基準 6.6 セキュリティ情報の収集 — ${VERIFY}`,
    confidence: "paraphrased",
    sources: [S.S4, S.S6],
  },
  "secure-development": {
    document,
    edition: "令和6年10月版",
    section: `対策基準 6.3 情報システムの開発、導入、保守等 — ${VERIFY}`,
    confidence: "paraphrased",
    sources: [S.S4, S.S6],
  },
  "mynumber-sign-in-person": {
    document,
    edition: "unknown",
    section: `対策基準 6.2 アクセス制御 — ${VERIFY}`,
    confidence: "inferred",
    sources: [],
    note: { ja: "基本方針3(10)・7(3)①と利用者の区分からの推定。", en: "Inferred from 3(10) and 7(3)① of the basic policy and the person categories." },
  },
  "audit-interval": {
    document,
    edition: "令和5年3月版",
    section: `対策基準 9.1 監査 — ${VERIFY}`,
    confidence: "paraphrased",
    sources: [S.LEAD, S.S4, S.S6],
    note: {
      ja: "「毎年度及び必要に応じて」は課題管理上の指摘による（未検証）。12か月ごとの根拠は見つかっていないため、月単位の既定値は設けない。",
      en: "「毎年度及び必要に応じて」 comes from the issue-tracker lead (unverified). Nothing supports a rolling 12 months, so no default in months is set.",
    },
  },
  "self-inspection-interval": {
    document,
    edition: "令和5年3月版",
    section: `対策基準 9.2 自己点検 — ${VERIFY}`,
    confidence: "paraphrased",
    sources: [S.LEAD, S.S4, S.S6],
    note: {
      ja: "「毎年度及び必要に応じて」は課題管理上の指摘による（未検証）。12か月ごとの根拠は見つかっていないため、月単位の既定値は設けない。",
      en: "「毎年度及び必要に応じて」 comes from the issue-tracker lead (unverified). Nothing supports a rolling 12 months, so no default in months is set.",
    },
  },
  "training-interval.trainingCadenceFiscalYears": {
    document,
    edition: "令和5年3月版",
    confidence: "paraphrased",
    sources: [S.LEAD],
    note: {
      ja: "毎年度（周期1年度）は課題管理上の指摘「毎年度及び必要に応じて」による（未検証）。年度は4月1日から翌年3月31日まで。前年度の実施で当年度末まで充足とする判定は、毎年度の文言からの本ライブラリの解釈である。",
      en: "Every fiscal year (a cadence of 1) comes from the issue-tracker lead 「毎年度及び必要に応じて」 (unverified). A fiscal year runs from 1 April to 31 March. Accepting last year's training until this fiscal year ends is the library's reading of 毎年度.",
    },
  },
  "training-interval.trainingIntervalMonths": {
    document,
    edition: "unknown",
    confidence: "inferred",
    sources: [],
    note: {
      ja: "ガイドラインの規定ではない。既定の24か月は毎年度で許される最長の間隔であり、既定では判定に影響しない。組織の対策基準が月単位の間隔を定める場合に、オーバーレイで短くするための値である。",
      en: "Not a rule of the guideline. The default 24 months is the longest gap that every fiscal year allows, so by default it changes no decision; it is there so that an overlay can set the organisation's own interval in months.",
    },
  },
  "audit-interval.auditCadenceFiscalYears": {
    document,
    edition: "令和5年3月版",
    confidence: "paraphrased",
    sources: [S.LEAD],
    note: {
      ja: "毎年度（周期1年度）は課題管理上の指摘「毎年度及び必要に応じて」による（未検証）。年度は4月1日から翌年3月31日まで。前年度の実施で当年度末まで充足とする判定は、毎年度の文言からの本ライブラリの解釈である。",
      en: "Every fiscal year (a cadence of 1) comes from the issue-tracker lead 「毎年度及び必要に応じて」 (unverified). A fiscal year runs from 1 April to 31 March. Accepting last year's audit until this fiscal year ends is the library's reading of 毎年度.",
    },
  },
  "audit-interval.auditIntervalMonths": {
    document,
    edition: "unknown",
    confidence: "inferred",
    sources: [],
    note: {
      ja: "ガイドラインの規定ではない。既定の24か月は毎年度で許される最長の間隔であり、既定では判定に影響しない。組織の対策基準が月単位の間隔を定める場合に、オーバーレイで短くするための値である。",
      en: "Not a rule of the guideline. The default 24 months is the longest gap that every fiscal year allows, so by default it changes no decision; it is there so that an overlay can set the organisation's own interval in months.",
    },
  },
  "self-inspection-interval.selfInspectionCadenceFiscalYears": {
    document,
    edition: "令和5年3月版",
    confidence: "paraphrased",
    sources: [S.LEAD],
    note: {
      ja: "毎年度（周期1年度）は課題管理上の指摘「毎年度及び必要に応じて」による（未検証）。年度は4月1日から翌年3月31日まで。前年度の実施で当年度末まで充足とする判定は、毎年度の文言からの本ライブラリの解釈である。",
      en: "Every fiscal year (a cadence of 1) comes from the issue-tracker lead 「毎年度及び必要に応じて」 (unverified). A fiscal year runs from 1 April to 31 March. Accepting last year's self-inspection until this fiscal year ends is the library's reading of 毎年度.",
    },
  },
  "self-inspection-interval.selfInspectionIntervalMonths": {
    document,
    edition: "unknown",
    confidence: "inferred",
    sources: [],
    note: {
      ja: "ガイドラインの規定ではない。既定の24か月は毎年度で許される最長の間隔であり、既定では判定に影響しない。組織の対策基準が月単位の間隔を定める場合に、オーバーレイで短くするための値である。",
      en: "Not a rule of the guideline. The default 24 months is the longest gap that every fiscal year allows, so by default it changes no decision; it is there so that an overlay can set the organisation's own interval in months.",
    },
  },
} as const satisfies Record<string, GuidelineBasis>;
