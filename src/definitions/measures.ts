import { deepFreezeLiteral } from "../internal/deep-freeze.js";
import type { Measure } from "./measure.js";

/**
 * The measures of the basic policy, in document order: 7(1) … 7(8) (with 7(3)① and 7(3)② after
 * 7(3)), then 8 (audit and self-inspection), 9 (review), 10 (standards) and 11 (procedures).
 * Every action is a verbatim fragment of its clause. Note the qualifier 原則として (in principle)
 * in the first action of `mynumber-isolation`: the text qualifies the isolation of the
 * マイナンバー利用事務系 that way, and not the carry-out block or multi-factor authentication.
 *
 * @example
 * ```ts
 * import { measures } from "./measures.js";
 *
 * measures.find((measure) => measure.id === "mynumber-isolation")?.actions.map((action) => action.en);
 * // ["In principle, make communication with other zones impossible", …]
 * ```
 */
export const measures: readonly Measure[] = deepFreezeLiteral<Measure[]>([
  {
    id: "organization",
    clause: "7(1)",
    title: { ja: "組織体制", en: "Organisational structure" },
    actions: [
      {
        ja: "広域連合の情報資産について、情報セキュリティ対策を推進する体制を確立する",
        en: "Establish a structure that drives information security measures for the Union's information assets",
      },
    ],
  },
  {
    id: "classification",
    clause: "7(2)",
    title: { ja: "情報資産の分類と管理", en: "Classification and management of information assets" },
    actions: [
      {
        ja: "広域連合の保有する情報資産を機密性、完全性及び可用性に応じて「重要度」として分類し",
        en: "Classify the information assets held by the Union into \"importance levels\" according to their confidentiality, integrity and availability",
      },
      {
        ja: "当該分類に基づき情報セキュリティ対策を講じる",
        en: "Take information security measures based on that classification",
      },
    ],
  },
  {
    id: "system-resilience",
    clause: "7(3)",
    title: {
      ja: "情報システム全体の強靭性の向上",
      en: "Improving the resilience of the information systems as a whole",
    },
    purpose: {
      ja: "情報セキュリティの強化を目的とし",
      en: "With the aim of strengthening information security",
    },
    actions: [
      {
        ja: "業務の効率性・利便性の観点を踏まえ、情報システム全体に対し、次の対策を講じる",
        en: "Taking account of business efficiency and convenience, take the following measures (those of 7(3)① and 7(3)②) for the information systems as a whole",
      },
    ],
  },
  {
    id: "mynumber-isolation",
    clause: "7(3)①",
    title: { ja: "マイナンバー利用事務系", en: "My Number zone" },
    purpose: { ja: "住民情報の流出を防ぐ", en: "Prevent the leakage of residents' information" },
    actions: [
      {
        ja: "原則として、他の領域との通信をできないようにした",
        en: "In principle, make communication with other zones impossible",
      },
      {
        ja: "端末からの情報持出し不可設定",
        en: "Configure terminals so that information cannot be taken out of them",
      },
      {
        ja: "端末への多要素認証の導入",
        en: "Introduce multi-factor authentication for terminals",
      },
    ],
  },
  {
    id: "internet-monitoring",
    clause: "7(3)②",
    title: { ja: "インターネット接続系", en: "Internet zone" },
    actions: [
      {
        ja: "不正通信の監視機能の強化",
        en: "Strengthen the monitoring of unauthorised communications",
      },
      {
        ja: "高度な情報セキュリティ対策を実施する",
        en: "Implement advanced information security measures",
      },
    ],
  },
  {
    id: "physical",
    clause: "7(4)",
    title: { ja: "物理的セキュリティ", en: "Physical security" },
    actions: [
      {
        ja: "サーバ、通信回線、職員のパソコン等の管理について、物理的な対策を講じる",
        en: "Take physical measures for the management of servers, communication lines, staff PCs and the like",
      },
    ],
  },
  {
    id: "human",
    clause: "7(5)",
    title: { ja: "人的セキュリティ", en: "Personnel security" },
    actions: [
      {
        ja: "情報セキュリティに関し、職員が遵守すべき事項を定める",
        en: "Set out the matters that staff must comply with concerning information security",
      },
      {
        ja: "十分な教育及び啓発を行う",
        en: "Provide sufficient education and awareness-raising",
      },
    ],
  },
  {
    id: "technical",
    clause: "7(6)",
    title: { ja: "技術的セキュリティ", en: "Technical security" },
    actions: [
      { ja: "コンピュータ等の管理", en: "Management of computers and similar equipment" },
      { ja: "アクセス制御", en: "Access control" },
      { ja: "不正プログラム対策", en: "Countermeasures against malicious programs" },
      { ja: "不正アクセス対策", en: "Countermeasures against unauthorised access" },
    ],
  },
  {
    id: "operations",
    clause: "7(7)",
    title: { ja: "運用", en: "Operations" },
    actions: [
      { ja: "情報システムの監視", en: "Monitor information systems" },
      {
        ja: "情報セキュリティポリシーの遵守状況の確認",
        en: "Check compliance with the Information Security Policy",
      },
      {
        ja: "業務委託を行う際のセキュリティ確保",
        en: "Ensure security when outsourcing work",
      },
      {
        ja: "情報資産に対するセキュリティ侵害が発生した場合等に迅速かつ適切に対応するための措置を講じる",
        en: "Take steps to respond promptly and appropriately when, for example, a security breach affecting information assets occurs",
      },
    ],
  },
  {
    id: "outsourcing-and-cloud",
    clause: "7(8)",
    title: {
      ja: "業務委託と外部サービス（クラウドサービス）の利用",
      en: "Outsourcing and use of external services (cloud services)",
    },
    actions: [
      {
        ja: "業務委託を行う場合には、委託事業者を選定し",
        en: "When outsourcing work, select the contractor",
      },
      {
        ja: "情報セキュリティ要件を明記した契約を締結し",
        en: "Conclude a contract that states the information security requirements explicitly",
      },
      {
        ja: "委託事業者において必要なセキュリティ対策が確保されていることを確認し",
        en: "Confirm that the contractor has the necessary security measures in place",
      },
      {
        ja: "必要に応じて契約に基づき措置を講じる",
        en: "Where necessary, take steps on the basis of the contract",
      },
      {
        ja: "外部サービス（クラウドサービス）を利用する場合には、利用に係る規定を整備し対策を講じる",
        en: "When using external services (cloud services), put in place rules governing their use and take measures accordingly",
      },
    ],
  },
  {
    id: "audit-and-self-inspection",
    clause: "8",
    title: {
      ja: "情報セキュリティ監査及び自己点検の実施",
      en: "Information security audits and self-inspections",
    },
    purpose: {
      ja: "情報セキュリティポリシーの遵守状況を検証するため",
      en: "To verify compliance with the Information Security Policy",
    },
    actions: [
      {
        ja: "定期的又は必要に応じて情報セキュリティ監査及び自己点検を実施する",
        en: "Conduct information security audits and self-inspections regularly or as needed",
      },
    ],
  },
  {
    id: "review",
    clause: "9",
    title: { ja: "情報セキュリティポリシーの見直し", en: "Review of the Information Security Policy" },
    triggers: [
      {
        ja: "情報セキュリティ監査及び自己点検の結果、情報セキュリティポリシーの見直しが必要となった場合",
        en: "Where the results of information security audits and self-inspections show that the Information Security Policy needs to be reviewed",
      },
      {
        ja: "情報セキュリティに関する状況の変化に対応するため新たに対策が必要になった場合",
        en: "Where new measures become necessary in response to changes in the information security situation",
      },
    ],
    actions: [
      {
        ja: "保有する情報及び利用する情報システムに係る脅威の発生の可能性及び発生時の損失を分析し",
        en: "Analyse the likelihood of threats to the information held and the information systems used, and the losses they would cause",
      },
      { ja: "リスクを検討した上で", en: "Examine the risks" },
      { ja: "情報セキュリティポリシーを見直す", en: "Review the Information Security Policy" },
    ],
  },
  {
    id: "standards",
    clause: "10",
    title: {
      ja: "情報セキュリティ対策基準の策定",
      en: "Establishment of the Information Security Standards",
    },
    purpose: {
      ja: "上記７、８及び９に規定する対策等を実施するために",
      en: "To implement the measures and other matters set out in 7, 8 and 9 above",
    },
    actions: [
      {
        ja: "具体的な遵守事項、判断基準等を定める対策基準を策定する",
        en: "Establish the Standards, setting out the specific requirements to be complied with, the criteria for decisions and the like",
      },
      {
        ja: "対策基準は、公にすることにより行政運営に重大な支障を及ぼすおそれがあることから非公開とする",
        en: "Keep the Standards non-public, because making them public could seriously hinder administrative operations",
      },
    ],
  },
  {
    id: "procedures",
    clause: "11",
    title: {
      ja: "情報セキュリティ共通実施手順の策定",
      en: "Establishment of the Information Security Common Implementation Procedures",
    },
    actions: [
      {
        ja: "対策基準に基づき、情報セキュリティ対策を実施するための具体的な手順を定めた実施手順を策定する",
        en: "Based on the Standards, establish the Procedures, setting out the specific procedures for implementing information security measures",
      },
      {
        ja: "実施手順は、公にすることにより行政運営に重大な支障を及ぼすおそれがあることから非公開とする",
        en: "Keep the Procedures non-public, because making them public could seriously hinder administrative operations",
      },
    ],
  },
]);
