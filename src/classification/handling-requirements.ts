import type { LocalizedText } from "../definitions/localized-text.js";
import { deepFreezeLiteral } from "../internal/deep-freeze.js";
import type { HandlingRequirement } from "./handling-requirement.js";

/** Appends to a description the statement that it is a guideline default, not the basic policy. */
function guidelineDefault(ja: string, en: string): LocalizedText {
  return {
    ja: `${ja}（総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」に基づく既定値。基本方針自体の規定ではない。）`,
    en: `${en} (A default from the national guideline, 総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」, not a provision of the basic policy itself.)`,
  };
}

/**
 * The handling requirements by classification level (取扱制限), in canonical order: confidentiality
 * (2 and above, then 3), integrity 2, availability 2. Deeply frozen.
 *
 * Every entry is a default from the national guideline (provenance `guideline`), used because the
 * organisation's own standards (対策基準) are not public (10); each description says so. They
 * implement 7(2), which requires measures based on the classification but names none.
 *
 * | id | applies from |
 * | --- | --- |
 * | `encrypt-in-transit`, `approval-before-carry-out`, `no-unnecessary-copies`, `locked-media-storage`, `unrecoverable-disposal` | 機密性2 |
 * | `issued-terminals-only` | 機密性3 |
 * | `integrity-backup`, `tamper-protection` | 完全性2 |
 * | `availability-backup`, `recovery-time` (parameter `recoveryTimeHours`, no default: the organisation sets it) | 可用性2 |
 *
 * @example
 * ```ts
 * handlingRequirements.map((r) => r.id);
 * // ["encrypt-in-transit", "approval-before-carry-out", …, "recovery-time"]
 * ```
 */
export const handlingRequirements: readonly HandlingRequirement[] = deepFreezeLiteral<HandlingRequirement[]>([
  {
    id: "encrypt-in-transit",
    dimension: "confidentiality",
    threshold: "confidential",
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "送信・運搬・提供時の暗号化等",
      en: "Encryption or equivalent protection when sending, carrying or providing",
    },
    description: guidelineDefault(
      "機密性2以上の情報資産を送信し、運搬し、又は提供するときは、暗号化、パスワードの設定、鍵付きケースへの格納等により保護する。",
      "When sending, carrying or providing information assets of confidentiality 2 or above, protect them by encryption, a password, a locked case or an equivalent measure.",
    ),
    parameters: {},
  },
  {
    id: "approval-before-carry-out",
    dimension: "confidentiality",
    threshold: "confidential",
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "外部への持出し・提供の事前承認",
      en: "Approval before carrying out or providing outside",
    },
    description: guidelineDefault(
      "機密性2以上の情報資産を外部に持ち出し、又は外部に提供するときは、あらかじめ許可を得る。",
      "Obtain approval before taking information assets of confidentiality 2 or above outside, or providing them to anyone outside.",
    ),
    parameters: {},
  },
  {
    id: "no-unnecessary-copies",
    dimension: "confidentiality",
    threshold: "confidential",
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "必要以上の複製及び配付の禁止",
      en: "No unnecessary copies or distribution",
    },
    description: guidelineDefault(
      "機密性2以上の情報資産は、業務上必要な範囲を超えて複製し、又は配付しない。",
      "Do not copy or distribute information assets of confidentiality 2 or above beyond what the work requires.",
    ),
    parameters: {},
  },
  {
    id: "locked-media-storage",
    dimension: "confidentiality",
    threshold: "confidential",
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "電磁的記録媒体の施錠保管",
      en: "Locked storage of electromagnetic recording media",
    },
    description: guidelineDefault(
      "機密性2以上の情報資産を記録した電磁的記録媒体は、施錠可能な場所に保管する。",
      "Keep electromagnetic recording media holding information assets of confidentiality 2 or above in a place that can be locked.",
    ),
    parameters: {},
  },
  {
    id: "unrecoverable-disposal",
    dimension: "confidentiality",
    threshold: "confidential",
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "復元不可能な処理を施しての廃棄",
      en: "Disposal that leaves nothing recoverable",
    },
    description: guidelineDefault(
      "機密性2以上の情報資産を記録した電磁的記録媒体又は文書を廃棄するときは、情報を復元できないように処理してから廃棄する。",
      "When disposing of electromagnetic recording media or documents holding information assets of confidentiality 2 or above, first make the information unrecoverable.",
    ),
    parameters: {},
  },
  {
    id: "issued-terminals-only",
    dimension: "confidentiality",
    threshold: "secret",
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "支給以外の端末での作業の原則禁止",
      en: "No work on terminals the organisation did not issue",
    },
    description: guidelineDefault(
      "機密性3の情報資産は、原則として、広域連合が支給した端末以外の端末で取り扱わない。",
      "In principle, do not work on information assets of confidentiality 3 on any terminal that the organisation did not issue.",
    ),
    parameters: {},
  },
  {
    id: "integrity-backup",
    dimension: "integrity",
    threshold: "integrity-important",
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "バックアップ（完全性）",
      en: "Backup (integrity)",
    },
    description: guidelineDefault(
      "完全性2の情報資産は、改ざん、誤びゅう又は破損から回復できるよう、バックアップを取得する。",
      "Back up information assets of integrity 2 so that they can be restored after alteration, error or damage.",
    ),
    parameters: {},
  },
  {
    id: "tamper-protection",
    dimension: "integrity",
    threshold: "integrity-important",
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "改ざん防止措置",
      en: "Protection against tampering",
    },
    description: guidelineDefault(
      "完全性2の情報資産には、電子署名の付与等により、改ざんを防止し、又は検知する措置を講じる。",
      "Protect information assets of integrity 2 against tampering, e.g. with an electronic signature, so that any alteration is prevented or detected.",
    ),
    parameters: {},
  },
  {
    id: "availability-backup",
    dimension: "availability",
    threshold: "availability-important",
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "バックアップ（可用性）",
      en: "Backup (availability)",
    },
    description: guidelineDefault(
      "可用性2の情報資産は、滅失、紛失又は利用不可能となる場合に備え、バックアップを取得する。",
      "Back up information assets of availability 2 against destruction, loss or unavailability.",
    ),
    parameters: {},
  },
  {
    id: "recovery-time",
    dimension: "availability",
    threshold: "availability-important",
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "目標復旧時間の設定",
      en: "A recovery time set",
    },
    description: guidelineDefault(
      "可用性2の情報資産は、利用できなくなったときに、組織が対策基準で定める目標時間（recoveryTimeHours）以内に復旧できるようにする。ガイドラインは時間の長さを定めておらず、本ライブラリは既定の時間を設けない。時間が定められるまで、この要求事項は要確認である。",
      "Make sure information assets of availability 2 can be recovered, after becoming unavailable, within a target time (recoveryTimeHours) that the organisation's standards set. The guideline does not fix the length and the library ships no default: until the time is set, this requirement needs review.",
    ),
    parameters: {
      recoveryTimeHours: {
        stricter: "lower",
        unit: "hours",
        description: {
          ja: "利用できなくなってから復旧するまでの目標時間（時間）",
          en: "Target time from becoming unavailable to recovery, in hours",
        },
        min: 1,
        max: 8760,
        integer: true,
      },
    },
  },
]);
