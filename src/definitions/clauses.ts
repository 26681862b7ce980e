import { deepFreezeLiteral } from "../internal/deep-freeze.js";
import type { Clause } from "./clause.js";

/**
 * Every clause of the basic policy (第１章 情報セキュリティ基本方針), sections 1 to 11, in document
 * order: each section is followed by its items, each item by its circled sub-items.
 *
 * The Japanese of every heading and paragraph is verbatim from the published text, with only the
 * PDF's line breaks removed; the English is a faithful translation. A clause's paragraphs are the
 * text the document prints between its heading and the next numbered marker. So the note of
 * section 2 that introduces the 情報セキュリティ共通実施手順 (「なお、情報セキュリティポリシーには
 * 含まれないものの…」), which the document prints after item 2(2), is the second paragraph of
 * `"2(2)"`, although it speaks of section 2 as a whole. Sections 3 and 5 have no text of their own
 * before their items, so their `paragraphs` are empty. The chapter heading is `documentTitle`.
 *
 * @example
 * ```ts
 * import { clauses } from "./clauses.js";
 *
 * clauses.length; // 48
 * clauses.filter((clause) => clause.level === "section").map((clause) => clause.ref);
 * // ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]
 * ```
 */
export const clauses: readonly Clause[] = deepFreezeLiteral<Clause[]>([
  {
    ref: "1",
    level: "section",
    section: 1,
    marker: "１",
    heading: { ja: "目的", en: "Purpose" },
    paragraphs: [
      {
        ja: "本基本方針は、宮城県後期高齢者医療広域連合（以下「広域連合」という。）が保有する情報資産の機密性、完全性及び可用性を維持するため、広域連合が実施する情報セキュリティ対策について基本的な事項を定めることを目的とする。",
        en: "The purpose of this Basic Policy is to set out the fundamental matters concerning the information security measures taken by the Miyagi Wide-Area Union of Late-Stage Elderly Medical Care (hereinafter \"the Union\"), in order to maintain the confidentiality, integrity and availability of the information assets that the Union holds.",
      },
    ],
  },
  {
    ref: "2",
    level: "section",
    section: 2,
    marker: "２",
    heading: { ja: "情報セキュリティポリシーの構成", en: "Structure of the Information Security Policy" },
    paragraphs: [
      {
        ja: "情報セキュリティポリシーは、「情報セキュリティ基本方針」（以下「基本方針」という。）と「情報セキュリティ対策基準」（以下「対策基準」という。）の二層で構成される。",
        en: "The Information Security Policy consists of two layers: the \"Information Security Basic Policy\" (hereinafter \"the Basic Policy\") and the \"Information Security Standards\" (hereinafter \"the Standards\").",
      },
    ],
  },
  {
    ref: "2(1)",
    level: "item",
    section: 2,
    item: 1,
    parent: "2",
    marker: "（１）",
    heading: { ja: "基本方針", en: "Basic Policy" },
    paragraphs: [
      {
        ja: "情報セキュリティに対する取組姿勢を表すもので、情報セキュリティ対策における基本的な考え方を定めるもの。",
        en: "Expresses the commitment to information security and sets out the basic approach to information security measures.",
      },
    ],
  },
  {
    ref: "2(2)",
    level: "item",
    section: 2,
    item: 2,
    parent: "2",
    marker: "（２）",
    heading: { ja: "対策基準", en: "Standards" },
    paragraphs: [
      {
        ja: "基本方針に基づき情報セキュリティを確保するために、全ての行為及び判断において遵守すべき基準を定めるもの。",
        en: "Based on the Basic Policy, sets out the standards to be complied with in every action and decision in order to ensure information security.",
      },
      {
        ja: "なお、情報セキュリティポリシーには含まれないものの、対策基準に定められた内容を具体的にどのような手順に従って実行していくのかを示すものを、情報セキュリティ共通実施手順（以下「実施手順」という。）という。",
        en: "Note that what shows the concrete procedures by which the content set out in the Standards is to be carried out, although it is not part of the Information Security Policy, is called the Information Security Common Implementation Procedures (hereinafter \"the Procedures\").",
      },
    ],
  },
  {
    ref: "3",
    level: "section",
    section: 3,
    marker: "３",
    heading: { ja: "定義", en: "Definitions" },
    paragraphs: [],
  },
  {
    ref: "3(1)",
    level: "item",
    section: 3,
    item: 1,
    parent: "3",
    marker: "（１）",
    heading: { ja: "ネットワーク", en: "Network" },
    paragraphs: [
      {
        ja: "コンピュータ等を相互に接続するための通信網、その構成機器（ハードウェア及びソフトウェア）をいう。",
        en: "A communications network for interconnecting computers and similar equipment, and the equipment that makes it up (hardware and software).",
      },
    ],
  },
  {
    ref: "3(2)",
    level: "item",
    section: 3,
    item: 2,
    parent: "3",
    marker: "（２）",
    heading: { ja: "電磁的記録媒体", en: "Electromagnetic recording media" },
    paragraphs: [
      {
        ja: "ハードディスク、CD-ROM、USBメモリ、その他これらに類する電子情報を記録するための媒体をいう。",
        en: "Hard disks, CD-ROMs, USB memory devices and other similar media for recording electronic information.",
      },
    ],
  },
  {
    ref: "3(3)",
    level: "item",
    section: 3,
    item: 3,
    parent: "3",
    marker: "（３）",
    heading: { ja: "情報システム", en: "Information system" },
    paragraphs: [
      {
        ja: "コンピュータ、ネットワーク及び電磁的記録媒体で構成され、情報処理を行う仕組みをいう。",
        en: "A mechanism that is made up of computers, networks and electromagnetic recording media and that processes information.",
      },
    ],
  },
  {
    ref: "3(4)",
    level: "item",
    section: 3,
    item: 4,
    parent: "3",
    marker: "（４）",
    heading: { ja: "広域連合電算処理システム", en: "Union computer processing system" },
    paragraphs: [
      {
        ja: "資格管理・保険料賦課・保険料収納・給付に関する業務を処理する情報システムをいう。",
        en: "The information system that processes the business of eligibility management, premium assessment, premium collection and benefits.",
      },
    ],
  },
  {
    ref: "3(5)",
    level: "item",
    section: 3,
    item: 5,
    parent: "3",
    marker: "（５）",
    heading: { ja: "パソコン等端末", en: "PCs and other terminals" },
    paragraphs: [
      {
        ja: "広域連合電算処理システム、財務会計システム等に接続され、情報の記録及び入出力機能を有するハードウェア及びソフトウェアで構成するコンピュータ及び周辺機器をいう。",
        en: "Computers and peripheral devices, made up of hardware and software with functions for recording, inputting and outputting information, that are connected to the Union computer processing system, the financial accounting system and the like.",
      },
    ],
  },
  {
    ref: "3(6)",
    level: "item",
    section: 3,
    item: 6,
    parent: "3",
    marker: "（６）",
    heading: { ja: "情報セキュリティ", en: "Information security" },
    paragraphs: [
      {
        ja: "情報資産の機密性、完全性及び可用性を維持することをいう。",
        en: "Maintaining the confidentiality, integrity and availability of information assets.",
      },
    ],
  },
  {
    ref: "3(7)",
    level: "item",
    section: 3,
    item: 7,
    parent: "3",
    marker: "（７）",
    heading: { ja: "情報セキュリティポリシー", en: "Information Security Policy" },
    paragraphs: [
      {
        ja: "本基本方針及び対策基準をいう。",
        en: "This Basic Policy and the Standards.",
      },
    ],
  },
  {
    ref: "3(8)",
    level: "item",
    section: 3,
    item: 8,
    parent: "3",
    marker: "（８）",
    heading: { ja: "個人情報", en: "Personal information" },
    paragraphs: [
      {
        ja: "個人に関する情報であって、特定の個人が識別され、又は識別され得るものをいう。",
        en: "Information relating to an individual by which a specific individual is or can be identified.",
      },
    ],
  },
  {
    ref: "3(9)",
    level: "item",
    section: 3,
    item: 9,
    parent: "3",
    marker: "（９）",
    heading: { ja: "情報資産", en: "Information asset" },
    paragraphs: [
      {
        ja: "広域連合で取り扱う全ての情報をいう。",
        en: "All information handled by the Union.",
      },
    ],
  },
  {
    ref: "3(10)",
    level: "item",
    section: 3,
    item: 10,
    parent: "3",
    marker: "（１０）",
    heading: { ja: "機密性", en: "Confidentiality" },
    paragraphs: [
      {
        ja: "情報にアクセスすることを認められた者だけが、情報にアクセスできる状態を確保することをいう。",
        en: "Ensuring that only those authorised to access information can access it.",
      },
    ],
  },
  {
    ref: "3(11)",
    level: "item",
    section: 3,
    item: 11,
    parent: "3",
    marker: "（１１）",
    heading: { ja: "完全性", en: "Integrity" },
    paragraphs: [
      {
        ja: "情報が破壊、改ざん又は消去されていない状態を確保することをいう。",
        en: "Ensuring that information has not been destroyed, tampered with or erased.",
      },
    ],
  },
  {
    ref: "3(12)",
    level: "item",
    section: 3,
    item: 12,
    parent: "3",
    marker: "（１２）",
    heading: { ja: "可用性", en: "Availability" },
    paragraphs: [
      {
        ja: "情報にアクセスすることを認められた者が、必要なときに中断されることなく、情報にアクセスできる状態を確保することをいう。",
        en: "Ensuring that those authorised to access information can access it without interruption whenever they need it.",
      },
    ],
  },
  {
    ref: "3(13)",
    level: "item",
    section: 3,
    item: 13,
    parent: "3",
    marker: "（１３）",
    heading: { ja: "マイナンバー利用事務系", en: "My Number zone" },
    paragraphs: [
      {
        ja: "マイナンバーを利用する事務に関わる情報システム及びデータをいう。",
        en: "The information systems and data involved in business that uses My Number (the Individual Number).",
      },
    ],
  },
  {
    ref: "3(14)",
    level: "item",
    section: 3,
    item: 14,
    parent: "3",
    marker: "（１４）",
    heading: { ja: "インターネット接続系", en: "Internet zone" },
    paragraphs: [
      {
        ja: "インターネットメール、ホームページ管理システム等に係るインターネットに接続された情報システム及びその情報システムで取り扱うデータをいう。",
        en: "The information systems connected to the Internet, such as those for Internet e-mail and website management, and the data handled by those information systems.",
      },
    ],
  },
  {
    ref: "3(15)",
    level: "item",
    section: 3,
    item: 15,
    parent: "3",
    marker: "（１５）",
    heading: { ja: "職員", en: "Staff" },
    paragraphs: [
      {
        ja: "職員、会計年度任用職員、非常勤職員を含む広域連合の全職員をいう。",
        en: "All staff of the Union, including regular staff, fiscal-year-appointed staff and part-time staff.",
      },
    ],
  },
  {
    ref: "4",
    level: "section",
    section: 4,
    marker: "４",
    heading: { ja: "対象とする脅威", en: "Threats addressed" },
    paragraphs: [
      {
        ja: "情報資産に対する脅威として、以下の脅威を想定し、情報セキュリティ対策を実施する。",
        en: "The following threats to information assets are anticipated, and information security measures are implemented against them.",
      },
    ],
  },
  {
    ref: "4(1)",
    level: "item",
    section: 4,
    item: 1,
    parent: "4",
    marker: "（１）",
    paragraphs: [
      {
        ja: "不正アクセス、ウイルス攻撃、サービス不能攻撃等のサイバー攻撃や部外者の侵入等の意図的な要因による情報資産の漏えい・破壊・改ざん・消去、重要情報の詐取、内部不正等",
        en: "Leakage, destruction, tampering with or erasure of information assets through intentional causes such as cyber attacks (unauthorised access, virus attacks, denial-of-service attacks and the like) and intrusion by outsiders; fraudulent acquisition of important information; insider wrongdoing; and the like",
      },
    ],
  },
  {
    ref: "4(2)",
    level: "item",
    section: 4,
    item: 2,
    parent: "4",
    marker: "（２）",
    paragraphs: [
      {
        ja: "情報資産の無断持出し、無許可ソフトウェアの使用等の規定違反、設計・開発の不備、プログラム上の欠陥、操作・設定ミス、メンテナンス不備、内部・外部監査機能の不備、委託管理の不備、マネジメントの欠陥、機器故障等の非意図的要因による情報資産の漏えい・破壊・消去等",
        en: "Leakage, destruction, erasure and the like of information assets through unintentional causes such as breaches of rules (taking information assets out without permission, using unauthorised software and the like), shortcomings in design and development, program defects, operating and configuration errors, inadequate maintenance, inadequate internal and external audit functions, inadequate management of outsourcing, management failures and equipment failures",
      },
    ],
  },
  {
    ref: "4(3)",
    level: "item",
    section: 4,
    item: 3,
    parent: "4",
    marker: "（３）",
    paragraphs: [
      {
        ja: "地震、落雷、火災等の災害によるサービス及び業務の停止等",
        en: "Suspension of services and business and the like due to disasters such as earthquakes, lightning strikes and fires",
      },
    ],
  },
  {
    ref: "4(4)",
    level: "item",
    section: 4,
    item: 4,
    parent: "4",
    marker: "（４）",
    paragraphs: [
      {
        ja: "大規模・広範囲にわたる疾病による要員不足に伴うシステム運用の機能不全等",
        en: "Breakdown of system operation and the like resulting from staff shortages caused by large-scale, widespread disease",
      },
    ],
  },
  {
    ref: "4(5)",
    level: "item",
    section: 4,
    item: 5,
    parent: "4",
    marker: "（５）",
    paragraphs: [
      {
        ja: "電力供給の途絶、通信の途絶、水道供給の途絶等のインフラの障害からの波及等",
        en: "Knock-on effects and the like of infrastructure failures such as interruption of the power supply, of communications or of the water supply",
      },
    ],
  },
  {
    ref: "5",
    level: "section",
    section: 5,
    marker: "５",
    heading: { ja: "適用範囲", en: "Scope" },
    paragraphs: [],
  },
  {
    ref: "5(1)",
    level: "item",
    section: 5,
    item: 1,
    parent: "5",
    marker: "（１）",
    heading: { ja: "行政機関の範囲", en: "Administrative bodies covered" },
    paragraphs: [
      {
        ja: "基本方針が適用される行政機関は、広域連合事務局、議会事務局、監査委員事務局及び選挙管理委員会とする。",
        en: "The administrative bodies to which the Basic Policy applies are the Union Secretariat, the Assembly Secretariat, the Audit Commissioners' Secretariat and the Election Administration Commission.",
      },
    ],
  },
  {
    ref: "5(2)",
    level: "item",
    section: 5,
    item: 2,
    parent: "5",
    marker: "（２）",
    heading: { ja: "情報資産の範囲", en: "Information assets covered" },
    paragraphs: [
      {
        ja: "基本方針が対象とする情報資産は、次のとおりとする。",
        en: "The information assets covered by the Basic Policy are as follows.",
      },
    ],
  },
  {
    ref: "5(2)①",
    level: "sub-item",
    section: 5,
    item: 2,
    subItem: 1,
    parent: "5(2)",
    marker: "①",
    paragraphs: [
      {
        ja: "ネットワーク及び情報システム並びにこれらに関する設備及び電磁的記録媒体",
        en: "Networks and information systems, and the facilities and electromagnetic recording media relating to them",
      },
    ],
  },
  {
    ref: "5(2)②",
    level: "sub-item",
    section: 5,
    item: 2,
    subItem: 2,
    parent: "5(2)",
    marker: "②",
    paragraphs: [
      {
        ja: "ネットワーク及び情報システムで取り扱う情報（これらを印刷した文書を含む。）",
        en: "Information handled on networks and information systems (including documents on which it is printed)",
      },
    ],
  },
  {
    ref: "5(2)③",
    level: "sub-item",
    section: 5,
    item: 2,
    subItem: 3,
    parent: "5(2)",
    marker: "③",
    paragraphs: [
      {
        ja: "情報システムの仕様書及びネットワーク図等のシステム関連文書",
        en: "System-related documents such as information system specifications and network diagrams",
      },
    ],
  },
  {
    ref: "6",
    level: "section",
    section: 6,
    marker: "６",
    heading: { ja: "職員の遵守義務", en: "Obligations of staff" },
    paragraphs: [
      {
        ja: "職員は、情報セキュリティの重要性について共通の認識を持ち、業務の遂行に当たって情報セキュリティポリシー及び情報セキュリティ共通実施手順を遵守しなければならない。",
        en: "Staff shall share a common awareness of the importance of information security and, in performing their duties, shall comply with the Information Security Policy and the Information Security Common Implementation Procedures.",
      },
    ],
  },
  {
    ref: "7",
    level: "section",
    section: 7,
    marker: "７",
    heading: { ja: "情報セキュリティ対策", en: "Information security measures" },
    paragraphs: [
      {
        ja: "上記４の脅威から情報資産を保護するために、以下の情報セキュリティ対策を講じる。",
        en: "To protect information assets from the threats in 4 above, the following information security measures are taken.",
      },
    ],
  },
  {
    ref: "7(1)",
    level: "item",
    section: 7,
    item: 1,
    parent: "7",
    marker: "（１）",
    heading: { ja: "組織体制", en: "Organisational structure" },
    paragraphs: [
      {
        ja: "広域連合の情報資産について、情報セキュリティ対策を推進する体制を確立する。",
        en: "Establish a structure that drives information security measures for the Union's information assets.",
      },
    ],
  },
  {
    ref: "7(2)",
    level: "item",
    section: 7,
    item: 2,
    parent: "7",
    marker: "（２）",
    heading: { ja: "情報資産の分類と管理", en: "Classification and management of information assets" },
    paragraphs: [
      {
        ja: "広域連合の保有する情報資産を機密性、完全性及び可用性に応じて「重要度」として分類し、当該分類に基づき情報セキュリティ対策を講じる。",
        en: "Classify the information assets held by the Union into \"importance levels\" according to their confidentiality, integrity and availability, and take information security measures based on that classification.",
      },
    ],
  },
  {
    ref: "7(3)",
    level: "item",
    section: 7,
    item: 3,
    parent: "7",
    marker: "（３）",
    heading: {
      ja: "情報システム全体の強靭性の向上",
      en: "Improving the resilience of the information systems as a whole",
    },
    paragraphs: [
      {
        ja: "情報セキュリティの強化を目的とし、業務の効率性・利便性の観点を踏まえ、情報システム全体に対し、次の対策を講じる。",
        en: "With the aim of strengthening information security, and taking account of business efficiency and convenience, take the following measures for the information systems as a whole.",
      },
    ],
  },
  {
    ref: "7(3)①",
    level: "sub-item",
    section: 7,
    item: 3,
    subItem: 1,
    parent: "7(3)",
    marker: "①",
    paragraphs: [
      {
        ja: "マイナンバー利用事務系においては、原則として、他の領域との通信をできないようにした上で、端末からの情報持出し不可設定や端末への多要素認証の導入により、住民情報の流出を防ぐ。",
        en: "In the My Number zone, in principle, make communication with other zones impossible and, on that basis, prevent the leakage of residents' information by configuring terminals so that information cannot be taken out of them and by introducing multi-factor authentication for terminals.",
      },
    ],
  },
  {
    ref: "7(3)②",
    level: "sub-item",
    section: 7,
    item: 3,
    subItem: 2,
    parent: "7(3)",
    marker: "②",
    paragraphs: [
      {
        ja: "インターネット接続系においては、不正通信の監視機能の強化等の高度な情報セキュリティ対策を実施する。",
        en: "In the Internet zone, implement advanced information security measures such as strengthened monitoring of unauthorised communications.",
      },
    ],
  },
  {
    ref: "7(4)",
    level: "item",
    section: 7,
    item: 4,
    parent: "7",
    marker: "（４）",
    heading: { ja: "物理的セキュリティ", en: "Physical security" },
    paragraphs: [
      {
        ja: "サーバ、通信回線、職員のパソコン等の管理について、物理的な対策を講じる。",
        en: "Take physical measures for the management of servers, communication lines, staff PCs and the like.",
      },
    ],
  },
  {
    ref: "7(5)",
    level: "item",
    section: 7,
    item: 5,
    parent: "7",
    marker: "（５）",
    heading: { ja: "人的セキュリティ", en: "Personnel security" },
    paragraphs: [
      {
        ja: "情報セキュリティに関し、職員が遵守すべき事項を定めるとともに、十分な教育及び啓発を行う等の人的な対策を講じる。",
        en: "Take personnel measures, such as setting out the matters that staff must comply with concerning information security and providing sufficient education and awareness-raising.",
      },
    ],
  },
  {
    ref: "7(6)",
    level: "item",
    section: 7,
    item: 6,
    parent: "7",
    marker: "（６）",
    heading: { ja: "技術的セキュリティ", en: "Technical security" },
    paragraphs: [
      {
        ja: "コンピュータ等の管理、アクセス制御、不正プログラム対策、不正アクセス対策等の技術的対策を講じる。",
        en: "Take technical measures such as the management of computers and similar equipment, access control, countermeasures against malicious programs and countermeasures against unauthorised access.",
      },
    ],
  },
  {
    ref: "7(7)",
    level: "item",
    section: 7,
    item: 7,
    parent: "7",
    marker: "（７）",
    heading: { ja: "運用", en: "Operations" },
    paragraphs: [
      {
        ja: "情報システムの監視、情報セキュリティポリシーの遵守状況の確認、業務委託を行う際のセキュリティ確保等、情報セキュリティポリシーの運用面の対策を講じるものとする。",
        en: "Take measures for the operational side of the Information Security Policy, such as monitoring information systems, checking compliance with the Information Security Policy, and ensuring security when outsourcing work.",
      },
      {
        ja: "また、情報資産に対するセキュリティ侵害が発生した場合等に迅速かつ適切に対応するための措置を講じる。",
        en: "In addition, take steps to respond promptly and appropriately when, for example, a security breach affecting information assets occurs.",
      },
    ],
  },
  {
    ref: "7(8)",
    level: "item",
    section: 7,
    item: 8,
    parent: "7",
    marker: "（８）",
    heading: {
      ja: "業務委託と外部サービス（クラウドサービス）の利用",
      en: "Outsourcing and use of external services (cloud services)",
    },
    paragraphs: [
      {
        ja: "業務委託を行う場合には、委託事業者を選定し、情報セキュリティ要件を明記した契約を締結し、委託事業者において必要なセキュリティ対策が確保されていることを確認し、必要に応じて契約に基づき措置を講じる。",
        en: "When outsourcing work, select the contractor, conclude a contract that states the information security requirements explicitly, confirm that the contractor has the necessary security measures in place, and, where necessary, take steps on the basis of the contract.",
      },
      {
        ja: "外部サービス（クラウドサービス）を利用する場合には、利用に係る規定を整備し対策を講じる。",
        en: "When using external services (cloud services), put in place rules governing their use and take measures accordingly.",
      },
    ],
  },
  {
    ref: "8",
    level: "section",
    section: 8,
    marker: "８",
    heading: {
      ja: "情報セキュリティ監査及び自己点検の実施",
      en: "Information security audits and self-inspections",
    },
    paragraphs: [
      {
        ja: "情報セキュリティポリシーの遵守状況を検証するため、定期的又は必要に応じて情報セキュリティ監査及び自己点検を実施する。",
        en: "To verify compliance with the Information Security Policy, conduct information security audits and self-inspections regularly or as needed.",
      },
    ],
  },
  {
    ref: "9",
    level: "section",
    section: 9,
    marker: "９",
    heading: { ja: "情報セキュリティポリシーの見直し", en: "Review of the Information Security Policy" },
    paragraphs: [
      {
        ja: "情報セキュリティ監査及び自己点検の結果、情報セキュリティポリシーの見直しが必要となった場合及び情報セキュリティに関する状況の変化に対応するため新たに対策が必要になった場合には、保有する情報及び利用する情報システムに係る脅威の発生の可能性及び発生時の損失を分析し、リスクを検討した上で、情報セキュリティポリシーを見直す。",
        en: "Where the results of information security audits and self-inspections show that the Information Security Policy needs to be reviewed, or where new measures become necessary in response to changes in the information security situation, analyse the likelihood of threats to the information held and the information systems used and the losses they would cause, examine the risks, and then review the Information Security Policy.",
      },
    ],
  },
  {
    ref: "10",
    level: "section",
    section: 10,
    marker: "１０",
    heading: {
      ja: "情報セキュリティ対策基準の策定",
      en: "Establishment of the Information Security Standards",
    },
    paragraphs: [
      {
        ja: "上記７、８及び９に規定する対策等を実施するために、具体的な遵守事項、判断基準等を定める対策基準を策定する。",
        en: "To implement the measures and other matters set out in 7, 8 and 9 above, establish the Standards, which set out the specific requirements to be complied with, the criteria for decisions and the like.",
      },
      {
        ja: "なお、対策基準は、公にすることにより行政運営に重大な支障を及ぼすおそれがあることから非公開とする。",
        en: "Note that the Standards are not made public, because making them public could seriously hinder administrative operations.",
      },
    ],
  },
  {
    ref: "11",
    level: "section",
    section: 11,
    marker: "１１",
    heading: {
      ja: "情報セキュリティ共通実施手順の策定",
      en: "Establishment of the Information Security Common Implementation Procedures",
    },
    paragraphs: [
      {
        ja: "対策基準に基づき、情報セキュリティ対策を実施するための具体的な手順を定めた実施手順を策定するものとする。",
        en: "Based on the Standards, establish the Procedures, which set out the specific procedures for implementing information security measures.",
      },
      {
        ja: "なお、実施手順は、公にすることにより行政運営に重大な支障を及ぼすおそれがあることから非公開とする。",
        en: "Note that the Procedures are not made public, because making them public could seriously hinder administrative operations.",
      },
    ],
  },
]);
