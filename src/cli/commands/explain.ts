import type { Control } from "../../controls/control.js";
import { controlsCountering } from "../../controls/threat-matrix.js";
import { controlsForClause, getControl } from "../../controls/find-control.js";
import { UnknownNameError } from "../../definitions/unknown-name-error.js";
import type { Clause } from "../../definitions/clause.js";
import { describeBasis } from "../../definitions/guideline-basis-text.js";
import { childClauses, findClause, getClause } from "../../definitions/find-clause.js";
import type { Locale } from "../../definitions/localized-text.js";
import type { Threat } from "../../definitions/threat.js";
import type { ThreatRef } from "../../definitions/vocabulary.js";
import type { Policy } from "../../policy/policy.js";
import { escapeMarkdown, escapeTerminal } from "../../report/escape-text.js";
import { displayWidth } from "../../report/display-width.js";
import { gloss, type GlossaryId } from "../../definitions/glossary.js";
import { KIND_LABELS, PROVENANCE_LABELS } from "../../report/report-strings.js";
import { usageError } from "../cli-error.js";
import type { Command } from "../command.js";
import { COMMAND_HELP } from "../help.js";
import { clauseLines, controlJson, threatName, WORDS as W } from "../describe.js";
import { EXIT } from "../exit-codes.js";
import { expectArguments, formatOption, localeOption, policyOption } from "../options.js";

/** A block of the explanation: an optional heading and its lines. */
interface Block {
  readonly heading?: string;
  readonly lines: readonly string[];
}

function render(title: string, blocks: readonly Block[], markdown: boolean): string {
  if (markdown) {
    const e = escapeMarkdown;
    return `# ${e(title)}\n\n${blocks.map((block) => `${block.heading === undefined ? "" : `## ${e(block.heading)}\n\n`}${block.lines.map((line) => (line.startsWith("- ") ? `- ${e(line.slice(2))}` : e(line))).join("\n")}\n`).join("\n")}`;
  }
  // Each line may hold an overlay's text: shown, not run (a line break in it stays on its line).
  const t = escapeTerminal;
  const underline = "=".repeat(Math.min(72, Math.max(8, displayWidth(title))));
  const body = blocks.map((block) => `${block.heading === undefined ? "" : `${t(block.heading)}:\n`}${block.lines.map((line) => (block.heading === undefined || line === "" ? t(line) : `  ${t(line)}`)).join("\n")}\n`);
  return `${t(title)}\n${underline}\n${body.join("\n")}`;
}

/** A clause's heading, or the start of its text. */
function snippet(clause: Clause, l: Locale): string {
  if (clause.heading !== undefined) return clause.heading[l];
  const text = [...(clause.paragraphs[0]?.[l] ?? "")];
  return text.length > 40 ? `${text.slice(0, 40).join("")}…` : text.join("");
}

function clauseBlock(clause: Clause, l: Locale): Block {
  const lines = clauseLines(clause, l);
  if (l === "en") lines.push("", `${W.original.en}:`, ...clauseLines(clause, "ja"));
  return { heading: `${W.text[l]} ${clause.ref}`, lines };
}

/** A parameter's unit in a language: the glossary's word for a unit it knows, else the unit as declared. */
function unitLabel(unit: string, l: Locale): string {
  const id = `unit.${unit}`;
  return id in UNIT_IDS ? gloss(id as GlossaryId)[l] : unit;
}

const UNIT_IDS: Readonly<Record<string, true>> = { "unit.months": true, "unit.fiscal-years": true };

/** The heading of a guideline default's basis. */
const BASIS_HEADING = { ja: "ガイドライン上の根拠", en: "Basis in the guideline" } as const;

function parameterLines(policy: Policy, control: Control, l: Locale): string[] {
  return Object.entries(control.parameters).flatMap(([name, spec]) => {
    const value = policy.parameters[control.id]?.[name] ?? spec.default;
    const stricter = spec.stricter === "lower" ? W.lowerIsStricter[l] : W.higherIsStricter[l];
    const line = l === "ja"
      ? `- ${name} = ${value} ${unitLabel(spec.unit, l)}（${W.default[l]} ${spec.default}、${stricter}）— ${spec.description[l]}`
      : `- ${name} = ${value} ${unitLabel(spec.unit, l)} (${W.default[l]} ${spec.default}; ${stricter}) — ${spec.description[l]}`;
    const basis = spec.basis === undefined ? [] : [`  ${BASIS_HEADING[l]}: ${spec.basis.confidence}, ${spec.basis.edition}${spec.basis.note === undefined ? "" : ` — ${spec.basis.note[l]}`}`];
    return [line, ...basis];
  });
}

function controlLine(policy: Policy, control: Control, l: Locale): string {
  const parameters = Object.keys(control.parameters).map((name) => `${name}=${policy.parameters[control.id]?.[name] ?? control.parameters[name]?.default}`);
  return `- ${control.clause} ${control.id} [${PROVENANCE_LABELS[control.provenance][l]}] ${control.title[l]}${parameters.length === 0 ? "" : ` (${parameters.join(", ")})`}${control.threats.length === 0 ? "" : ` — ${control.threats.join(", ")}`}`;
}

function explainControl(policy: Policy, control: Control, l: Locale): { title: string; blocks: Block[]; json: unknown } {
  const clause = getClause(control.clause);
  const facts = [
    `${W.clause[l]}: ${control.clause}`,
    // In Japanese, words only; in English the ids follow, as they are written in subjects and overlays.
    l === "ja" ? `${W.provenance.ja}: ${PROVENANCE_LABELS[control.provenance].ja}` : `${W.provenance.en}: ${PROVENANCE_LABELS[control.provenance].en} (${control.provenance})`,
    l === "ja" ? `${W.category.ja}: ${gloss(`category.${control.category}`).ja}` : `${W.category.en}: ${gloss(`category.${control.category}`).en} (${control.category})`,
    `${W.exception[l]}: ${control.admitsException ? W.admits[l] : W.notAdmitted[l]}`,
    l === "ja"
      ? `${W.appliesTo.ja}: ${(Object.keys(control.checks) as (keyof typeof KIND_LABELS)[]).map((kind) => KIND_LABELS[kind].ja).join("、")}${control.gate ? `（${W.scopeGate.ja}）` : ""}`
      : `${W.appliesTo.en}: ${Object.keys(control.checks).join(", ")}${control.gate ? ` (${W.scopeGate.en})` : ""}`,
  ];
  const blocks: Block[] = [
    { lines: facts },
    clauseBlock(clause, l),
    { heading: W.requirement[l], lines: [control.requirement[l]] },
  ];
  if (control.basis !== undefined) blocks.push({ heading: BASIS_HEADING[l], lines: describeBasis(control.basis, l).map((line) => `- ${line}`) });
  blocks.push({ heading: W.remediation[l], lines: [control.remediation[l]] });
  const parameters = parameterLines(policy, control, l);
  if (parameters.length > 0) blocks.push({ heading: W.parameters[l], lines: parameters });
  blocks.push({ heading: W.threats[l], lines: control.threats.length === 0 ? [W.none[l]] : control.threats.map((ref) => `- ${threatName(policy, ref, l)}`) });
  return {
    title: `${control.id}: ${control.title[l]}`,
    blocks,
    json: { type: "control", control: controlJson(policy, control), clause, threats: control.threats.map((ref) => ({ id: ref, name: threatName(policy, ref, l) })) },
  };
}

function explainClause(policy: Policy, clause: Clause, l: Locale): { title: string; blocks: Block[]; json: unknown } {
  const controls = controlsForClause(clause.ref, policy.controls);
  const children = childClauses(clause.ref);
  const blocks: Block[] = [clauseBlock(clause, l)];
  if (children.length > 0) blocks.push({ heading: W.subClauses[l], lines: children.map((child) => `- ${child.ref} ${snippet(child, l)}`) });
  blocks.push({ heading: W.controls[l], lines: controls.length === 0 ? [W.none[l]] : controls.map((control) => controlLine(policy, control, l)) });
  return {
    title: `${clause.ref}${clause.heading === undefined ? "" : ` ${clause.heading[l]}`}`,
    blocks,
    json: { type: "clause", clause, children: children.map((child) => child.ref), controls: controls.map((control) => controlJson(policy, control)) },
  };
}

function explainThreat(policy: Policy, threat: Threat, ref: ThreatRef, l: Locale): { title: string; blocks: Block[]; json: unknown } {
  const controls = controlsCountering(ref, policy.controls);
  const example = threat.examples.find((candidate) => candidate.id === ref);
  const blocks: Block[] = [clauseBlock(getClause(threat.clause), l)];
  if (example === undefined) blocks.push({ heading: W.examples[l], lines: threat.examples.map((each) => `- ${each.id} ${each.name[l]}`) });
  blocks.push({ heading: W.counteredBy[l], lines: controls.length === 0 ? [W.none[l]] : controls.map((control) => controlLine(policy, control, l)) });
  return {
    title: threatName(policy, ref, l),
    blocks,
    json: { type: "threat", threat, ...(example === undefined ? {} : { example }), controls: controls.map((control) => controlJson(policy, control)) },
  };
}

function findThreat(policy: Policy, ref: string): { threat: Threat; ref: ThreatRef } | undefined {
  for (const threat of policy.threats) {
    if (threat.id === ref) return { threat, ref: threat.id };
    const example = threat.examples.find((candidate) => candidate.id === ref);
    if (example !== undefined) return { threat, ref: example.id };
  }
  return undefined;
}

/** `infosec-policy explain`. */
export const explainCommand: Command = {
  name: "explain",
  help: COMMAND_HELP.explain,
  options: ["format", "lang", "policy-version", "overlay"],
  async run({ usage, args, values, out }) {
    expectArguments(args, ["control-id|clause-ref|threat"], usage);
    const format = formatOption(values, ["text", "json", "markdown"], usage);
    const l = localeOption(values, usage);
    const policy = await policyOption(values, usage);
    const wanted = (args[0] as string).trim();
    const control = policy.controls.find((candidate) => candidate.id === wanted);
    const clause = control === undefined ? findClause(wanted) : undefined;
    const threat = control === undefined && clause === undefined ? findThreat(policy, wanted.normalize("NFKC").toUpperCase()) : undefined;
    const explained =
      control !== undefined
        ? explainControl(policy, control, l)
        : clause !== undefined
          ? explainClause(policy, clause, l)
          : threat !== undefined
            ? explainThreat(policy, threat.threat, threat.ref, l)
            : undefined;
    if (explained === undefined) throw unknown(policy, wanted);
    await out.write(format === "json" ? `${JSON.stringify(explained.json, null, 2)}\n` : render(explained.title, explained.blocks, format === "markdown"));
    return EXIT.OK;
  },
};

function unknown(policy: Policy, wanted: string): Error {
  const looksLikeClause = /^[0-9０-９]/.test(wanted);
  let message = `no control, clause or threat ${JSON.stringify(wanted)}`;
  try {
    if (looksLikeClause) getClause(wanted);
    else getControl(wanted, policy.controls);
  } catch (error) {
    if (error instanceof UnknownNameError && (error.kind === "clause" || error.kind === "control")) {
      message += `; closest ${looksLikeClause ? "clauses" : "controls"}: ${error.suggestions.join(", ")}`;
    }
  }
  return usageError(message, "see `infosec-policy controls` and `infosec-policy clauses` for every id and reference");
}
