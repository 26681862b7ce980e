import { deepFreezeLiteral } from "../internal/deep-freeze.js";
import type { Layer } from "./layer.js";

/**
 * The three document layers, from the most general to the most concrete. Only the basic policy is
 * public; the text of the standards and procedures is not available, which is why controls taken
 * from the national guideline carry provenance `guideline`.
 *
 * @example
 * ```ts
 * import { layers } from "./layers.js";
 *
 * layers.filter((layer) => layer.partOfPolicy).map((layer) => layer.id); // ["basic-policy", "standards"]
 * layers.find((layer) => layer.id === "procedures")?.basedOn; // "standards"
 * ```
 */
export const layers: readonly Layer[] = deepFreezeLiteral<Layer[]>([
  {
    id: "basic-policy",
    name: { ja: "情報セキュリティ基本方針", en: "Information Security Basic Policy" },
    shortName: { ja: "基本方針", en: "Basic Policy" },
    definedIn: ["2", "2(1)"],
    partOfPolicy: true,
    public: true,
    description: {
      ja: "情報セキュリティに対する取組姿勢を表すもので、情報セキュリティ対策における基本的な考え方を定めるもの。",
      en: "Expresses the commitment to information security and sets out the basic approach to information security measures.",
    },
  },
  {
    id: "standards",
    name: { ja: "情報セキュリティ対策基準", en: "Information Security Standards" },
    shortName: { ja: "対策基準", en: "Standards" },
    definedIn: ["2", "2(2)", "10"],
    partOfPolicy: true,
    public: false,
    basedOn: "basic-policy",
    description: {
      ja: "基本方針に基づき情報セキュリティを確保するために、全ての行為及び判断において遵守すべき基準を定めるもの。",
      en: "Based on the Basic Policy, sets out the standards to be complied with in every action and decision in order to ensure information security.",
    },
  },
  {
    id: "procedures",
    name: {
      ja: "情報セキュリティ共通実施手順",
      en: "Information Security Common Implementation Procedures",
    },
    shortName: { ja: "実施手順", en: "Procedures" },
    definedIn: ["2(2)", "11"],
    partOfPolicy: false,
    public: false,
    basedOn: "standards",
    description: {
      ja: "対策基準に定められた内容を具体的にどのような手順に従って実行していくのかを示すもの",
      en: "Shows the concrete procedures by which the content set out in the Standards is to be carried out.",
    },
  },
]);
