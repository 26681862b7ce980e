import { defineControl } from "../control.js";
import { countDistinct, judgeFlag, judgeSafeguard } from "../judge.js";
import { fail, manual, notApplicable, pass } from "../verdict.js";

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
    access: (s) => judgeFlag(s.authorized, accessVerdicts),
    asset: (s) =>
      s.category === "information-system" || s.category === "server" || s.category === "terminal"
        ? judgeSafeguard(s.safeguards, "access-control", { yes: accessVerdicts.safeguardYes, no: accessVerdicts.safeguardNo, unknown: accessVerdicts.safeguardUnknown })
        : accessVerdicts.otherCategory,
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
      s.category === "server" || s.category === "terminal" ? judgeSafeguard(s.safeguards, "malware-protection", malwareVerdicts) : malwareVerdicts.otherCategory,
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
    asset: (s) => (s.category === "network" ? judgeSafeguard(s.safeguards, "intrusion-prevention", intrusionVerdicts) : intrusionVerdicts.otherCategory),
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
  checks: { "software-use": (s) => judgeFlag(s.approved, softwareVerdicts) },
});

const outsiderVerdicts = {
  publicInformation: pass({ ja: "部外者によるアクセスだが、機密性1の情報である。", en: "An outsider accesses, but the information is confidentiality 1." }),
  confidential: fail({ ja: "部外者が機密性2以上の情報にアクセスしている。", en: "An outsider accesses information of confidentiality 2 or higher." }),
  unclassified: manual({ ja: "部外者によるアクセスだが、情報の分類が回答されていない。", en: "An outsider accesses, but the classification is not stated." }),
  notOutsider: notApplicable({ ja: "部外者によるアクセスではない。", en: "Not access by an outsider." }),
};

/** Guideline default for 7(6): outsiders do not access information of confidentiality 2 or higher. */
export const outsiderConfidentialAccess = defineControl({
  id: "outsider-confidential-access",
  title: { ja: "部外者による機密情報へのアクセス禁止", en: "No outsider access to confidential information" },
  clause: "7(6)",
  provenance: "guideline",
  category: "technical",
  threats: ["T1", "T1.4", "T1.5"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】部外者には、機密性2以上の情報資産へのアクセスを認めない。",
    en: "[Guideline default] Outsiders are not given access to information assets of confidentiality 2 or higher.",
  },
  remediation: { ja: "部外者のアクセスを遮断し、必要な場合は公開可能な情報に限り提供する。", en: "Stop the outsider's access; where needed, provide only public information." },
  admitsException: true,
  parameters: {},
  facts: { access: ["classification"] },
  verdicts: outsiderVerdicts,
  checks: {
    access: (s) =>
      s.person !== "outsider"
        ? outsiderVerdicts.notOutsider
        : s.classification === undefined
          ? outsiderVerdicts.unclassified
          : s.classification.confidentiality >= 2
            ? outsiderVerdicts.confidential
            : outsiderVerdicts.publicInformation,
  },
});

const authenticationVerdicts = {
  enough: pass((p) => ({
    ja: `${p["minimumFactorKinds"]}種類以上の認証要素で認証している。`,
    en: `At least ${p["minimumFactorKinds"]} kind(s) of factor were presented.`,
  })),
  tooFew: fail((p) => ({
    ja: `認証要素が${p["minimumFactorKinds"]}種類に満たない。`,
    en: `Fewer than ${p["minimumFactorKinds"]} kind(s) of factor were presented.`,
  })),
  unknown: manual({ ja: "提示された認証要素が回答されていない。", en: "The factors presented are not stated." }),
};

/** Guideline default for 7(6): every sign-in is authenticated with at least `minimumFactorKinds` kinds of factor. */
export const signInAuthentication = defineControl<{ minimumFactorKinds: number }>({
  id: "sign-in-authentication",
  title: { ja: "端末へのログイン時の認証", en: "Authentication at sign-in" },
  clause: "7(6)",
  provenance: "guideline",
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
    },
  },
  facts: { "sign-in": ["factors"] },
  verdicts: authenticationVerdicts,
  checks: {
    "sign-in": (s, p) =>
      s.factors === undefined
        ? authenticationVerdicts.unknown
        : countDistinct(s.factors) >= p.minimumFactorKinds
          ? authenticationVerdicts.enough
          : authenticationVerdicts.tooFew,
  },
});
