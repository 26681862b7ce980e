// The messages between the page (main.ts) and the engine in its Web Worker (worker.ts). Types only.
import type { AuditReportHead, Decision, Locale, Outcome, PolicyRef } from "@miyagi-kouiki/infosec-policy";
import type { ColumnMapping, Preview, RegisterFormat } from "./register-io.js";

/** The outcomes as small integers, for compact per-subject columns. */
export const OUTCOME_CODES: readonly Outcome[] = ["non-compliant", "needs-review", "compliant", "not-applicable"];

/** What the page asks of the worker. Each request carries an id its reply echoes. */
export type Request =
  | { readonly kind: "init" }
  | { readonly kind: "policy"; readonly version: string; readonly overlay?: string; readonly overlayName?: string }
  | { readonly kind: "preview"; readonly bytes: Uint8Array; readonly fileName: string; readonly format: RegisterFormat }
  | { readonly kind: "load"; readonly bytes: Uint8Array; readonly fileName: string; readonly format: RegisterFormat; readonly mapping?: ColumnMapping; readonly locale: Locale }
  | { readonly kind: "audit"; readonly asOf?: string; readonly locale: Locale }
  | { readonly kind: "cancel" }
  | { readonly kind: "subject"; readonly index: number; readonly locale: Locale }
  | { readonly kind: "export"; readonly format: ExportFormat; readonly generatedAt?: string; readonly timestamp?: string; readonly locale: Locale; readonly print?: boolean }
  | { readonly kind: "check"; readonly subject: unknown; readonly asOf?: string; readonly locale: Locale }
  | { readonly kind: "checklist"; readonly answers: unknown; readonly locale: Locale; readonly format?: "xlsx" }
  | { readonly kind: "answers"; readonly bytes: Uint8Array; readonly fileName: string; readonly locale: Locale };

/** The export formats. */
export type ExportFormat = "html" | "markdown" | "oscal" | "xlsx" | "json";

/** A problem with its place, for lists of errors. */
export interface Issue {
  readonly at: string;
  readonly message: string;
}

/** What init returns: everything the forms need, from the library. */
export interface InitReply {
  readonly policies: readonly { readonly version: string; readonly title: string; readonly effectiveDate: string }[];
  readonly current: string;
  readonly kinds: readonly string[];
  readonly schemas: Readonly<Record<string, unknown>>;
  readonly organizations: readonly { readonly id: string; readonly name: { readonly ja: string; readonly en: string } }[];
  readonly checklist: {
    readonly questions: readonly { readonly id: string; readonly answer: "yes-no" | "date" | "staff-categories"; readonly text: { readonly ja: string; readonly en: string } }[];
    readonly sections: readonly { readonly control: string; readonly title: { readonly ja: string; readonly en: string }; readonly clause: string; readonly questions: readonly string[] }[];
    readonly staffCategories: readonly { readonly id: string; readonly label: { readonly ja: string; readonly en: string } }[];
  };
  readonly provenance: Readonly<Record<string, { readonly ja: string; readonly en: string }>>;
  readonly spreadsheet: boolean;
}

/** The result of an audit: the report's head and a compact row per subject. */
export interface AuditReply {
  readonly head: AuditReportHead;
  readonly policy: PolicyRef;
  readonly rows: SubjectRows;
  readonly millis: number;
}

/**
 * One column per fact, one entry per subject (in file order). Kinds, organisations and zones are
 * codes into their lists, so that 100,000 subjects cross from the worker as a few typed arrays.
 */
export interface SubjectRows {
  readonly label: readonly string[];
  readonly kinds: readonly string[];
  readonly kind: Uint8Array;
  readonly organizations: readonly string[];
  readonly organization: Uint32Array;
  readonly zones: readonly string[];
  readonly zone: Uint8Array;
  readonly outcome: Uint8Array;
  readonly fail: Uint16Array;
  readonly manual: Uint16Array;
}

/** A subject's kind, organisation (empty: none stated) and zone (empty: none) from the coded columns. */
export function factsOf(rows: SubjectRows, index: number): { kind: string; organization: string; zone: string } {
  return { kind: rows.kinds[rows.kind[index] as number] as string, organization: rows.organizations[rows.organization[index] as number] as string, zone: rows.zones[rows.zone[index] as number] as string };
}

/** Builds coded columns: `code(value)` gives each distinct value its number, in order of appearance. */
export function coder(): { readonly values: string[]; code(value: string): number } {
  const values: string[] = [];
  const codes = new Map<string, number>();
  return {
    values,
    code(value) {
      let code = codes.get(value);
      if (code === undefined) {
        code = values.length;
        values.push(value);
        codes.set(value, code);
      }
      return code;
    },
  };
}

/** One subject in full. */
export interface SubjectDetail {
  readonly index: number;
  readonly subject: unknown;
  readonly decision: Decision;
  readonly clauses: Readonly<Record<string, { readonly ja: string; readonly en: string }>>;
}

/** What a policy request returns. */
export type PolicyReply =
  | { readonly ok: true; readonly policy: string; readonly overlay?: string; readonly diff?: { readonly ja: string; readonly en: string }; readonly changes?: number }
  | { readonly ok: false; readonly errors: readonly Issue[] };

/** A file to download. */
export interface FileReply {
  readonly name: string;
  readonly mime: string;
  readonly text?: string;
  readonly bytes?: Uint8Array;
}

/** What the worker says back. */
export type Reply =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string; readonly code?: string; readonly issues?: readonly Issue[] }
  | { readonly id: number; readonly progress: { readonly done: number; readonly total: number } };

export type { Preview };
