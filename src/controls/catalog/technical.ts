import { meetsThreshold } from "../../classification/compiled-scheme.js";
import type { ParametersOf } from "../control.js";
import { defineControl } from "./define.js";
import { CONTROL_BASES } from "./bases.js";
import { countFactorKinds, judgeFlag, judgeSafeguard } from "../judge.js";
import { fail, manual, notApplicable, pass } from "./define.js";

const accessVerdicts = {
  yes: pass({ ja: "アクセスする権限が認められている。", en: "The person is authorised for this access." }),
  no: fail({ ja: "アクセスを認められていない者によるアクセスである。", en: "The person is not authorised for this access." }),
  unknown: manual({ ja: "アクセス権限の有無が回答されていない。", en: "Whether the person is authorised is not stated." }),
  safeguardYes: pass({ ja: "アクセス制御が講じられている。", en: "Access control is in place." }),
  safeguardNo: fail({ ja: "アクセス制御が講じられていない。", en: "No access control is in place." }),
  safeguardUnknown: manual({ ja: "アクセス制御の有無が記録されていない。", en: "Whether access control is in place is not recorded." }),
  otherCategory: notApplicable({ ja: "アクセス制御を設定する機器・システムではない。", en: "Not a system or device on which access control is set." }),
};

/** 7(6): access control, so that only those allowed to access information can access it (3(10)). */
export const accessControl = defineControl({
  id: "access-control",
  title: { ja: "アクセス制御", en: "Access control" },
  clause: "7(6)",
  provenance: "basic-policy",
  category: "technical",
  threats: ["T1", "T1.1", "T1.5", "T1.6"],
  requirement: {
    ja: "アクセス制御等の技術的対策を講じる（情報にアクセスすることを認められた者だけが、情報にアクセスできる状態を確保する）。",
    en: "Take technical measures such as access control (so that only those allowed to access information can access it).",
  },
  remediation: { ja: "アクセス権限を付与された者に限りアクセスを認める。", en: "Allow access only to those granted the right." },
  admitsException: false,
  parameters: {},
  facts: { access: ["authorized"], asset: ["safeguards"] },
  verdicts: accessVerdicts,
  checks: {
    access: (s) => judgeFlag(s.authorized),
    asset: (s) =>
      s.category === "information-system" || s.category === "server" || s.category === "terminal"
        ? judgeSafeguard(s.safeguards, "access-control", "safeguardYes", "safeguardNo", "safeguardUnknown")
        : "otherCategory",
  },
});

const malwareVerdicts = {
  yes: pass({ ja: "不正プログラム対策が講じられている。", en: "Malware protection is in place." }),
  no: fail({ ja: "不正プログラム対策が講じられていない。", en: "No malware protection is in place." }),
  unknown: manual({ ja: "不正プログラム対策の有無が記録されていない。", en: "Whether malware protection is in place is not recorded." }),
  otherCategory: notApplicable({ ja: "サーバ又は端末ではない。", en: "Not a server or terminal." }),
};

/** 7(6): protection against malicious programs (不正プログラム対策) on servers and terminals. */
export const malwareProtection = defineControl({
  id: "malware-protection",
  title: { ja: "不正プログラム対策", en: "Malware protection" },
  clause: "7(6)",
  provenance: "basic-policy",
  category: "technical",
  threats: ["T1", "T1.2"],
  requirement: { ja: "不正プログラム対策等の技術的対策を講じる。", en: "Take technical measures such as protection against malicious programs." },
  remediation: { ja: "ウイルス対策ソフト等を導入し、定義ファイルを更新する。", en: "Install anti-malware software and keep its definitions up to date." },
  admitsException: false,
  parameters: {},
  facts: { asset: ["safeguards"] },
  verdicts: malwareVerdicts,
  checks: {
    asset: (s) =>
      s.category === "server" || s.category === "terminal" ? judgeSafeguard(s.safeguards, "malware-protection") : "otherCategory",
  },
});

const intrusionVerdicts = {
  yes: pass({ ja: "不正アクセス対策が講じられている。", en: "Protection against unauthorised access is in place." }),
  no: fail({ ja: "ネットワークに不正アクセス対策が講じられていない。", en: "The network has no protection against unauthorised access." }),
  unknown: manual({ ja: "不正アクセス対策の有無が記録されていない。", en: "Whether protection against unauthorised access is in place is not recorded." }),
  otherCategory: notApplicable({ ja: "ネットワークではない。", en: "Not a network." }),
};

/** 7(6): protection against unauthorised access (不正アクセス対策) on networks. */
export const intrusionPrevention = defineControl({
  id: "intrusion-prevention",
  title: { ja: "不正アクセス対策", en: "Protection against unauthorised access" },
  clause: "7(6)",
  provenance: "basic-policy",
  category: "technical",
  threats: ["T1", "T1.1", "T1.3"],
  requirement: { ja: "不正アクセス対策等の技術的対策を講じる。", en: "Take technical measures such as protection against unauthorised access." },
  remediation: { ja: "ファイアウォール等で不要な通信を遮断する。", en: "Block unneeded traffic with a firewall or similar." },
  admitsException: false,
  parameters: {},
  facts: { asset: ["safeguards"] },
  verdicts: intrusionVerdicts,
  checks: {
    asset: (s) => (s.category === "network" ? judgeSafeguard(s.safeguards, "intrusion-prevention") : "otherCategory"),
  },
});

const softwareVerdicts = {
  yes: pass({ ja: "許可されたソフトウェアである。", en: "The software is approved." }),
  no: fail({ ja: "許可されていないソフトウェアの導入・使用である。", en: "The software is not approved." }),
  unknown: manual({ ja: "ソフトウェアの許可の有無が回答されていない。", en: "Whether the software is approved is not stated." }),
};

/** Guideline default for 7(6), against the threat of 4(2) 無許可ソフトウェアの使用: only approved software. */
export const approvedSoftwareOnly = defineControl({
  id: "approved-software-only",
  title: { ja: "許可されたソフトウェアのみの使用", en: "Approved software only" },
  clause: "7(6)",
  provenance: "guideline",
  basis: CONTROL_BASES["approved-software-only"],
  category: "technical",
  threats: ["T2", "T2.2", "T1", "T1.2"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】ソフトウェアは、許可を得たものに限り導入・使用する（基本方針4(2)は無許可ソフトウェアの使用を脅威として挙げている）。",
    en: "[Guideline default] Install and use only approved software (4(2) of the basic policy names the use of unapproved software as a threat).",
  },
  remediation: { ja: "導入前に許可を得る。許可のないソフトウェアは削除する。", en: "Obtain approval before installing; remove unapproved software." },
  admitsException: true,
  parameters: {},
  facts: { "software-use": ["approved"] },
  verdicts: softwareVerdicts,
  checks: { "software-use": (s) => judgeFlag(s.approved) },
});

const outsiderVerdicts = {
  publicInformation: pass({ ja: "部外者によるアクセスだが、機密性1の情報である。", en: "An outsider accesses, but the information is confidentiality 1." }),
  approved: pass({
    ja: "部外者による機密性2以上の情報へのアクセスだが、承認（許可）に基づくものである。",
    en: "An outsider accesses information of confidentiality 2 or higher, with approval.",
  }),
  notApproved: fail({
    ja: "部外者が承認（許可）なしに機密性2以上の情報にアクセスしている。",
    en: "An outsider accesses information of confidentiality 2 or higher without approval.",
  }),
  approvalUnknown: manual({
    ja: "部外者が機密性2以上の情報にアクセスしている。承認（許可）に基づくものかどうかが回答されていないため、人が確認すること。",
    en: "An outsider accesses information of confidentiality 2 or higher. Whether it is approved is not stated; a person must confirm it.",
  }),
  unclassified: manual({ ja: "部外者によるアクセスだが、情報の分類が回答されていない。", en: "An outsider accesses, but the classification is not stated." }),
  notOutsider: notApplicable({ ja: "部外者によるアクセスではない。", en: "Not access by an outsider." }),
};

/**
 * Guideline default for 7(6) (confidence `inferred`): an outsider accesses information of
 * confidentiality 2 or higher only with approval (`authorized`). The guideline's rule on
 * providing information outside is approval-based, not a ban, and so is this control.
 */
export const outsiderConfidentialAccess = defineControl({
  id: "outsider-confidential-access",
  title: { ja: "部外者による機密性2以上の情報へのアクセスの承認", en: "Approval for outsider access to information of confidentiality 2 or above" },
  clause: "7(6)",
  provenance: "guideline",
  basis: CONTROL_BASES["outsider-confidential-access"],
  category: "technical",
  threats: ["T1", "T1.4", "T1.5"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】部外者による機密性2以上の情報資産へのアクセスは、承認（許可）に基づく場合に限る。",
    en: "[Guideline default] An outsider accesses information assets of confidentiality 2 or higher only with approval.",
  },
  remediation: {
    ja: "承認のない部外者のアクセスを止め、必要な場合は承認を得てから提供する。",
    en: "Stop the outsider's unapproved access; where needed, provide the information only after approval.",
  },
  admitsException: true,
  parameters: {},
  facts: { access: ["classification", "authorized"] },
  verdicts: outsiderVerdicts,
  checks: {
    access: (s, _p, _c, k) =>
      s.person !== "outsider"
        ? "notOutsider"
        : s.classification === undefined
          ? "unclassified"
          : !meetsThreshold(k, s.classification, "confidential")
            ? "publicInformation"
            : s.authorized === undefined
              ? "approvalUnknown"
              : s.authorized
                ? "approved"
                : "notApproved",
  },
});

const authenticationVerdicts = {
  enough: pass((p: ParametersOf<"minimumFactorKinds">) => ({
    ja: `${p.minimumFactorKinds}種類以上の認証要素で認証している。`,
    en: `At least ${p.minimumFactorKinds} kind(s) of factor were presented.`,
  })),
  tooFew: fail((p: ParametersOf<"minimumFactorKinds">) => ({
    ja: `認証要素が${p.minimumFactorKinds}種類に満たない。`,
    en: `Fewer than ${p.minimumFactorKinds} kind(s) of factor were presented.`,
  })),
  unknown: manual({ ja: "提示された認証要素が回答されていない。", en: "The factors presented are not stated." }),
};

/** Guideline default for 7(6): every sign-in is authenticated with at least `minimumFactorKinds` kinds of factor. */
export const signInAuthentication = defineControl({
  id: "sign-in-authentication",
  title: { ja: "端末へのログイン時の認証", en: "Authentication at sign-in" },
  clause: "7(6)",
  provenance: "guideline",
  basis: CONTROL_BASES["sign-in-authentication"],
  category: "technical",
  threats: ["T1", "T1.1", "T1.4"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】端末へのログインには認証を求める（既定では1種類以上の認証要素）。",
    en: "[Guideline default] Signing in to a terminal requires authentication (by default at least one kind of factor).",
  },
  remediation: { ja: "利用者認証を設定する。", en: "Set up user authentication." },
  admitsException: true,
  parameters: {
    minimumFactorKinds: {
      default: 1,
      stricter: "higher",
      unit: "factor kinds",
      min: 1,
      max: 3,
      description: { ja: "ログインに必要な認証要素の種類数", en: "Kinds of factor needed to sign in" },
      basis: CONTROL_BASES["sign-in-authentication.minimumFactorKinds"],
    },
  },
  facts: { "sign-in": ["factors"] },
  verdicts: authenticationVerdicts,
  checks: {
    "sign-in": (s, p) =>
      s.factors === undefined
        ? "unknown"
        : countFactorKinds(s.factors) >= p.minimumFactorKinds
          ? "enough"
          : "tooFew",
  },
});

const updatesVerdicts = {
  yes: pass({ ja: "脆弱性対策（セキュリティ更新の適用）が行われている。", en: "Vulnerabilities are managed and security updates applied." }),
  no: fail({ ja: "脆弱性対策（セキュリティ更新の適用）が行われていない。", en: "Vulnerabilities are not managed; security updates are not applied." }),
  unknown: manual({ ja: "脆弱性対策の有無が記録されていない。", en: "Whether security updates are applied is not recorded." }),
  otherCategory: notApplicable({ ja: "ソフトウェアを更新する対象の機器・システムではない。", en: "Not a system or device whose software is updated." }),
};

/** Guideline default for 7(6) (コンピュータ等の管理), against 4(2) プログラム上の欠陥: security updates are applied. */
export const vulnerabilityManagement = defineControl({
  id: "vulnerability-management",
  title: { ja: "脆弱性対策", en: "Vulnerability management" },
  clause: "7(6)",
  provenance: "guideline",
  basis: CONTROL_BASES["vulnerability-management"],
  category: "technical",
  threats: ["T1", "T1.1", "T1.2", "T2", "T2.4"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】サーバ、端末、通信機器及び情報システムのソフトウェアの脆弱性情報を収集し、セキュリティ更新を適用する（基本方針4(2)はプログラム上の欠陥を脅威として挙げている）。",
    en: "[Guideline default] Collect vulnerability information for the software of servers, terminals, network equipment and information systems, and apply security updates (4(2) of the basic policy names program defects as a threat).",
  },
  remediation: { ja: "セキュリティ更新を適用し、適用状況を管理する。", en: "Apply security updates and track that they are applied." },
  admitsException: true,
  parameters: {},
  facts: { asset: ["safeguards"] },
  verdicts: updatesVerdicts,
  checks: {
    asset: (s) =>
      s.category === "server" || s.category === "terminal" || s.category === "network" || s.category === "information-system"
        ? judgeSafeguard(s.safeguards, "security-updates")
        : "otherCategory",
  },
});

const developmentVerdicts = {
  yes: pass({ ja: "情報システムの調達・開発時にセキュリティ要件を定め、検証している。", en: "Security requirements are set and verified when systems are procured or developed." }),
  no: fail({ ja: "情報システムの調達・開発時にセキュリティ要件を定め、検証していない。", en: "Security requirements are not set and verified when systems are procured or developed." }),
  unknown: manual({ ja: "調達・開発時のセキュリティ確保の状況が回答されていない。", en: "Whether security is built into procurement and development is not stated." }),
};

/** Guideline default for 7(6), against 4(2) 設計・開発の不備: security requirements are set and verified in procurement and development. */
export const secureDevelopment = defineControl({
  id: "secure-development",
  title: { ja: "調達・開発時のセキュリティ確保", en: "Security in procurement and development" },
  clause: "7(6)",
  provenance: "guideline",
  basis: CONTROL_BASES["secure-development"],
  category: "technical",
  threats: ["T2", "T2.3", "T2.4"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】情報システムの調達・開発に当たっては、セキュリティ要件を定め、稼働前に検証（テスト）する（基本方針4(2)は設計・開発の不備を脅威として挙げている）。",
    en: "[Guideline default] When procuring or developing information systems, set security requirements and verify (test) them before operation (4(2) of the basic policy names shortcomings in design and development as a threat).",
  },
  remediation: { ja: "調達仕様書にセキュリティ要件を記載し、受入れ時に検証する。", en: "State security requirements in the procurement specification and verify them at acceptance." },
  admitsException: true,
  parameters: {},
  facts: { organization: ["secureDevelopmentInPlace"] },
  verdicts: developmentVerdicts,
  checks: { organization: (s) => judgeFlag(s.secureDevelopmentInPlace) },
});

const signInPersonVerdicts = {
  staff: pass({ ja: "職員によるマイナンバー利用事務系端末へのログインである。", en: "A member of staff signs in to a My Number zone terminal." }),
  municipalStaff: pass({
    ja: "広域連合のシステムを利用する構成市町村の職員によるログインである（職員ではないが、広域連合のアクセス制御に従う）。",
    en: "A member municipality's staff member who uses the Union's systems signs in (not 職員, but subject to the Union's access rules).",
  }),
  contractor: manual({
    ja: "委託事業者がマイナンバー利用事務系端末にログインしている。契約及び承認に基づく作業であることを人が確認すること。",
    en: "A contractor signs in to a My Number zone terminal. A person must confirm that the work is under the contract and approved.",
  }),
  outsider: fail({ ja: "部外者がマイナンバー利用事務系端末にログインしている。", en: "An outsider signs in to a My Number zone terminal." }),
  unknown: manual({ ja: "マイナンバー利用事務系端末にログインする者の区分が回答されていない。", en: "Who signs in to the My Number zone terminal is not stated." }),
  otherZones: notApplicable({ ja: "マイナンバー利用事務系の端末ではない。", en: "Not a My Number zone terminal." }),
};

/**
 * Guideline default for 7(3)① and 7(6): only those allowed sign in to a マイナンバー利用事務系
 * terminal. Staff and member-municipality staff pass; a contractor needs a person to confirm the
 * contract and approval (`manual`); an outsider fails. Multi-factor sign-in alone is not enough.
 */
export const mynumberSignInPerson = defineControl({
  id: "mynumber-sign-in-person",
  title: { ja: "マイナンバー利用事務系端末の利用者の限定", en: "Who may sign in to My Number zone terminals" },
  clause: "7(6)",
  provenance: "guideline",
  basis: CONTROL_BASES["mynumber-sign-in-person"],
  category: "technical",
  threats: ["T1", "T1.4", "T1.5"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】マイナンバー利用事務系の端末にログインできるのは、アクセスを認められた職員（及び広域連合のシステムを利用する構成市町村の職員）に限る。委託事業者は契約と承認に基づく場合に限り、部外者には認めない。",
    en: "[Guideline default] Only staff allowed access (and member-municipality staff who use the Union's systems) sign in to My Number zone terminals; contractors only under their contract and with approval; outsiders never.",
  },
  remediation: {
    ja: "部外者のログインを停止し、利用者IDを棚卸しする。委託事業者の作業は契約と承認を確認して記録する。",
    en: "Stop the outsider's sign-in and review the user IDs. Confirm and record the contract and approval for contractor work.",
  },
  admitsException: true,
  parameters: {},
  facts: { "sign-in": ["person"] },
  verdicts: signInPersonVerdicts,
  checks: {
    "sign-in": (s) => {
      if (s.zone !== "mynumber") return "otherZones";
      switch (s.person) {
        case undefined:
          return "unknown";
        case "regular":
        case "fiscal-year-appointed":
        case "part-time":
          return "staff";
        case "municipal-staff":
          return "municipalStaff";
        case "contractor":
          return "contractor";
        case "outsider":
          return "outsider";
      }
    },
  },
});
