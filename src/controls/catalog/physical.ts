import { meetsThreshold } from "../../classification/compiled-scheme.js";
import { defineControl } from "./define.js";
import { CONTROL_BASES } from "./bases.js";
import { judgeSafeguard } from "../judge.js";
import { fail, manual, notApplicable, pass } from "./define.js";

const PHYSICAL_SAFEGUARDS = ["physical-protection", "entry-control", "anti-theft", "locked-storage"] as const;

const physicalVerdicts = {
  yes: pass({ ja: "物理的な対策が講じられている。", en: "Physical measures are in place." }),
  no: fail({ ja: "サーバ、通信回線又はパソコン等に物理的な対策が講じられていない。", en: "No physical measure protects this server, line or PC." }),
  unknown: manual({ ja: "物理的な対策の有無が記録されていない。", en: "Whether physical measures are in place is not recorded." }),
  otherCategory: notApplicable({ ja: "サーバ、通信回線、パソコン等ではない。", en: "Not a server, line or PC." }),
};

/**
 * 7(4): physical measures for servers, lines and PCs. The basic policy states only this goal; any
 * recorded physical safeguard meets it, and the concrete checks are the guideline controls beside it.
 */
export const physicalMeasures = defineControl({
  id: "physical-measures",
  title: { ja: "物理的セキュリティ", en: "Physical security" },
  clause: "7(4)",
  provenance: "basic-policy",
  category: "physical",
  threats: ["T1", "T1.4", "T3", "T3.1", "T3.2", "T3.3"],
  requirement: {
    ja: "サーバ、通信回線、職員のパソコン等の管理について、物理的な対策を講じる。（基本方針は目標のみを定め、具体的な対策はガイドラインに基づく管理策で確認する。）",
    en: "Take physical measures for managing servers, communication lines, staff PCs and the like. (The basic policy states only this goal; the concrete measures are checked by the guideline controls.)",
  },
  remediation: {
    ja: "サーバ、通信回線、職員のパソコン等の管理について、物理的な対策を講じる（具体的な対策はガイドラインに基づく管理策を参照）。",
    en: "Take physical measures for managing servers, communication lines, staff PCs and the like (for the concrete measures, see the guideline controls).",
  },
  admitsException: false,
  parameters: {},
  facts: { asset: ["safeguards"] },
  verdicts: physicalVerdicts,
  checks: {
    asset: (s) =>
      s.category !== "server" && s.category !== "network" && s.category !== "terminal"
        ? "otherCategory"
        : s.safeguards === undefined
          ? "unknown"
          : PHYSICAL_SAFEGUARDS.some((safeguard) => s.safeguards?.includes(safeguard))
            ? "yes"
            : "no",
  },
});

const entryVerdicts = {
  yes: pass({ ja: "設置場所の入退室が管理されている。", en: "Entry to where it stands is controlled." }),
  no: fail({ ja: "サーバ・通信機器の設置場所の入退室が管理されていない。", en: "Entry to where the server or network equipment stands is not controlled." }),
  unknown: manual({ ja: "入退室管理の有無が記録されていない。", en: "Whether entry is controlled is not recorded." }),
  otherCategory: notApplicable({ ja: "サーバ又は通信機器ではない。", en: "Not a server or network equipment." }),
};

/** Guideline default for 7(4): servers and network equipment stand where entry is controlled. */
export const serverRoomEntryControl = defineControl({
  id: "server-room-entry-control",
  title: { ja: "サーバ室等の入退室管理", en: "Entry control for server rooms" },
  clause: "7(4)",
  provenance: "guideline",
  basis: CONTROL_BASES["server-room-entry-control"],
  category: "physical",
  threats: ["T1", "T1.4", "T1.6"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】サーバ及び通信機器は、入退室を管理する区域（サーバ室等）に設置する。",
    en: "[Guideline default] Servers and network equipment are placed in an area with controlled entry (a server room).",
  },
  remediation: { ja: "サーバ室等に設置し、入退室の管理と記録を行う。", en: "Place it in a server room, and control and record entry." },
  admitsException: true,
  parameters: {},
  facts: { asset: ["safeguards"] },
  verdicts: entryVerdicts,
  checks: {
    asset: (s) =>
      s.category === "server" || s.category === "network" ? judgeSafeguard(s.safeguards, "entry-control") : "otherCategory",
  },
});

const antiTheftVerdicts = {
  yes: pass({ ja: "盗難防止措置が講じられている。", en: "It is fixed against theft." }),
  no: fail({ ja: "パソコン等端末に盗難防止措置が講じられていない。", en: "The terminal is not fixed against theft." }),
  unknown: manual({ ja: "盗難防止措置の有無が記録されていない。", en: "Whether it is fixed against theft is not recorded." }),
  otherCategory: notApplicable({ ja: "パソコン等端末ではない。", en: "Not a terminal." }),
};

/** Guideline default for 7(4): terminals are fixed against theft. */
export const terminalAntiTheft = defineControl({
  id: "terminal-anti-theft",
  title: { ja: "端末の盗難防止", en: "Terminals fixed against theft" },
  clause: "7(4)",
  provenance: "guideline",
  basis: CONTROL_BASES["terminal-anti-theft"],
  category: "physical",
  threats: ["T1", "T1.4", "T2", "T2.1"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】パソコン等端末には、セキュリティワイヤー等の盗難防止措置を講じる。",
    en: "[Guideline default] Terminals are fixed against theft, for example with a security wire.",
  },
  remediation: { ja: "セキュリティワイヤー等で固定する。", en: "Fix it with a security wire or similar." },
  admitsException: true,
  parameters: {},
  facts: { asset: ["safeguards"] },
  verdicts: antiTheftVerdicts,
  checks: {
    asset: (s) => (s.category === "terminal" ? judgeSafeguard(s.safeguards, "anti-theft") : "otherCategory"),
  },
});

const powerVerdicts = {
  yes: pass({ ja: "停電対策（無停電電源装置等）が講じられている。", en: "It is protected against power loss (UPS or similar)." }),
  no: fail({ ja: "可用性2のサーバに停電対策が講じられていない。", en: "A server of availability 2 is not protected against power loss." }),
  unknown: manual({ ja: "停電対策の有無が記録されていない。", en: "Whether it is protected against power loss is not recorded." }),
  unclassified: manual({ ja: "分類が不明なため、停電対策の要否を判定できない。", en: "The classification is not recorded, so whether power protection is needed cannot be judged." }),
  notRequired: notApplicable({ ja: "可用性1のサーバであり、停電対策は求められない。", en: "The server is availability 1, so power protection is not required." }),
  otherCategory: notApplicable({ ja: "サーバではない。", en: "Not a server." }),
};

/** Guideline default for 7(4): servers of availability 2 are protected against power loss. */
export const serverPowerBackup = defineControl({
  id: "server-power-backup",
  title: { ja: "サーバの停電対策", en: "Power protection for servers" },
  clause: "7(4)",
  provenance: "guideline",
  basis: CONTROL_BASES["server-power-backup"],
  category: "physical",
  threats: ["T3", "T3.2", "T5", "T5.1"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】可用性2の情報資産を扱うサーバには、無停電電源装置等の停電対策を講じる（可用性2のサーバに限るのは本ライブラリの推定であり、ガイドラインの根拠は見つかっていない）。",
    en: "[Guideline default] Servers handling availability-2 assets are protected against power loss, e.g. by a UPS (limiting this to availability-2 servers is the library's inference; no support for it was found in the guideline).",
  },
  remediation: { ja: "無停電電源装置を設置し、停電時の停止手順を定める。", en: "Install a UPS and define the shutdown procedure for power loss." },
  admitsException: true,
  parameters: {},
  facts: { asset: ["classification", "safeguards"] },
  verdicts: powerVerdicts,
  checks: {
    asset: (s, _p, _c, k) =>
      s.category !== "server"
        ? "otherCategory"
        : s.classification === undefined
          ? "unclassified"
          : !meetsThreshold(k, s.classification, "availability-important")
            ? "notRequired"
            : judgeSafeguard(s.safeguards, "power-backup"),
  },
});

const facilityEntryVerdicts = {
  yes: pass({ ja: "設備の設置区域の入退室が管理されている。", en: "Entry to where the facility stands is controlled." }),
  no: fail({ ja: "情報システムに関する設備（電算室・配線室等）の入退室が管理されていない。", en: "Entry to the facility (computer room, wiring room…) is not controlled." }),
  unknown: manual({ ja: "設備の入退室管理の有無が記録されていない。", en: "Whether entry to the facility is controlled is not recorded." }),
  otherCategory: notApplicable({ ja: "設備ではない。", en: "Not a facility." }),
};

/**
 * Guideline default for 7(4): a facility for the information systems (5(2)①「これらに関する設備」:
 * computer room, wiring room) has controlled entry.
 */
export const facilityEntryControl = defineControl({
  id: "facility-entry-control",
  title: { ja: "設備の入退室管理", en: "Entry control for facilities" },
  clause: "7(4)",
  provenance: "guideline",
  basis: CONTROL_BASES["facility-entry-control"],
  category: "physical",
  threats: ["T1", "T1.4", "T1.6"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】情報システムに関する設備（電算室、配線室等。5(2)①の「これらに関する設備」）は、入退室を管理し記録する区域とする。",
    en: "[Guideline default] Facilities for the information systems (computer rooms, wiring rooms; 「これらに関する設備」 of 5(2)①) are areas whose entry is controlled and recorded.",
  },
  remediation: { ja: "設備の区域に施錠・入退室管理を導入し、記録する。", en: "Lock the facility's area, control entry and record it." },
  admitsException: true,
  parameters: {},
  facts: { asset: ["safeguards"] },
  verdicts: facilityEntryVerdicts,
  checks: {
    asset: (s) => (s.category === "facility" ? judgeSafeguard(s.safeguards, "entry-control") : "otherCategory"),
  },
});

const facilityPowerVerdicts = {
  yes: pass({ ja: "設備に停電対策（無停電電源装置・自家発電等）が講じられている。", en: "The facility is protected against power loss (UPS, generator…)." }),
  no: fail({ ja: "情報システムに関する設備に停電対策が講じられていない。", en: "The facility has no protection against power loss." }),
  unknown: manual({ ja: "設備の停電対策の有無が記録されていない。", en: "Whether the facility is protected against power loss is not recorded." }),
  otherCategory: notApplicable({ ja: "設備ではない。", en: "Not a facility." }),
};

/** Guideline default for 7(4): a facility for the information systems is protected against power loss. */
export const facilityPowerBackup = defineControl({
  id: "facility-power-backup",
  title: { ja: "設備の電源対策", en: "Power protection for facilities" },
  clause: "7(4)",
  provenance: "guideline",
  basis: CONTROL_BASES["facility-power-backup"],
  category: "physical",
  threats: ["T3", "T3.2", "T5", "T5.1"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】情報システムに関する設備には、停電に備えて無停電電源装置、予備電源等の電源対策を講じる。",
    en: "[Guideline default] Facilities for the information systems are protected against power loss by a UPS, backup power or similar.",
  },
  remediation: { ja: "無停電電源装置や予備電源を整備する。", en: "Provide a UPS or backup power." },
  admitsException: true,
  parameters: {},
  facts: { asset: ["safeguards"] },
  verdicts: facilityPowerVerdicts,
  checks: {
    asset: (s) => (s.category === "facility" ? judgeSafeguard(s.safeguards, "power-backup") : "otherCategory"),
  },
});

const facilityEnvironmentVerdicts = {
  yes: pass({ ja: "設備に防災・環境対策（防火、防水、耐震、空調等）が講じられている。", en: "The facility is protected against fire, water, earthquake and heat." }),
  no: fail({ ja: "情報システムに関する設備に防災・環境対策が講じられていない。", en: "The facility has no protection against fire, water, earthquake or heat." }),
  unknown: manual({ ja: "設備の防災・環境対策の有無が記録されていない。", en: "Whether the facility is protected against disasters is not recorded." }),
  otherCategory: notApplicable({ ja: "設備ではない。", en: "Not a facility." }),
};

/** Guideline default for 7(4), against the disasters of 4(3): a facility is protected against fire, water, earthquake and heat. */
export const facilityEnvironment = defineControl({
  id: "facility-environment",
  title: { ja: "設備の防災・環境対策", en: "Environmental protection for facilities" },
  clause: "7(4)",
  provenance: "guideline",
  basis: CONTROL_BASES["facility-environment"],
  category: "physical",
  threats: ["T3", "T3.1", "T3.2", "T3.3"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】情報システムに関する設備は、火災、水害、地震等の災害及び温度・湿度に対する対策（防火・防水・耐震・空調設備等）を講じた場所とする（基本方針4(3)は災害を脅威として挙げている）。",
    en: "[Guideline default] Facilities for the information systems are protected against fire, flood, earthquake and temperature and humidity (fire protection, water protection, seismic measures, air conditioning); 4(3) of the basic policy names disasters as a threat.",
  },
  remediation: { ja: "防火・防水・耐震・空調等の対策を講じる。", en: "Provide fire, water and seismic protection and air conditioning." },
  admitsException: true,
  parameters: {},
  facts: { asset: ["safeguards"] },
  verdicts: facilityEnvironmentVerdicts,
  checks: {
    asset: (s) =>
      s.category === "facility" ? judgeSafeguard(s.safeguards, "environmental-protection") : "otherCategory",
  },
});
