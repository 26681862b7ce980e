import { deepFreezeLiteral } from "../internal/deep-freeze.js";
import { closestNames } from "../internal/closest.js";
import { glossary } from "./glossary.js";
import type { Term } from "./term.js";
import { UnknownNameError } from "./unknown-name-error.js";

/**
 * The fifteen terms defined in clause 3, in document order (3(1) … 3(15)).
 *
 * @example
 * ```ts
 * import { terms } from "./terms.js";
 *
 * terms.length; // 15
 * terms[12]?.term.ja; // "マイナンバー利用事務系"
 * ```
 */
export const terms: readonly Term[] = deepFreezeLiteral<Term[]>([
  {
    id: "network",
    clause: "3(1)",
    term: { ja: "ネットワーク", en: "Network" },
    definition: {
      ja: "コンピュータ等を相互に接続するための通信網、その構成機器（ハードウェア及びソフトウェア）をいう。",
      en: "A communications network for interconnecting computers and similar equipment, and the equipment that makes it up (hardware and software).",
    },
  },
  {
    id: "electromagnetic-media",
    clause: "3(2)",
    term: { ja: "電磁的記録媒体", en: "Electromagnetic recording media" },
    definition: {
      ja: "ハードディスク、CD-ROM、USBメモリ、その他これらに類する電子情報を記録するための媒体をいう。",
      en: "Hard disks, CD-ROMs, USB memory devices and other similar media for recording electronic information.",
    },
  },
  {
    id: "information-system",
    clause: "3(3)",
    term: { ja: "情報システム", en: "Information system" },
    definition: {
      ja: "コンピュータ、ネットワーク及び電磁的記録媒体で構成され、情報処理を行う仕組みをいう。",
      en: "A mechanism that is made up of computers, networks and electromagnetic recording media and that processes information.",
    },
  },
  {
    id: "union-computing-system",
    clause: "3(4)",
    term: { ja: "広域連合電算処理システム", en: "Union computer processing system" },
    definition: {
      ja: "資格管理・保険料賦課・保険料収納・給付に関する業務を処理する情報システムをいう。",
      en: "The information system that processes the business of eligibility management, premium assessment, premium collection and benefits.",
    },
  },
  {
    id: "terminal",
    clause: "3(5)",
    term: { ja: "パソコン等端末", en: "PCs and other terminals" },
    definition: {
      ja: "広域連合電算処理システム、財務会計システム等に接続され、情報の記録及び入出力機能を有するハードウェア及びソフトウェアで構成するコンピュータ及び周辺機器をいう。",
      en: "Computers and peripheral devices, made up of hardware and software with functions for recording, inputting and outputting information, that are connected to the Union computer processing system, the financial accounting system and the like.",
    },
  },
  {
    id: "information-security",
    clause: "3(6)",
    term: { ja: "情報セキュリティ", en: "Information security" },
    definition: {
      ja: "情報資産の機密性、完全性及び可用性を維持することをいう。",
      en: "Maintaining the confidentiality, integrity and availability of information assets.",
    },
  },
  {
    id: "information-security-policy",
    clause: "3(7)",
    term: { ja: "情報セキュリティポリシー", en: "Information Security Policy" },
    definition: {
      ja: "本基本方針及び対策基準をいう。",
      en: "This Basic Policy and the Standards.",
    },
  },
  {
    id: "personal-information",
    clause: "3(8)",
    term: { ja: "個人情報", en: "Personal information" },
    definition: {
      ja: "個人に関する情報であって、特定の個人が識別され、又は識別され得るものをいう。",
      en: "Information relating to an individual by which a specific individual is or can be identified.",
    },
  },
  {
    id: "information-asset",
    clause: "3(9)",
    term: { ja: "情報資産", en: "Information asset" },
    definition: {
      ja: "広域連合で取り扱う全ての情報をいう。",
      en: "All information handled by the Union.",
    },
  },
  {
    id: "confidentiality",
    clause: "3(10)",
    term: { ja: "機密性", en: "Confidentiality" },
    definition: {
      ja: "情報にアクセスすることを認められた者だけが、情報にアクセスできる状態を確保することをいう。",
      en: "Ensuring that only those authorised to access information can access it.",
    },
  },
  {
    id: "integrity",
    clause: "3(11)",
    term: { ja: "完全性", en: "Integrity" },
    definition: {
      ja: "情報が破壊、改ざん又は消去されていない状態を確保することをいう。",
      en: "Ensuring that information has not been destroyed, tampered with or erased.",
    },
  },
  {
    id: "availability",
    clause: "3(12)",
    term: { ja: "可用性", en: "Availability" },
    definition: {
      ja: "情報にアクセスすることを認められた者が、必要なときに中断されることなく、情報にアクセスできる状態を確保することをいう。",
      en: "Ensuring that those authorised to access information can access it without interruption whenever they need it.",
    },
  },
  {
    id: "mynumber-zone",
    clause: "3(13)",
    term: { ja: "マイナンバー利用事務系", en: "My Number zone" },
    definition: {
      ja: "マイナンバーを利用する事務に関わる情報システム及びデータをいう。",
      en: "The information systems and data involved in business that uses My Number (the Individual Number).",
    },
  },
  {
    id: "internet-zone",
    clause: "3(14)",
    term: { ja: "インターネット接続系", en: "Internet zone" },
    definition: {
      ja: "インターネットメール、ホームページ管理システム等に係るインターネットに接続された情報システム及びその情報システムで取り扱うデータをいう。",
      en: "The information systems connected to the Internet, such as those for Internet e-mail and website management, and the data handled by those information systems.",
    },
  },
  {
    id: "staff",
    clause: "3(15)",
    term: { ja: "職員", en: "Staff" },
    definition: {
      ja: "職員、会計年度任用職員、非常勤職員を含む広域連合の全職員をいう。",
      en: "All staff of the Union, including regular staff, fiscal-year-appointed staff and part-time staff.",
    },
  },
]);

/** How many near names an `UnknownNameError` suggests at most. */
const MAX_SUGGESTIONS = 3;

let termsByName: ReadonlyMap<string, Term> | undefined;

/** Terms keyed by id, Japanese term and English term, each trimmed and lower-cased. */
/**
 * English terms of earlier releases, before the glossary gave each concept one rendering: still
 * found by {@link findTerm}, so that code written against them keeps working.
 */
const FORMER_ENGLISH: Readonly<Partial<Record<Term["id"], readonly string[]>>> = Object.freeze({
  "union-computing-system": glossary["term.union-computer-system"].avoid?.en ?? [],
  "mynumber-zone": glossary["zone.mynumber"].avoid?.en ?? [],
  "internet-zone": glossary["zone.internet"].avoid?.en ?? [],
});

function termIndex(): ReadonlyMap<string, Term> {
  return (termsByName ??= new Map(
    terms.flatMap((term) => [term.id, term.term.ja, term.term.en, ...(FORMER_ENGLISH[term.id] ?? [])].map((name) => [nameKey(name), term] as const)),
  ));
}

function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Finds a term of clause 3 by its id, its Japanese term or its English term. Surrounding white
 * space is ignored, and case is ignored (which matters for the id and the English).
 *
 * @param name - An id (`"mynumber-zone"`), a Japanese term (`"マイナンバー利用事務系"`) or an
 *   English term (`"my number zone"`; the English terms of earlier releases, listed in the glossary
 *   as renderings to avoid, are found too).
 * @returns The term, or `undefined` if no term has that name.
 * @example
 * ```ts
 * import { findTerm } from "./terms.js";
 *
 * findTerm("機密性")?.clause; // "3(10)"
 * findTerm("CONFIDENTIALITY")?.id; // "confidentiality"
 * findTerm("firewall"); // undefined
 * ```
 */
export function findTerm(name: string): Term | undefined {
  return termIndex().get(nameKey(name));
}

/**
 * Gets a term of clause 3 by its id, its Japanese term or its English term, as {@link findTerm}
 * matches them, and never returns `undefined`.
 *
 * @param name - An id, a Japanese term or an English term.
 * @returns The term.
 * @throws `UnknownNameError` if no term has that name.
 * @example
 * ```ts
 * import { getTerm } from "./terms.js";
 *
 * getTerm("staff").definition.ja; // "職員、会計年度任用職員、非常勤職員を含む広域連合の全職員をいう。"
 * ```
 */
export function getTerm(name: string): Term {
  const term = findTerm(name);
  if (term === undefined) throw new UnknownNameError("term", name, closestTerms(name));
  return term;
}

/** The terms nearest to `name`, each given by whichever of its names (id, Japanese or English) is nearest, so no term is suggested twice. */
function closestTerms(name: string): string[] {
  return closestNames(name, terms.map((term) => [term.id, term.term.ja, term.term.en]), { count: MAX_SUGGESTIONS, normalize: nameKey });
}
