import type { AssetSubject } from "../../subjects/asset.js";
import type { Safeguard } from "../../subjects/safeguard.js";
import { defineControl } from "./define.js";
import { CONTROL_BASES } from "./bases.js";
import { countFactorKinds, judgeFlag, judgeSafeguard, type FlagName } from "../judge.js";
import { fail, manual, notApplicable, pass } from "./define.js";

const ZONE_UNKNOWN_MESSAGE = {
  ja: "資産の属する領域（マイナンバー利用事務系・LGWAN接続系・インターネット接続系）が記録されていない。",
  en: "The zone the asset belongs to (My Number, LGWAN or Internet) is not recorded.",
};

/** The names of the verdicts an asset check of a zone control returns: yes/no/unknown and these. */
type ZoneAssetName = FlagName | "otherCategory" | "otherZone" | "assetZoneUnknown";

/** Judges a safeguard that a zone requires of some asset categories. */
function judgeZoneSafeguard(
  asset: AssetSubject,
  zone: AssetSubject["zone"],
  categories: readonly AssetSubject["category"][],
  safeguard: Safeguard,
): ZoneAssetName {
  if (!categories.includes(asset.category)) return "otherCategory";
  if (asset.zone === undefined) return "assetZoneUnknown";
  if (asset.zone !== zone) return "otherZone";
  return judgeSafeguard(asset.safeguards, safeguard);
}

const SYSTEM_CATEGORIES = ["network", "information-system", "server", "terminal"] as const;

const isolationVerdicts = {
  crossing: fail({
    ja: "マイナンバー利用事務系と他の領域との間の通信である。原則として、他の領域との通信はできないようにしなければならない。",
    en: "This crosses between the My Number zone and another zone. In principle, the My Number zone must not be able to communicate with other zones.",
  }),
  within: pass({ ja: "マイナンバー利用事務系の中で完結している。", en: "It stays within the My Number zone." }),
  otherZones: notApplicable({ ja: "マイナンバー利用事務系に関わらない移動である。", en: "It does not involve the My Number zone." }),
  yes: pass({ ja: "他の領域との通信ができないよう分離されている。", en: "It is isolated from communication with other zones." }),
  no: fail({
    ja: "マイナンバー利用事務系の機器が他の領域から分離されていない。",
    en: "Equipment of the My Number zone is not isolated from other zones.",
  }),
  unknown: manual({ ja: "分離の有無が記録されていない。", en: "Whether it is isolated is not recorded." }),
  otherCategory: notApplicable({ ja: "通信を行う機器ではない。", en: "Not equipment that communicates." }),
  otherZone: notApplicable({ ja: "マイナンバー利用事務系の資産ではない。", en: "Not an asset of the My Number zone." }),
  assetZoneUnknown: manual(ZONE_UNKNOWN_MESSAGE),
};

/** 7(3)①: in principle the マイナンバー利用事務系 cannot communicate with other zones. Admits a recorded exception (原則として). */
export const mynumberIsolation = defineControl({
  id: "mynumber-isolation",
  title: { ja: "マイナンバー利用事務系の分離", en: "Isolation of the My Number zone" },
  clause: "7(3)①",
  provenance: "basic-policy",
  category: "system-resilience",
  threats: ["T1", "T1.1", "T1.2", "T1.3", "T1.5"],
  requirement: {
    ja: "マイナンバー利用事務系においては、原則として、他の領域との通信をできないようにした上で、住民情報の流出を防ぐ。",
    en: "In principle, make the My Number zone unable to communicate with other zones, to prevent residents' information from leaking.",
  },
  remediation: {
    ja: "原則として、他の領域との通信をできないようにする。原則によらない通信は、例外措置として記録する。",
    en: "In principle, make the zone unable to communicate with other zones. Record any communication outside the principle as an exception.",
  },
  admitsException: true,
  parameters: {},
  facts: { transfer: [], asset: ["zone", "safeguards"] },
  verdicts: isolationVerdicts,
  checks: {
    transfer: (s) =>
      s.from === "mynumber" || s.to === "mynumber"
        ? s.from === s.to
          ? "within"
          : "crossing"
        : "otherZones",
    asset: (s) => judgeZoneSafeguard(s, "mynumber", SYSTEM_CATEGORIES, "isolation"),
  },
});

const carryOutVerdicts = {
  fromTerminal: fail({
    ja: "マイナンバー利用事務系の端末からの情報持出しは認められない（持出し不可設定）。",
    en: "Taking information off a My Number zone terminal is not allowed (carry-out must be disabled).",
  }),
  notFromTerminal: pass({ ja: "マイナンバー利用事務系の端末からの持出しではない。", en: "It does not take information off a My Number zone terminal." }),
  terminalUnknown: manual({ ja: "端末からの持出しかどうかが回答されていない。", en: "Whether the information leaves a terminal is not stated." }),
  zoneUnknown: manual({ ja: "持ち出す情報の領域が回答されていない。", en: "The zone the information comes from is not stated." }),
  otherZones: notApplicable({ ja: "マイナンバー利用事務系からの持出しではない。", en: "It is not a carry-out from the My Number zone." }),
  toMedium: fail({
    ja: "マイナンバー利用事務系から外部記録媒体への書出しは、行き先の領域を問わず端末からの情報持出しであり、認められない（持出し不可設定）。",
    en: "Writing information from the My Number zone to removable media is carrying it off a terminal, whatever zone it goes to, and is not allowed (carry-out must be disabled).",
  }),
  notToMedium: pass({
    ja: "外部記録媒体への書出しではない（領域間の通信は分離の管理策で判定する）。",
    en: "Nothing is written to removable media (communication between zones is judged by the isolation controls).",
  }),
  channelUnknown: manual({
    ja: "マイナンバー利用事務系からの移動だが、移動の手段が回答されていないため、外部記録媒体への書出し（持出し）かどうかを判定できない。",
    en: "The information leaves the My Number zone, but how it moves is not stated, so whether it is written to removable media (a carry-out) cannot be judged.",
  }),
  yes: pass({ ja: "端末に持出し不可設定がされている。", en: "The terminal is set so that information cannot be carried out." }),
  no: fail({ ja: "マイナンバー利用事務系の端末に持出し不可設定がされていない。", en: "The My Number zone terminal is not set to block carrying information out." }),
  unknown: manual({ ja: "持出し不可設定の有無が記録されていない。", en: "Whether carry-out is blocked is not recorded." }),
  otherCategory: notApplicable({ ja: "端末ではない。", en: "Not a terminal." }),
  otherZone: notApplicable({ ja: "マイナンバー利用事務系の端末ではない。", en: "Not a My Number zone terminal." }),
  assetZoneUnknown: manual(ZONE_UNKNOWN_MESSAGE),
};

/** 7(3)①: terminals of the マイナンバー利用事務系 are set so that information cannot be carried out. No exception. */
export const mynumberNoCarryOut = defineControl({
  id: "mynumber-no-carry-out",
  title: { ja: "マイナンバー利用事務系端末の持出し不可設定", en: "No carry-out from My Number zone terminals" },
  clause: "7(3)①",
  provenance: "basic-policy",
  category: "system-resilience",
  threats: ["T1", "T1.6", "T2", "T2.1"],
  requirement: {
    ja: "マイナンバー利用事務系においては、端末からの情報持出し不可設定により、住民情報の流出を防ぐ。",
    en: "In the My Number zone, set terminals so that information cannot be carried out, to prevent residents' information from leaking.",
  },
  remediation: {
    ja: "端末の外部記録媒体への書出し等を禁止する設定を行う。この管理策は例外措置の対象外。",
    en: "Configure the terminal to block writing to external media. This control admits no exception.",
  },
  admitsException: false,
  parameters: {},
  facts: { transfer: ["channel"], "carry-out": ["zone", "fromTerminal"], asset: ["zone", "safeguards"] },
  verdicts: carryOutVerdicts,
  checks: {
    // Whatever the subject calls itself: a transfer out of マイナンバー利用事務系 on removable media is
    // information leaving a マイナンバー系 terminal, also when the medium is taken to another
    // マイナンバー系 terminal.
    transfer: (s) =>
      s.from !== "mynumber"
        ? "otherZones"
        : s.channel === undefined
          ? "channelUnknown"
          : s.channel === "removable-media"
            ? "toMedium"
            : "notToMedium",
    "carry-out": (s) =>
      s.zone === undefined
        ? "zoneUnknown"
        : s.zone !== "mynumber"
          ? "otherZones"
          : s.fromTerminal === false
            ? "notFromTerminal"
            : s.fromTerminal === true
              ? "fromTerminal"
              : "terminalUnknown",
    asset: (s) => judgeZoneSafeguard(s, "mynumber", ["terminal"], "carry-out-blocked"),
  },
});

const multiFactorVerdicts = {
  enough: pass({ ja: "異なる種類の認証要素を複数用いて認証している（多要素認証）。", en: "Two or more kinds of factor were presented (multi-factor)." }),
  tooFew: fail({
    ja: "マイナンバー利用事務系の端末に、多要素認証によらずにログインしている。",
    en: "Signing in to a My Number zone terminal with fewer than two kinds of factor.",
  }),
  factorsUnknown: manual({ ja: "提示された認証要素が回答されていない。", en: "The factors presented are not stated." }),
  otherZones: notApplicable({ ja: "マイナンバー利用事務系の端末ではない。", en: "Not a My Number zone terminal." }),
  yes: pass({ ja: "端末に多要素認証が導入されている。", en: "Multi-factor sign-in is in place on the terminal." }),
  no: fail({ ja: "マイナンバー利用事務系の端末に多要素認証が導入されていない。", en: "The My Number zone terminal has no multi-factor sign-in." }),
  unknown: manual({ ja: "多要素認証の有無が記録されていない。", en: "Whether multi-factor sign-in is in place is not recorded." }),
  otherCategory: notApplicable({ ja: "端末ではない。", en: "Not a terminal." }),
  otherZone: notApplicable({ ja: "マイナンバー利用事務系の端末ではない。", en: "Not a My Number zone terminal." }),
  assetZoneUnknown: manual(ZONE_UNKNOWN_MESSAGE),
};

/** 7(3)①: signing in to a terminal of the マイナンバー利用事務系 needs two or more kinds of factor. No exception. */
export const mynumberMultiFactor = defineControl({
  id: "mynumber-multi-factor",
  title: { ja: "マイナンバー利用事務系端末の多要素認証", en: "Multi-factor sign-in on My Number zone terminals" },
  clause: "7(3)①",
  provenance: "basic-policy",
  category: "system-resilience",
  threats: ["T1", "T1.1", "T1.6"],
  requirement: {
    ja: "マイナンバー利用事務系においては、端末への多要素認証の導入により、住民情報の流出を防ぐ。",
    en: "In the My Number zone, introduce multi-factor authentication on terminals, to prevent residents' information from leaking.",
  },
  remediation: {
    ja: "端末への多要素認証（知識・所持・生体のうち異なる種類の要素を複数用いる認証）を導入する。この管理策は例外措置の対象外。",
    en: "Require two or more of knowledge, possession and inherence factors. This control admits no exception.",
  },
  admitsException: false,
  parameters: {},
  facts: { "sign-in": ["factors"], asset: ["zone", "safeguards"] },
  verdicts: multiFactorVerdicts,
  checks: {
    "sign-in": (s) =>
      s.zone !== "mynumber"
        ? "otherZones"
        : s.factors === undefined
          ? "factorsUnknown"
          : countFactorKinds(s.factors) >= 2
            ? "enough"
            : "tooFew",
    asset: (s) => judgeZoneSafeguard(s, "mynumber", ["terminal"], "multi-factor-sign-in"),
  },
});

const monitoringVerdicts = {
  yes: pass({ ja: "不正通信の監視が行われている。", en: "Unauthorised traffic is monitored." }),
  no: fail({
    ja: "インターネット接続系のネットワークに、不正通信の監視その他の高度な情報セキュリティ対策が記録されていない。",
    en: "No advanced security measure, such as monitoring of unauthorised traffic, is recorded for the network of the Internet zone.",
  }),
  atBoundary: manual({
    ja: "この資産自体には不正通信の監視が記録されていない。監視は通常、領域の境界（ネットワーク）で行われるため、この資産の通信が監視されているか確認すること。",
    en: "No monitoring of unauthorised traffic is recorded for this asset itself. Monitoring is usually done at the zone's boundary (its network), so check that this asset's traffic is monitored there.",
  }),
  unknown: manual({ ja: "不正通信の監視の有無が記録されていない。", en: "Whether unauthorised traffic is monitored is not recorded." }),
  otherCategory: notApplicable({ ja: "通信を監視する対象の機器ではない。", en: "Not equipment whose traffic is monitored." }),
  otherZone: notApplicable({ ja: "インターネット接続系の資産ではない。", en: "Not an asset of the Internet zone." }),
  assetZoneUnknown: manual(ZONE_UNKNOWN_MESSAGE),
};

/** 7(3)②: the インターネット接続系 has strengthened monitoring of unauthorised traffic. */
export const internetTrafficMonitoring = defineControl({
  id: "internet-traffic-monitoring",
  title: { ja: "インターネット接続系の不正通信監視", en: "Monitoring of unauthorised traffic in the Internet zone" },
  clause: "7(3)②",
  provenance: "basic-policy",
  category: "system-resilience",
  threats: ["T1", "T1.1", "T1.2", "T1.3"],
  requirement: {
    ja: "インターネット接続系においては、不正通信の監視機能の強化等の高度な情報セキュリティ対策を実施する。",
    en: "In the Internet zone, take advanced measures such as strengthened monitoring of unauthorised traffic.",
  },
  remediation: {
    ja: "インターネット接続系においては、不正通信の監視機能の強化等の高度な情報セキュリティ対策を実施する。",
    en: "In the Internet zone, take advanced measures such as strengthened monitoring of unauthorised traffic.",
  },
  admitsException: false,
  parameters: {},
  facts: { asset: ["zone", "safeguards"] },
  verdicts: monitoringVerdicts,
  checks: {
    // 7(3)② is one measure with monitoring as its example: the zone's network must have it; a server
    // or system without its own monitoring is usually monitored at that boundary, so a person checks.
    asset: (s) => {
      const verdict = judgeZoneSafeguard(s, "internet", ["network", "information-system", "server"], "traffic-monitoring");
      return verdict === "no" && s.category !== "network" ? "atBoundary" : verdict;
    },
  },
});

const sanitizationVerdicts = {
  yes: pass({ ja: "取り込む前に無害化されている。", en: "It was sanitised before entering." }),
  screenTransfer: pass({
    ja: "画面転送による取込みであり、ガイドラインは画面転送を無害化の方法としている（ファイルそのものは取り込まれない）。",
    en: "It enters by screen transfer, which the guideline counts as a sanitisation method (the file itself does not enter).",
  }),
  no: fail({ ja: "インターネット接続系からの情報が無害化されずに取り込まれている。", en: "Information from the Internet zone enters without sanitisation." }),
  unknown: manual({ ja: "無害化の有無が回答されていない。", en: "Whether it was sanitised is not stated." }),
  otherDirection: notApplicable({ ja: "インターネット接続系から他の領域への取込みではない。", en: "Not information entering another zone from the Internet zone." }),
};

/** Guideline default for 7(3): information entering another zone from the インターネット接続系 is sanitised (無害化). */
export const internetSanitization = defineControl({
  id: "internet-sanitization",
  title: { ja: "インターネット接続系からの取込み時の無害化", en: "Sanitisation of information from the Internet zone" },
  clause: "7(3)",
  provenance: "guideline",
  basis: CONTROL_BASES["internet-sanitization"],
  category: "system-resilience",
  threats: ["T1", "T1.2"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】インターネット接続系から他の領域へファイル等を取り込む場合は、無害化処理を行う。ガイドラインは画面転送を無害化の方法の一つとしているため、画面転送による取込みは無害化済みとして扱う。",
    en: "[Guideline default] Files entering another zone from the Internet zone are sanitised first. The guideline names screen transfer as one sanitisation method, so information entering by screen transfer counts as sanitised.",
  },
  remediation: { ja: "無害化（ファイルの再構成、画面転送等）を経由して取り込む。", en: "Bring it in through sanitisation (file reconstruction, screen transfer, etc.)." },
  admitsException: true,
  parameters: {},
  facts: { transfer: ["sanitized", "channel"] },
  verdicts: sanitizationVerdicts,
  checks: {
    transfer: (s) =>
      s.from !== "internet" || s.to === "internet"
        ? "otherDirection"
        : s.channel === "screen-transfer"
          ? "screenTransfer"
          : judgeFlag(s.sanitized),
  },
});

const separationVerdicts = {
  crossing: fail({
    ja: "マイナンバー利用事務系とインターネット接続系との間の移動である。ガイドラインは両者の完全な分離を求めており、例外措置の対象とならない。",
    en: "This moves between the My Number zone and the Internet zone. The guideline requires the two to be completely separated, and no exception applies.",
  }),
  noInternetPath: pass({
    ja: "マイナンバー利用事務系に関わる移動だが、インターネット接続系との間の経路ではない。",
    en: "It involves the My Number zone, but not a path to or from the Internet zone.",
  }),
  otherZones: notApplicable({ ja: "マイナンバー利用事務系に関わらない移動である。", en: "It does not involve the My Number zone." }),
};

/**
 * Guideline default for 7(3)①: マイナンバー利用事務系 and インターネット接続系 are completely separated.
 * Unlike the basic policy's isolation (原則として), it admits no exception: an isolation exception
 * can open a link to LGWAN接続系, never to the Internet zone.
 */
export const mynumberInternetSeparation = defineControl({
  id: "mynumber-internet-separation",
  title: { ja: "マイナンバー利用事務系とインターネット接続系の完全分離", en: "Complete separation of the My Number zone from the Internet zone" },
  clause: "7(3)①",
  provenance: "guideline",
  basis: CONTROL_BASES["mynumber-internet-separation"],
  category: "system-resilience",
  threats: ["T1", "T1.1", "T1.2", "T1.3"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】マイナンバー利用事務系とインターネット接続系との間の通信経路は設けない（完全な分離。総務省ガイドラインの三層の対策による。基本方針7(3)①自体は「原則として」他の領域との通信をできないようにすると定める）。この既定値は例外措置の対象外。",
    en: "[Guideline default] There is no communication path between the My Number zone and the Internet zone (complete separation, from the MIC guideline's three-layer model; 7(3)① of the basic policy itself says the My Number zone is, in principle, unable to communicate with other zones). This default admits no exception.",
  },
  remediation: {
    ja: "マイナンバー利用事務系とインターネット接続系の間の経路を撤去する。情報が必要な場合はLGWAN接続系を経由し、無害化した上で取り込む。この管理策は例外措置の対象外。",
    en: "Remove the path between the My Number zone and the Internet zone. Where information is needed, bring it in through the LGWAN zone after sanitisation. This control admits no exception.",
  },
  admitsException: false,
  parameters: {},
  facts: { transfer: [] },
  verdicts: separationVerdicts,
  checks: {
    transfer: (s) =>
      (s.from === "mynumber" && s.to === "internet") || (s.from === "internet" && s.to === "mynumber")
        ? "crossing"
        : s.from === "mynumber" || s.to === "mynumber"
          ? "noInternetPath"
          : "otherZones",
  },
});
