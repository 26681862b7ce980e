import { deepFreezeLiteral } from "../internal/deep-freeze.js";
import type { Threat } from "./threat.js";
import { closestNames } from "../internal/closest.js";
import { UnknownNameError } from "./unknown-name-error.js";

/**
 * The five threats of clause 4, `T1` … `T5`, with the 23 examples their text lists. Every name
 * and example is a verbatim fragment of the threat's own text.
 *
 * @example
 * ```ts
 * import { threats } from "./threats.js";
 *
 * threats.map((threat) => threat.name.en);
 * // ["Intentional causes", "Unintentional causes", "Disasters", …]
 * threats.flatMap((threat) => threat.examples).length; // 23
 * ```
 */
export const threats: readonly Threat[] = deepFreezeLiteral<Threat[]>([
  {
    id: "T1",
    clause: "4(1)",
    name: { ja: "意図的な要因", en: "Intentional causes" },
    description: {
      ja: "不正アクセス、ウイルス攻撃、サービス不能攻撃等のサイバー攻撃や部外者の侵入等の意図的な要因による情報資産の漏えい・破壊・改ざん・消去、重要情報の詐取、内部不正等",
      en: "Leakage, destruction, tampering with or erasure of information assets through intentional causes such as cyber attacks (unauthorised access, virus attacks, denial-of-service attacks and the like) and intrusion by outsiders; fraudulent acquisition of important information; insider wrongdoing; and the like",
    },
    examples: [
      { id: "T1.1", name: { ja: "不正アクセス", en: "Unauthorised access" } },
      { id: "T1.2", name: { ja: "ウイルス攻撃", en: "Virus attacks" } },
      { id: "T1.3", name: { ja: "サービス不能攻撃", en: "Denial-of-service attacks" } },
      { id: "T1.4", name: { ja: "部外者の侵入", en: "Intrusion by outsiders" } },
      { id: "T1.5", name: { ja: "重要情報の詐取", en: "Fraudulent acquisition of important information" } },
      { id: "T1.6", name: { ja: "内部不正", en: "Insider wrongdoing" } },
    ],
  },
  {
    id: "T2",
    clause: "4(2)",
    name: { ja: "非意図的要因", en: "Unintentional causes" },
    description: {
      ja: "情報資産の無断持出し、無許可ソフトウェアの使用等の規定違反、設計・開発の不備、プログラム上の欠陥、操作・設定ミス、メンテナンス不備、内部・外部監査機能の不備、委託管理の不備、マネジメントの欠陥、機器故障等の非意図的要因による情報資産の漏えい・破壊・消去等",
      en: "Leakage, destruction, erasure and the like of information assets through unintentional causes such as breaches of rules (taking information assets out without permission, using unauthorised software and the like), shortcomings in design and development, program defects, operating and configuration errors, inadequate maintenance, inadequate internal and external audit functions, inadequate management of outsourcing, management failures and equipment failures",
    },
    examples: [
      { id: "T2.1", name: { ja: "情報資産の無断持出し", en: "Taking information assets out without permission" } },
      { id: "T2.2", name: { ja: "無許可ソフトウェアの使用", en: "Use of unauthorised software" } },
      { id: "T2.3", name: { ja: "設計・開発の不備", en: "Shortcomings in design and development" } },
      { id: "T2.4", name: { ja: "プログラム上の欠陥", en: "Program defects" } },
      { id: "T2.5", name: { ja: "操作・設定ミス", en: "Operating and configuration errors" } },
      { id: "T2.6", name: { ja: "メンテナンス不備", en: "Inadequate maintenance" } },
      { id: "T2.7", name: { ja: "内部・外部監査機能の不備", en: "Inadequate internal and external audit functions" } },
      { id: "T2.8", name: { ja: "委託管理の不備", en: "Inadequate management of outsourcing" } },
      { id: "T2.9", name: { ja: "マネジメントの欠陥", en: "Management failures" } },
      { id: "T2.10", name: { ja: "機器故障", en: "Equipment failures" } },
    ],
  },
  {
    id: "T3",
    clause: "4(3)",
    name: { ja: "災害", en: "Disasters" },
    description: {
      ja: "地震、落雷、火災等の災害によるサービス及び業務の停止等",
      en: "Suspension of services and business and the like due to disasters such as earthquakes, lightning strikes and fires",
    },
    examples: [
      { id: "T3.1", name: { ja: "地震", en: "Earthquakes" } },
      { id: "T3.2", name: { ja: "落雷", en: "Lightning strikes" } },
      { id: "T3.3", name: { ja: "火災", en: "Fires" } },
    ],
  },
  {
    id: "T4",
    clause: "4(4)",
    name: { ja: "疾病による要員不足", en: "Staff shortages due to disease" },
    description: {
      ja: "大規模・広範囲にわたる疾病による要員不足に伴うシステム運用の機能不全等",
      en: "Breakdown of system operation and the like resulting from staff shortages caused by large-scale, widespread disease",
    },
    examples: [
      {
        id: "T4.1",
        name: {
          ja: "大規模・広範囲にわたる疾病による要員不足",
          en: "Staff shortages caused by large-scale, widespread disease",
        },
      },
    ],
  },
  {
    id: "T5",
    clause: "4(5)",
    name: { ja: "インフラの障害", en: "Infrastructure failures" },
    description: {
      ja: "電力供給の途絶、通信の途絶、水道供給の途絶等のインフラの障害からの波及等",
      en: "Knock-on effects and the like of infrastructure failures such as interruption of the power supply, of communications or of the water supply",
    },
    examples: [
      { id: "T5.1", name: { ja: "電力供給の途絶", en: "Interruption of the power supply" } },
      { id: "T5.2", name: { ja: "通信の途絶", en: "Interruption of communications" } },
      { id: "T5.3", name: { ja: "水道供給の途絶", en: "Interruption of the water supply" } },
    ],
  },
]);

/**
 * Gets a threat of clause 4 by its id, and never returns `undefined`.
 *
 * @param id - A threat id, `"T1"` … `"T5"`.
 * @returns The threat.
 * @throws `UnknownNameError` if there is no threat with that id (e.g. `"T6"`, or an
 *   example id such as `"T1.1"`: examples are within their threat's `examples`).
 * @example
 * ```ts
 * import { getThreat } from "./threats.js";
 *
 * getThreat("T3").examples.map((example) => example.name.ja); // ["地震", "落雷", "火災"]
 * ```
 */
export function getThreat(id: string): Threat {
  const threat = threats.find((candidate) => candidate.id === id);
  if (threat === undefined) throw new UnknownNameError("threat", id, closestNames(id, threats.map((known) => known.id), { count: threats.length }));
  return threat;
}
