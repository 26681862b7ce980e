import { belowConfidential, meetsThreshold } from "../../classification/compiled-scheme.js";
import type { ParametersOf } from "../control.js";
import { defineControl } from "./define.js";
import { CONTROL_BASES } from "./bases.js";
import { judgeFlag, judgeSafeguard } from "../judge.js";
import { fail, manual, notApplicable, pass } from "./define.js";

const classifiedVerdicts = {
  classified: pass({ ja: "重要度（機密性・完全性・可用性）が分類されている。", en: "The asset is classified by confidentiality, integrity and availability." }),
  unclassified: fail({ ja: "重要度が分類されていない。", en: "The asset is not classified into an importance level." }),
};

/** 7(2): every information asset is classified into 重要度 by confidentiality, integrity and availability. */
export const assetClassified = defineControl({
  id: "asset-classified",
  title: { ja: "情報資産の重要度分類", en: "Assets classified by importance" },
  clause: "7(2)",
  provenance: "basic-policy",
  category: "classification",
  threats: ["T1", "T2"],
  requirement: {
    ja: "広域連合の保有する情報資産を機密性、完全性及び可用性に応じて「重要度」として分類し、当該分類に基づき情報セキュリティ対策を講じる。",
    en: "Classify the Union's information assets into importance levels by confidentiality, integrity and availability, and take measures based on that classification.",
  },
  remediation: {
    ja: "情報資産台帳に機密性・完全性・可用性の分類を記入する。",
    en: "Record the confidentiality, integrity and availability levels in the asset inventory.",
  },
  admitsException: false,
  parameters: {},
  facts: { asset: [] },
  verdicts: classifiedVerdicts,
  checks: { asset: (s) => (s.classification === undefined ? "unclassified" : "classified") },
});

const confidentialityThreshold = {
  appliesFromConfidentiality: {
    default: 2,
    stricter: "lower" as const,
    unit: "confidentiality level",
    min: 1,
    max: 3,
    description: { ja: "この管理策を適用する機密性の最低レベル", en: "The lowest confidentiality level this control applies to" },
  },
};

const approvalVerdicts = {
  yes: pass({ ja: "持出しは事前に承認されている。", en: "The carry-out was approved beforehand." }),
  no: fail({ ja: "機密性の高い情報の持出しが承認されていない。", en: "Confidential information is carried out without approval." }),
  unknown: manual({ ja: "持出しの承認の有無が回答されていない。", en: "Whether the carry-out was approved is not stated." }),
  unclassified: manual({ ja: "持ち出す情報の分類が不明なため、承認の要否を判定できない。", en: "The classification of what is carried out is not stated, so whether approval is needed cannot be judged." }),
  belowThreshold: notApplicable((p: ParametersOf<"appliesFromConfidentiality">) => ({
    ja: `機密性${p.appliesFromConfidentiality}未満の情報であり、持出しの承認は求められない。`,
    en: `The information is below confidentiality ${p.appliesFromConfidentiality}, so no approval is required.`,
  })),
};

/** Guideline default for 7(2): confidential information is carried out only with prior approval. */
export const confidentialCarryOutApproval = defineControl({
  id: "confidential-carry-out-approval",
  title: { ja: "機密性2以上の情報の持出し承認", en: "Approval to carry out information of confidentiality 2 or above" },
  clause: "7(2)",
  provenance: "guideline",
  basis: CONTROL_BASES["confidential-carry-out-approval"],
  category: "classification",
  threats: ["T2", "T2.1", "T1", "T1.6"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】機密性2以上の情報資産を外部に持ち出し、又は提供する場合は、事前に承認を得る。",
    en: "[Guideline default] Carrying out or providing information assets of confidentiality 2 or higher requires prior approval.",
  },
  remediation: { ja: "持出し前に情報セキュリティ管理者の承認を得て記録する。", en: "Obtain and record the security manager's approval before carrying out." },
  admitsException: true,
  parameters: { appliesFromConfidentiality: { ...confidentialityThreshold.appliesFromConfidentiality, basis: CONTROL_BASES["confidential-carry-out-approval.appliesFromConfidentiality"] } },
  facts: { "carry-out": ["classification", "approved"] },
  verdicts: approvalVerdicts,
  checks: {
    "carry-out": (s, p, _c, k) =>
      s.classification === undefined
        ? "unclassified"
        : belowConfidential(k, s.classification, p.appliesFromConfidentiality)
          ? "belowThreshold"
          : judgeFlag(s.approved),
  },
});

const encryptionVerdicts = {
  yes: pass({ ja: "暗号化等により保護されている。", en: "It is protected by encryption or equivalent." }),
  no: fail({ ja: "機密性の高い情報が暗号化等により保護されていない。", en: "Confidential information is not protected by encryption or equivalent." }),
  unknown: manual({ ja: "暗号化の有無が回答されていない。", en: "Whether it is encrypted is not stated." }),
  unclassified: manual({ ja: "情報の分類が不明なため、暗号化の要否を判定できない。", en: "The classification is not stated, so whether encryption is needed cannot be judged." }),
  belowThreshold: notApplicable((p: ParametersOf<"appliesFromConfidentiality">) => ({
    ja: `機密性${p.appliesFromConfidentiality}未満の情報であり、暗号化は求められない。`,
    en: `The information is below confidentiality ${p.appliesFromConfidentiality}, so encryption is not required.`,
  })),
  channelUnknown: manual({
    ja: "同じ領域内の移動だが、移動の手段（ネットワーク、電子メール、外部記録媒体等）が回答されていないため、暗号化の要否を判定できない。",
    en: "The information stays within one zone, but how it moves (network, email, removable media…) is not stated, so whether encryption is needed cannot be judged.",
  }),
  staysInside: notApplicable({
    ja: "同じ領域内のネットワーク上の移動であり、送信時の暗号化の対象外。",
    en: "The information moves over the network within one zone, so encryption in transit does not apply.",
  }),
};

/** Guideline default for 7(2): confidential information is encrypted when sent or carried. */
export const confidentialEncryption = defineControl({
  id: "confidential-encryption",
  title: { ja: "機密性2以上の情報の暗号化", en: "Encryption of information of confidentiality 2 or above" },
  clause: "7(2)",
  provenance: "guideline",
  basis: CONTROL_BASES["confidential-encryption"],
  category: "classification",
  threats: ["T1", "T1.1", "T2", "T2.1"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】機密性2以上の情報資産を送信、運搬又は提供する場合は、暗号化等の措置を講じる。",
    en: "[Guideline default] Sending, carrying or providing information assets of confidentiality 2 or higher requires encryption or equivalent protection.",
  },
  remediation: {
    ja: "暗号化（暗号化した媒体を含む）してから送信・持出しする。ファイルにパスワードを設定しただけのもの（パスワード付きZIP等）は暗号化とみなさない。",
    en: "Encrypt it (an encrypted medium counts) before sending or carrying out. A file that only has a password set (a password-protected ZIP and the like) does not count as encrypted.",
  },
  admitsException: true,
  parameters: { appliesFromConfidentiality: { ...confidentialityThreshold.appliesFromConfidentiality, basis: CONTROL_BASES["confidential-encryption.appliesFromConfidentiality"] } },
  facts: { transfer: ["classification", "encrypted", "channel"], "carry-out": ["classification", "encrypted"] },
  verdicts: encryptionVerdicts,
  checks: {
    transfer: (s, p, _c, k) =>
      s.classification === undefined
        ? "unclassified"
        : belowConfidential(k, s.classification, p.appliesFromConfidentiality)
          ? "belowThreshold"
          : s.from !== s.to
            ? judgeFlag(s.encrypted)
            : s.channel === undefined
              ? "channelUnknown"
              : s.channel === "network" || s.channel === "screen-transfer"
                ? "staysInside"
                : judgeFlag(s.encrypted),
    "carry-out": (s, p, _c, k) =>
      s.classification === undefined
        ? "unclassified"
        : belowConfidential(k, s.classification, p.appliesFromConfidentiality)
          ? "belowThreshold"
          : judgeFlag(s.encrypted),
  },
});

const backupVerdicts = {
  yes: pass({ ja: "バックアップが取得されている。", en: "It is backed up." }),
  no: fail({ ja: "完全性2又は可用性2の情報資産のバックアップがない。", en: "An asset of integrity 2 or availability 2 has no backup." }),
  unknown: manual({ ja: "バックアップの有無が記録されていない。", en: "Whether it is backed up is not recorded." }),
  unclassified: manual({ ja: "分類が不明なため、バックアップの要否を判定できない。", en: "The classification is not recorded, so whether a backup is needed cannot be judged." }),
  notRequired: notApplicable({ ja: "完全性1かつ可用性1の情報資産であり、バックアップは求められない。", en: "The asset is integrity 1 and availability 1, so no backup is required." }),
  notData: notApplicable({ ja: "データを保持しない種別の資産であり、バックアップの対象外。", en: "This kind of asset holds no data, so backup does not apply." }),
};

/** Guideline default for 7(2): assets of integrity 2 or availability 2 are backed up. */
export const backupOfImportantAssets = defineControl({
  id: "backup-of-important-assets",
  title: { ja: "重要な情報資産のバックアップ", en: "Backup of important assets" },
  clause: "7(2)",
  provenance: "guideline",
  basis: CONTROL_BASES["backup-of-important-assets"],
  category: "classification",
  threats: ["T1", "T1.2", "T2", "T2.10", "T3", "T3.1", "T3.3", "T5", "T5.1"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】完全性2又は可用性2の情報資産は、バックアップを取得し、改ざん・滅失時に復旧できるようにする。",
    en: "[Guideline default] Information assets of integrity 2 or availability 2 are backed up so that they can be restored after tampering or loss.",
  },
  remediation: { ja: "定期的なバックアップを取得し、復旧手順を確認する。", en: "Take regular backups and check the restore procedure." },
  admitsException: true,
  parameters: {},
  facts: { asset: ["classification", "safeguards"] },
  verdicts: backupVerdicts,
  checks: {
    asset: (s, _p, _c, k) =>
      s.category === "network" || s.category === "facility" || s.category === "terminal"
        ? "notData"
        : s.classification === undefined
          ? "unclassified"
          : !meetsThreshold(k, s.classification, "integrity-important") && !meetsThreshold(k, s.classification, "availability-important")
            ? "notRequired"
            : judgeSafeguard(s.safeguards, "backup"),
  },
});

const lockedMediaVerdicts = {
  yes: pass({ ja: "媒体は施錠保管されている。", en: "The medium is kept in locked storage." }),
  no: fail({
    ja: "機密性2以上、完全性2又は可用性2の情報を記録した媒体が施錠保管されていない。",
    en: "A medium holding information of confidentiality 2 or higher, integrity 2 or availability 2 is not kept in locked storage.",
  }),
  unknown: manual({ ja: "施錠保管の有無が記録されていない。", en: "Whether the medium is kept locked is not recorded." }),
  unclassified: manual({ ja: "媒体の分類が不明なため、施錠保管の要否を判定できない。", en: "The medium's classification is not recorded, so whether locked storage is needed cannot be judged." }),
  belowThreshold: notApplicable((p: ParametersOf<"appliesFromConfidentiality">) => ({
    ja: `機密性${p.appliesFromConfidentiality}未満、完全性1かつ可用性1の媒体であり、施錠保管は求められない。`,
    en: `The medium is below confidentiality ${p.appliesFromConfidentiality} and is integrity 1 and availability 1, so locked storage is not required.`,
  })),
  notMedia: notApplicable({ ja: "電磁的記録媒体ではない。", en: "Not an electromagnetic recording medium." }),
};

/**
 * Guideline default for 7(2): media holding information of confidentiality `appliesFromConfidentiality`
 * (default 2) or higher, of integrity 2 or of availability 2 are kept in locked storage.
 */
export const lockedStorageOfMedia = defineControl({
  id: "locked-storage-of-media",
  title: { ja: "記録媒体の施錠保管", en: "Locked storage of media" },
  clause: "7(2)",
  provenance: "guideline",
  basis: CONTROL_BASES["locked-storage-of-media"],
  category: "classification",
  threats: ["T1", "T1.4", "T1.6", "T2", "T2.1"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】機密性2以上、完全性2又は可用性2の情報を記録した電磁的記録媒体は、施錠可能な場所に保管する。",
    en: "[Guideline default] Electromagnetic media holding information of confidentiality 2 or higher, integrity 2 or availability 2 are kept in lockable storage.",
  },
  remediation: { ja: "媒体を施錠できるキャビネット等に保管する。", en: "Keep the medium in a lockable cabinet." },
  admitsException: true,
  parameters: { appliesFromConfidentiality: { ...confidentialityThreshold.appliesFromConfidentiality, basis: CONTROL_BASES["locked-storage-of-media.appliesFromConfidentiality"] } },
  facts: { asset: ["classification", "safeguards"] },
  verdicts: lockedMediaVerdicts,
  checks: {
    asset: (s, p, _c, k) =>
      s.category !== "media"
        ? "notMedia"
        : s.classification === undefined
          ? "unclassified"
          : belowConfidential(k, s.classification, p.appliesFromConfidentiality) && !meetsThreshold(k, s.classification, "integrity-important") && !meetsThreshold(k, s.classification, "availability-important")
            ? "belowThreshold"
            : judgeSafeguard(s.safeguards, "locked-storage"),
  },
});

const HANDLING_SAFEGUARDS = ["access-control", "encryption", "locked-storage"] as const;

const handlingVerdicts = {
  yes: pass({
    ja: "機密性に応じた取扱制限（アクセス制限、暗号化又は施錠保管）が講じられている。",
    en: "Handling restrictions for its confidentiality (access control, encryption or locked storage) are in place.",
  }),
  no: fail((p: ParametersOf<"appliesFromConfidentiality">) => ({
    ja: `機密性${p.appliesFromConfidentiality}以上の情報又はシステム関連文書に、アクセス制限・暗号化・施錠保管のいずれの取扱制限も講じられていない。`,
    en: `Information or a system document of confidentiality ${p.appliesFromConfidentiality} or higher has no handling restriction: no access control, encryption or locked storage.`,
  })),
  unknown: manual({ ja: "取扱制限（安全管理措置）の有無が記録されていない。", en: "Whether handling restrictions are in place is not recorded." }),
  unclassified: manual({
    ja: "分類が不明なため、機密性に応じた取扱制限の要否を判定できない。",
    en: "The classification is not recorded, so whether handling restrictions are needed cannot be judged.",
  }),
  belowThreshold: notApplicable((p: ParametersOf<"appliesFromConfidentiality">) => ({
    ja: `機密性${p.appliesFromConfidentiality}未満の情報であり、取扱制限は求められない。`,
    en: `The information is below confidentiality ${p.appliesFromConfidentiality}, so no handling restriction is required.`,
  })),
  otherCategory: notApplicable({ ja: "情報又はシステム関連文書ではない。", en: "Not information or a system document." }),
};

/**
 * Guideline default for 7(2) (当該分類に基づき情報セキュリティ対策を講じる): information (data and
 * printouts) and system documents of confidentiality 2 or higher have at least one handling
 * restriction: access limited to those allowed, encryption, or locked storage.
 */
export const confidentialInformationHandling = defineControl({
  id: "confidential-information-handling",
  title: { ja: "機密性2以上の情報・文書の取扱制限", en: "Handling restrictions for information of confidentiality 2 or above and its documents" },
  clause: "7(2)",
  provenance: "guideline",
  basis: CONTROL_BASES["confidential-information-handling"],
  category: "classification",
  threats: ["T1", "T1.5", "T1.6", "T2", "T2.1"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】機密性2以上の情報（データ及び印刷物）及びシステム関連文書（仕様書、ネットワーク図等）は、分類に応じた取扱制限として、アクセスを認められた者に限る措置、暗号化又は施錠保管のいずれかを講じる。",
    en: "[Guideline default] Information (data and printouts) and system documents (specifications, network diagrams) of confidentiality 2 or higher have a handling restriction for their classification: access limited to those allowed, encryption, or locked storage.",
  },
  remediation: {
    ja: "アクセス権限の設定、暗号化、又は施錠できる場所での保管を行う。",
    en: "Restrict access, encrypt it, or keep it in lockable storage.",
  },
  admitsException: true,
  parameters: { appliesFromConfidentiality: { ...confidentialityThreshold.appliesFromConfidentiality, basis: CONTROL_BASES["confidential-information-handling.appliesFromConfidentiality"] } },
  facts: { asset: ["classification", "safeguards"] },
  verdicts: handlingVerdicts,
  checks: {
    asset: (s, p, _c, k) =>
      s.category !== "information" && s.category !== "system-document"
        ? "otherCategory"
        : s.classification === undefined
          ? "unclassified"
          : belowConfidential(k, s.classification, p.appliesFromConfidentiality)
            ? "belowThreshold"
            : s.safeguards === undefined
              ? "unknown"
              : HANDLING_SAFEGUARDS.some((safeguard) => s.safeguards?.includes(safeguard))
                ? "yes"
                : "no",
  },
});
