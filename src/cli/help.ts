import type { Locale } from "../definitions/localized-text.js";
import { jsonSchemaNames } from "../schemas/json-schemas.js";

/** A text of the CLI in both languages. */
export interface HelpText {
  /** Japanese. */
  readonly ja: string;
  /** English. */
  readonly en: string;
}

/** A command's help: one line for the command list, and its full usage. */
export interface CommandHelp {
  /** One line for the command list of `infosec-policy --help`. */
  readonly summary: HelpText;
  /** The full usage text of `infosec-policy help <command>` and `<command> --help`. */
  readonly usage: HelpText;
}

/** The names of the commands, in the order `--help` lists them. */
export const COMMAND_NAMES = ["check", "audit", "exceptions", "explain", "controls", "clauses", "checklist", "schema", "export", "serve"] as const;

/** A command's name. */
export type CommandName = (typeof COMMAND_NAMES)[number];

const EXIT_CHECK: HelpText = {
  ja: "終了コード: 0 適合又は対象外、1 不適合、2 要確認、64 使用方法の誤り、65 入力の誤り",
  en: "exit: 0 compliant or not applicable, 1 non-compliant, 2 needs review, 64 usage, 65 invalid input",
};

/** The help of every command, in both languages. */
export const COMMAND_HELP: Readonly<Record<CommandName, CommandHelp>> = {
  check: {
    summary: {
      ja: "判定対象（配列又は自己点検の回答ファイルも可）を判定し、結果を出力する",
      en: "evaluate a subject (or an array, or a self-inspection answers file) and print the decision(s)",
    },
    usage: {
      ja: `使い方: infosec-policy check <ファイル|-> [オプション]

判定対象（JSON オブジェクト一つ、JSON 配列又は NDJSON）を評価し、判定ごとに結果と、不備又は要確認の
所見（条項、理由及び是正の方法）を出力する。自己点検の回答ファイル（{"checklist": "self-inspection", ...}、
\`infosec-policy checklist\` を参照）は、組織の状況として読み込んで評価する。

オプション:
  --format text|json|markdown|html   出力形式（既定は text）。json は判定をそのまま出力し、markdown 及び
                                     html は audit と同じ形式の報告（html は単一の自己完結したファイル）
  --lang ja|en                       理由等の言語（既定は ja）
  --as-of YYYY-MM-DD                 日付に基づく管理策及び例外措置の有効期間を判定する基準日
                                     （指定がないときは organization の判定対象自身の asOf を用い、標準エラー出力にその旨を表示する）
  --generated-at <日時>              （markdown、html）報告に記載する作成日時（例: 2026-11-25T09:00:00+09:00。
                                     省略時は実行時の時計によることを付記する。）
  --detail all                       （html）不適合・要確認の全ての対象を詳細に示す（既定は最初の500件）
  --policy-version <版>              出荷済みのポリシーの版を指定する（既定は現行版）
  --overlay <ファイル>               組織の対策基準（オーバーレイ）でポリシーを拡張する
  --ndjson                           ファイル名にかかわらず NDJSON として読み込む（- の場合等）

${EXIT_CHECK.ja}`,
      en: `usage: infosec-policy check <file|-> [options]

Evaluates one subject (a JSON object) or several (a JSON array, or NDJSON) and prints each
decision: its outcome, and the findings that fail or need review with clause, reason and
remediation. A self-inspection answers file ({"checklist": "self-inspection", ...}, see
\`infosec-policy checklist\`) is read as the organisation's posture and evaluated too.

options:
  --format text|json|markdown|html   output format (default text); json prints the decision(s),
                                     markdown and html the report audit prints (html in one file)
  --lang ja|en                       language of the reasons (default ja)
  --as-of YYYY-MM-DD                 judge date-based controls and exception periods as of this date
                                     (without it, an organization subject's own asOf is used, with a note on stderr)
  --generated-at <date-time>         (markdown, html) when the report was generated, as it states,
                                     e.g. 2026-11-25T09:00:00+09:00 (default: the clock, and it says so)
  --detail all                       (html) every listed subject in detail (default: the first 500)
  --policy-version <version>         pin a shipped policy version (default: the current one)
  --overlay <file>                   extend the policy with the organisation's overlay
  --ndjson                           read NDJSON whatever the file name (e.g. from -)

${EXIT_CHECK.en}`,
    },
  },
  audit: {
    summary: {
      ja: "資産台帳（JSON 配列又は逐次読込みの NDJSON）を一括判定し、報告を出力する",
      en: "audit an inventory (JSON array or streamed NDJSON) and print the report",
    },
    usage: {
      ja: `使い方: infosec-policy audit <資産台帳|-> [オプション]

資産台帳全体を評価し、適合状況の報告（自動判定。基本方針8の情報セキュリティ監査ではない。）を出力する。報告には、結果別の概要、管理策別及び脅威別の表並びに不適合又は
要確認の全ての対象（各所見の条項、理由及び是正の方法）を記載する。

資産台帳は、判定対象の JSON 配列又は NDJSON（1行に一つの判定対象。ファイル名が .ndjson 若しくは .jsonl で
終わるもの又は --ndjson を指定したもの）とする。NDJSON は逐次読み込むため、100万件の資産台帳も一定の
メモリで処理できる。標準エラー出力が端末の場合は、進捗を表示する。判定対象に一つでも誤りがあるときは、
全ての誤りを（NDJSON の場合は行番号とともに）標準エラー出力に出力し、標準出力には何も出力しない。

オプション:
  --format text|json|markdown|html   報告の形式（既定は text）。html は単一の自己完結したファイル
  --lang ja|en                       報告の言語（既定は ja）
  --as-of YYYY-MM-DD                 日付に基づく管理策及び例外措置の有効期間を判定する基準日
                                     （指定がないときは organization の判定対象自身の asOf を用い、標準エラー出力にその旨を表示する）
  --require-as-of                    --as-of の指定がないときは終了コード 64 で終了する
  --generated-at <日時>              報告に記載する作成日時（例: 2026-11-25T09:00:00+09:00。省略時は
                                     実行時の時計によることを付記する。）
  --detail all                       （html）不適合・要確認の全ての対象を詳細に示す（既定は最初の500件）
  --policy-version <版>              出荷済みのポリシーの版を指定する（既定は現行版）
  --overlay <ファイル>               組織の対策基準（オーバーレイ）でポリシーを拡張する
  --ndjson                           ファイル名にかかわらず NDJSON として読み込む（- の場合等）

${EXIT_CHECK.ja}`,
      en: `usage: infosec-policy audit <inventory|-> [options]

Evaluates a whole inventory and prints the report of its compliance status (an automated check,
not the audit of clause 8): a summary by outcome, a table per
control and per threat, and every non-compliant subject (and every one that needs review) with
the clause, reason and remediation of each finding.

The inventory is a JSON array of subjects, or NDJSON (one subject per line: a file ending in
.ndjson or .jsonl, or --ndjson), which is streamed: a million-asset inventory runs in bounded
memory. A progress line is shown on standard error when it is a terminal. If any subject is
invalid, every problem is printed on standard error (with its line for NDJSON) and nothing on
standard output.

options:
  --format text|json|markdown|html   report format (default text); html is one self-contained file
  --lang ja|en                       language of the report (default ja)
  --as-of YYYY-MM-DD                 judge date-based controls and exception periods as of this date
                                     (without it, an organization subject's own asOf is used, with a note on stderr)
  --require-as-of                    fail with exit 64 unless --as-of is given
  --generated-at <date-time>         when the report was generated, as it states, e.g.
                                     2026-11-25T09:00:00+09:00 (default: the clock, and it says so)
  --detail all                       (html) every listed subject in detail (default: the first 500)
  --policy-version <version>         pin a shipped policy version (default: the current one)
  --overlay <file>                   extend the policy with the organisation's overlay
  --ndjson                           read NDJSON whatever the file name (e.g. from -)

${EXIT_CHECK.en}`,
    },
  },
  exceptions: {
    summary: {
      ja: "例外措置台帳を点検する（期限切れ、未使用、例外措置を認めない管理策を対象とするもの等）",
      en: "check an exception register (例外措置台帳): expired, unused, covering controls that admit none",
    },
    usage: {
      ja: `使い方: infosec-policy exceptions <例外措置台帳.json> --as-of YYYY-MM-DD [オプション]

例外措置台帳（項目の JSON 配列。JSON Schema は \`infosec-policy schema exception-register\`）を単独で点検する。
基準日において期限切れ又は有効期間前の項目、存在しない管理策又は例外措置を認めない管理策を対象とする項目、
最高情報セキュリティ責任者（CISO）以外が承認した項目（ガイドラインに基づく既定値）、接続先を定めない又は
インターネット接続系との通信を開く分離の例外措置、参照番号の重複を示す。--inventory を指定したときは、
どの判定対象も用いない項目及び判定対象が記載しているが台帳にない（又は内容が異なる）例外措置も示す。

オプション:
  --as-of YYYY-MM-DD                 有効期間を判定する基準日（必須）
  --inventory <ファイル>             使用状況を照合する資産台帳（JSON 配列又は NDJSON）
  --format text|json                 出力の形式（既定は text）
  --lang ja|en                       出力の言語（既定は ja）
  --policy-version <版>              出荷済みのポリシーの版を指定する（既定は現行版）
  --overlay <ファイル>               組織の対策基準（オーバーレイ）でポリシーを拡張する

終了コード: 0 問題なし、1 問題あり、64 使用方法の誤り、65 入力の誤り`,
      en: `usage: infosec-policy exceptions <register.json> --as-of YYYY-MM-DD [options]

Checks an exception register (例外措置台帳: a JSON array of entries, JSON Schema
\`infosec-policy schema exception-register\`) on its own: entries expired or not yet valid as of
the date, naming unknown controls or controls that admit no exception, approved by someone other
than the CISO (a guideline default), isolation exceptions without a link or opening the Internet
zone, duplicate references; with --inventory, also entries no subject uses and exceptions that
subjects carry but the register does not hold (or holds otherwise).

options:
  --as-of YYYY-MM-DD                 the date to judge the periods as of (required)
  --inventory <file>                 an inventory (JSON array or NDJSON) to check use against
  --format text|json                 output format (default text)
  --lang ja|en                       language of the output (default ja)
  --policy-version <version>         pin a shipped policy version (default: the current one)
  --overlay <file>                   extend the policy with the organisation's overlay

exit: 0 no problem, 1 some problem, 64 usage, 65 invalid input`,
    },
  },
  explain: {
    summary: {
      ja: "管理策、条項又は脅威について、本文、管理策、基準値及び脅威を説明する",
      en: "explain a control, a clause or a threat: text, controls, parameters, threats",
    },
    usage: {
      ja: `使い方: infosec-policy explain <管理策ID|条項番号|脅威> [オプション]

管理策（例: mynumber-isolation）、基本方針の条項（例: 7(3)①、8、3(13)）又は基本方針4の脅威（例: T1、
T2.7）について、条項の本文、管理策及びその基準値並びに対抗する脅威を説明する。条項番号は全角でも、
7(3)(1) 又は 7(3)1 のように丸数字を使わずに書いてもよい。一覧は \`infosec-policy controls\` 及び
\`infosec-policy clauses\` で表示する。

オプション:
  --format text|json|markdown        出力形式（既定は text）
  --lang ja|en                       言語（既定は ja。en の場合は条項の日本語原文も併せて表示する）
  --policy-version <版>              出荷済みのポリシーの版を指定する（既定は現行版）
  --overlay <ファイル>               組織の対策基準（オーバーレイ）でポリシーを拡張する（管理策及び基準値）

終了コード: 0 説明した、64 使用方法の誤り（不明な ID 又は条項番号を含む。）`,
      en: `usage: infosec-policy explain <control-id|clause-ref|threat> [options]

Explains a control (e.g. mynumber-isolation), a clause of the basic policy (e.g. 7(3)①, 8, 3(13))
or a threat of clause 4 (e.g. T1, T2.7): the clause text, the controls with their parameters and
the threats they counter. A clause reference may be written full-width, or without the circled
digit: 7(3)(1) or 7(3)1 for 7(3)①. \`infosec-policy controls\` and \`infosec-policy clauses\` list them.

options:
  --format text|json|markdown        output format (default text)
  --lang ja|en                       language (default ja; with en, clause text also in the Japanese original)
  --policy-version <version>         pin a shipped policy version (default: the current one)
  --overlay <file>                   extend the policy with the organisation's overlay (its controls and parameters)

exit: 0 explained, 64 usage error (including an unknown id or reference)`,
    },
  },
  controls: {
    summary: { ja: "管理策の一覧を表示する", en: "list the controls of the catalog" },
    usage: {
      ja: `使い方: infosec-policy controls [オプション]

ポリシーの管理策を全て正規の順序で一覧表示する。ID、条項、根拠（basic-policy、guideline 又は
organization）、判定対象の種類及び名称を表示する。個々の管理策の詳細は
\`infosec-policy explain <ID>\` で表示する。

オプション:
  --format text|json|markdown        出力形式（既定は text）
  --lang ja|en                       名称の言語（既定は ja）
  --policy-version <版>              出荷済みのポリシーの版を指定する（既定は現行版）
  --overlay <ファイル>               組織の対策基準（オーバーレイ）でポリシーを拡張する（管理策を追加する。）

終了コード: 0 一覧を表示した、64 使用方法の誤り`,
      en: `usage: infosec-policy controls [options]

Lists every control of the policy's catalog, in canonical order: id, clause, provenance
(basic-policy, guideline or organization), subject kinds and title. \`infosec-policy explain <id>\`
tells more about one.

options:
  --format text|json|markdown        output format (default text)
  --lang ja|en                       language of the titles (default ja)
  --policy-version <version>         pin a shipped policy version (default: the current one)
  --overlay <file>                   extend the policy with the organisation's overlay (adds its controls)

exit: 0 listed, 64 usage error`,
    },
  },
  clauses: {
    summary: { ja: "基本方針の条項の一覧を表示する", en: "list the clauses of the basic policy" },
    usage: {
      ja: `使い方: infosec-policy clauses [オプション]

基本方針の条項（1から11までの各項並びにその号及び細目）を全て一覧表示する。条項番号、見出し、本文の
冒頭及びその条項に基づく管理策の数を表示する。個々の条項の全文は \`infosec-policy explain <条項番号>\`
で表示する。

オプション:
  --format text|json|markdown        出力形式（既定は text）。json は全ての条項を全文で出力する
  --lang ja|en                       言語（既定は ja）
  --policy-version <版>              出荷済みのポリシーの版を指定する（既定は現行版）

終了コード: 0 一覧を表示した、64 使用方法の誤り`,
      en: `usage: infosec-policy clauses [options]

Lists every clause of the basic policy (sections 1 to 11, their items and sub-items) with its
reference, heading and the start of its text, and how many controls come from it.
\`infosec-policy explain <ref>\` prints one in full.

options:
  --format text|json|markdown        output format (default text); json gives every clause in full
  --lang ja|en                       language (default ja)
  --policy-version <version>         pin a shipped policy version (default: the current one)

exit: 0 listed, 64 usage error`,
    },
  },
  checklist: {
    summary: {
      ja: "組織ごとの自己点検チェックリスト（基本方針8）を出力する",
      en: "print the self-inspection checklist (clause 8) for an organisation",
    },
    usage: {
      ja: `使い方: infosec-policy checklist --organization <ID> [オプション]

一つの組織について、基本方針8に基づく自己点検チェックリストを出力する。自己点検で判定する管理策ごとに
（管理策の一覧から基準値を含めて生成する。）、条項、要求事項及び管理者が回答する設問を記載し、末尾に
記入用の回答ファイルを付ける。記入した回答ファイルは \`infosec-policy check <回答ファイル>\` で判定する。

オプション:
  --organization <ID>                点検する組織（基本方針5(1)）: secretariat、assembly-secretariat、
                                     audit-secretariat 又は election-commission
  --format markdown|html|json        出力形式（既定は markdown）。html は A4 で印刷できる自己完結したファイル、
                                     json は回答ファイルのみ
  --lang ja|en                       言語（既定は ja）
  --as-of YYYY-MM-DD                 点検日（チェックリスト及び回答ファイルに記載する。）
  --policy-version <版>              出荷済みのポリシーの版を指定する（既定は現行版）
  --overlay <ファイル>               組織の対策基準（オーバーレイ）でポリシーを拡張する

終了コード: 0 出力した、64 使用方法の誤り`,
      en: `usage: infosec-policy checklist --organization <id> [options]

Prints the self-inspection checklist of clause 8 for one organisation: for each control the
self-inspection judges (generated from the control catalog, with the policy's parameters), the
clause, the requirement and the questions a manager answers; then the answers file to fill in.
\`infosec-policy check <answers file>\` evaluates the filled-in file.

options:
  --organization <id>                the organisation inspected (5(1)): secretariat, assembly-secretariat,
                                     audit-secretariat or election-commission
  --format markdown|html|json        output format (default markdown); html is one self-contained file
                                     that prints on A4, json prints only the answers file
  --lang ja|en                       language (default ja)
  --as-of YYYY-MM-DD                 the inspection date, printed and put in the answers file
  --policy-version <version>         pin a shipped policy version (default: the current one)
  --overlay <file>                   extend the policy with the organisation's overlay

exit: 0 printed, 64 usage error`,
    },
  },
  schema: {
    summary: {
      ja: "判定対象の種類、判定、報告、回答ファイル又はオーバーレイの JSON Schema を出力する",
      en: "print the JSON Schema of a subject kind, the decision, the audit report, the answers file or the overlay",
    },
    usage: {
      ja: `使い方: infosec-policy schema [種類]

入力又は出力の種類ごとの JSON Schema（draft 2020-12。パッケージの zod スキーマから生成する。）を出力する。
TypeScript 以外で書かれたサービスのためのものである。[種類] を省略すると、種類の一覧を表示する。判定対象の
種類は "-subject" を省いて指定してもよい（\`schema asset\` は \`schema asset-subject\` と同じ）。

種類: ${jsonSchemaNames.join("、")}

オプション:
  --format json                      出力形式（json のみ）
  --policy-version <版>              出荷済みのポリシーの版を指定する（既定は現行版）
  --overlay <ファイル>               オーバーレイを適用する。分類の段階はそのポリシーの分類体系に従う

終了コード: 0 出力した、64 使用方法の誤り（不明な種類を含む。）、65 オーバーレイの誤り`,
      en: `usage: infosec-policy schema [kind]

Prints the JSON Schema (draft 2020-12, generated from the package's zod schemas) of a kind of
input or output, for services not written in TypeScript. Without [kind], lists the kinds. A
subject kind may be named without "-subject": \`schema asset\` is \`schema asset-subject\`.

kinds: ${jsonSchemaNames.join(", ")}

options:
  --format json                      the only format
  --policy-version <version>         pin a shipped policy version (default: the current one)
  --overlay <file>                   apply an overlay; classification levels follow its scheme

exit: 0 printed, 64 usage error (including an unknown kind), 65 invalid overlay`,
    },
  },
  export: {
    summary: {
      ja: "ポリシー（oscal-catalog）又は一括判定の結果（oscal-results）を OSCAL 1.0.6 で出力する",
      en: "export the policy (oscal-catalog) or an audit (oscal-results) as OSCAL 1.0.6",
    },
    usage: {
      ja: `使い方: infosec-policy export oscal-catalog [オプション]
        infosec-policy export oscal-results <資産台帳|-> [オプション]

NIST OSCAL 1.0.6 の JSON で出力する。
  oscal-catalog    ポリシーをカタログとして出力する。項ごとにグループを、管理策ごとにコントロールを設け、
                   条項の日本語本文を statement に、英語を part に、根拠及び脅威を props に記載し、
                   条項へのリンクを付ける
  oscal-results    資産台帳の一括判定の結果を assessment-results として出力する。判定対象ごとに
                   observation を、管理策ごとに finding（satisfied 又は not-satisfied 及び理由）を設ける

UUID は全て安定した ID から（バージョン5で）導出するため、同じ入力からは、指定するタイムスタンプを除き、
同じ内容が得られる。

オプション:
  --timestamp <日時>                 last-modified、start/end 及び collected の日時（例: 2026-11-25T09:00:00+09:00）
                                     （既定は --as-of の 00:00 UTC。いずれもないときは現在時刻）
  --as-of YYYY-MM-DD                 （oscal-results）日付に基づく管理策を判定する基準日
  --lang ja|en                       （oscal-results）名称及び説明の言語（既定は ja）
  --policy-version <版>              出荷済みのポリシーの版を指定する（既定は現行版）
  --overlay <ファイル>               組織の対策基準（オーバーレイ）でポリシーを拡張する
  --ndjson                           （oscal-results）ファイル名にかかわらず NDJSON として読み込む
  --format json                      出力形式（json のみ）

終了コード: oscal-catalog は 0。oscal-results は audit と同じく、0 適合又は対象外、1 不適合、2 要確認。
64 使用方法の誤り、65 入力の誤り`,
      en: `usage: infosec-policy export oscal-catalog [options]
       infosec-policy export oscal-results <inventory|-> [options]

Exports as NIST OSCAL 1.0.6 JSON:
  oscal-catalog    the policy as a catalog: a group per section, a control per control of the
                   catalog (clause text in Japanese as the statement, English as a part;
                   provenance and threats as props; links back to the clause)
  oscal-results    the audit of an inventory as assessment-results: an observation per subject,
                   a finding per control (satisfied / not-satisfied, with the reason)

Every UUID is derived (version 5) from stable ids, so two runs on the same input give the same
bytes, apart from the timestamp, which you pass in.

options:
  --timestamp <date-time>            last-modified, start/end and collected, e.g. 2026-11-25T09:00:00+09:00
                                     (default: --as-of at 00:00 UTC; without either, the current time)
  --as-of YYYY-MM-DD                 (oscal-results) judge date-based controls as of this date
  --lang ja|en                       (oscal-results) language of titles and descriptions (default ja)
  --policy-version <version>         pin a shipped policy version (default: the current one)
  --overlay <file>                   extend the policy with the organisation's overlay
  --ndjson                           (oscal-results) read NDJSON whatever the file name
  --format json                      the only format

exit: oscal-catalog 0; oscal-results as audit: 0 compliant or not applicable, 1 non-compliant,
2 needs review; 64 usage, 65 invalid input`,
    },
  },
  serve: {
    summary: {
      ja: "判定サービス（HTTP）を起動する: TypeScript 以外で書かれたアプリケーションのため",
      en: "run the decision service (HTTP), for applications not written in TypeScript",
    },
    usage: {
      ja: `使い方: infosec-policy serve [オプション]

判定・監査・ポリシーのデータを HTTP で提供する（docs/server.md）。POST /v1/decisions、POST /v1/audits、
GET /v1/policies、/v1/controls/{id}、/v1/clauses/{ref}、/v1/schemas/{name}、/openapi.json、/healthz、
/readyz、/metrics。判定ごとに判定ログ（NDJSON）を1行出力する。状態を持たないので、台数を増やして
負荷分散できる。SIGTERM で新しい接続の受付を止め、処理中の要求を終え、ログを書き出してから終了する（0）。

オプション:
  --host <アドレス>                  待ち受けるアドレス（既定 127.0.0.1。ループバックのみ）
  --port <番号>                      待ち受けるポート（既定 8080。0 は空いているポート）
  --overlay <ファイル>               起動時に読み込む組織の対策基準（全ての版に適用する）
  --log-file <ファイル|->            判定ログ（NDJSON）の出力先（既定 -: 標準出力）
  --log-input hash|full|none         入力をログに残すか（既定 hash: SHA-256 のみ）
  --max-body <バイト>                判定の本文の上限（既定 1MiB。KiB・MiB を付けてもよい）
  --max-audit-body <バイト>          JSON 配列の監査の本文の上限（既定 64MiB）
  --max-batch <件数>                 一度に判定する対象の上限（既定 1000）
  --max-line <バイト>                NDJSON の1行の上限（既定 1MiB）
  --max-audit-subjects <件数>        一度に監査する対象の上限（既定 100000）
  --max-concurrent <件数>            同時に処理する要求の上限（超えると 429。既定 64）
  --timeout <ミリ秒>                 要求の処理時間の上限（超えると 408。既定 30000）
  --lang ja|en                       このヘルプの言語

終了コード: 0 SIGTERM 又は SIGINT で停止した、64 使用方法の誤り（ポートが使用中を含む。）、
65 オーバーレイとして不正`,
      en: `usage: infosec-policy serve [options]

Serves decisions, audits and the policy data over HTTP (docs/server.md): POST /v1/decisions,
POST /v1/audits, GET /v1/policies, /v1/controls/{id}, /v1/clauses/{ref}, /v1/schemas/{name},
/openapi.json, /healthz, /readyz, /metrics. Writes one decision log line (NDJSON) per decision.
Stateless: run more instances behind a load balancer to scale out. On SIGTERM it stops accepting
connections, finishes the requests in flight, flushes the log and exits 0.

options:
  --host <address>                   the address to listen on (default 127.0.0.1: loopback only)
  --port <number>                    the port (default 8080; 0 for any free port)
  --overlay <file>                   the organisation's overlay, loaded at start (applied to every version)
  --log-file <file|->                where the decision log (NDJSON) goes (default -: standard output)
  --log-input hash|full|none         what of each input the log keeps (default hash: its SHA-256)
  --max-body <bytes>                 largest decisions body (default 1MiB; KiB and MiB may be used)
  --max-audit-body <bytes>           largest JSON-array audit body (default 64MiB)
  --max-batch <count>                most subjects in one decisions request (default 1000)
  --max-line <bytes>                 longest NDJSON line (default 1MiB)
  --max-audit-subjects <count>       most subjects in one audit (default 100000)
  --max-concurrent <count>           most requests at once; one more gets 429 (default 64)
  --timeout <ms>                     longest time to answer a request; then 408 (default 30000)
  --lang ja|en                       language of this help

exit: 0 stopped by SIGTERM or SIGINT, 64 usage error (including a port in use), 65 invalid overlay`,
    },
  },
};

const HELP_SUMMARY: HelpText = {
  ja: "コマンドの使い方を表示する: infosec-policy help <コマンド>",
  en: "print the usage of a command: infosec-policy help <command>",
};

function commandList(l: Locale): string {
  const rows: [string, string][] = [...COMMAND_NAMES.map((name): [string, string] => [name, COMMAND_HELP[name].summary[l]]), ["help", HELP_SUMMARY[l]]];
  return rows.map(([name, summary]) => `  ${name.padEnd(11)}${summary}`).join("\n");
}

/**
 * The general usage of `infosec-policy` (`--help`, `help`, and after a usage error that concerns
 * no command), in one language.
 *
 * @param l - `ja` or `en`.
 * @returns The text, without a final line break.
 */
export function generalUsage(l: Locale): string {
  return l === "ja"
    ? `使い方: infosec-policy <コマンド> [引数] [オプション]

宮城県後期高齢者医療広域連合の情報セキュリティ基本方針をコマンドラインで扱う。

コマンド:
${commandList("ja")}

共通のオプション（コマンドに応じて使用できるもの）:
  --format <形式>              json、text、markdown 又は html
  --lang ja|en                 言語（既定は ja。ヘルプの言語も切り替える）
  --policy-version <版>        出荷済みのポリシーの版を指定する
  --overlay <ファイル>         組織の対策基準（オーバーレイ）でポリシーを拡張する
  --as-of YYYY-MM-DD           日付に基づく管理策を判定する基準日
  -h, --help                   使い方を表示する。-V, --version  パッケージの版を表示する

終了コード:
  0   適合若しくは対象外（又は判定するものがない）
  1   不適合
  2   要確認
  64  使用方法の誤り（不明なコマンド若しくはオプション、不正な値、ファイルがない、不明な ID 等）
  65  入力の誤り（JSON として不正、判定対象又はオーバーレイとして不正。全ての誤りを表示する。）`
    : `usage: infosec-policy <command> [arguments] [options]

The information security basic policy of 宮城県後期高齢者医療広域連合 on the command line.

commands:
${commandList("en")}

common options (where they make sense):
  --format <f>                 json, text, markdown or html
  --lang ja|en                 language (default ja; also of this help)
  --policy-version <version>   pin a shipped policy version
  --overlay <file>             extend the policy with the organisation's overlay
  --as-of YYYY-MM-DD           judge date-based controls as of this date
  -h, --help                   usage;  -V, --version  the package version

exit codes:
  0   compliant or not applicable (or nothing to judge)
  1   non-compliant
  2   needs review
  64  usage error (unknown command or option, bad value, missing file, unknown id)
  65  invalid input (not valid JSON, not a valid subject or overlay; every problem is listed)`;
}
