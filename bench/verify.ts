/**
 * Equivalence check, run before any timing: every scenario goes through every engine, and each
 * engine's allow/deny must equal our decision projected the same way:
 *
 *   outcome `compliant` → allow; `non-compliant`, `needs-review`, `not-applicable` → deny.
 *
 * Where an engine also says why, that is checked too: Cedar's determining `forbid` policies and
 * json-rules-engine's fired events must be exactly the controls our decision found `fail` or
 * `manual` (for a subject in scope), and casl's deciding `cannot` rule must name one of them.
 */
import type { Engine } from "json-rules-engine";
import type { MongoAbility, MongoQuery } from "@casl/ability";
import type { Decision } from "../src/decision/decision.js";
import { cedarPlain, cedarStateful } from "./engines/cedar.js";
import { rulesEngineDecide } from "./engines/json-rules-engine.js";
import type { OurEngine } from "./load-engine.js";
import type { ActionSubject } from "./scenarios.js";

/** Agreement of one engine with ours. */
export interface Agreement {
  readonly engine: string;
  readonly checked: number;
  readonly agreed: number;
  /** How many reason sets were compared, and how many matched. */
  readonly reasonsChecked: number;
  readonly reasonsAgreed: number;
  readonly examples: readonly string[];
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
};

/** The controls our decision found `fail` or `manual`. */
export const blocking = (decision: Decision): string[] =>
  decision.findings.filter((finding) => finding.status === "fail" || finding.status === "manual").map((finding) => finding.control);

class Tally {
  checked = 0;
  agreed = 0;
  reasonsChecked = 0;
  reasonsAgreed = 0;
  examples: string[] = [];
  constructor(readonly engine: string) {}
  allow(subject: ActionSubject, ours: Decision, theirs: boolean): void {
    this.checked++;
    if ((ours.outcome === "compliant") === theirs) this.agreed++;
    else this.example(`${JSON.stringify(subject)} → ours ${ours.outcome} [${blocking(ours).join(", ")}], ${this.engine} ${theirs ? "allow" : "deny"}`);
  }
  reasons(subject: ActionSubject, ours: Decision, agree: boolean, theirs: readonly string[]): void {
    this.reasonsChecked++;
    if (agree) this.reasonsAgreed++;
    else this.example(`${JSON.stringify(subject)} → ours [${blocking(ours).join(", ")}], ${this.engine} reasons [${theirs.join(", ")}]`);
  }
  private example(text: string): void {
    if (this.examples.length < 5) this.examples.push(text);
  }
  result(): Agreement {
    return { engine: this.engine, checked: this.checked, agreed: this.agreed, reasonsChecked: this.reasonsChecked, reasonsAgreed: this.reasonsAgreed, examples: this.examples };
  }
}

/**
 * Runs every scenario through every engine and compares.
 *
 * @returns One agreement per engine.
 */
export async function verifyEquivalence(
  ours: OurEngine,
  mix: readonly ActionSubject[],
  casl: MongoAbility<[string, string], MongoQuery>,
  rulesEngine: Engine,
  plainCedarEvery = 1,
): Promise<Agreement[]> {
  const cedarS = new Tally("cedar-wasm statefulIsAuthorized");
  const cedarP = new Tally("cedar-wasm isAuthorized");
  const caslT = new Tally("@casl/ability");
  const jre = new Tally("json-rules-engine");
  for (let i = 0; i < mix.length; i++) {
    const subject = mix[i] as ActionSubject;
    const decision = ours.evaluate(subject);
    const inScope = decision.outcome !== "not-applicable";
    const expected = blocking(decision);

    const stateful = cedarStateful(subject);
    cedarS.allow(subject, decision, stateful.allow);
    if (stateful.errors > 0) cedarS.reasons(subject, decision, false, [`${stateful.errors} evaluation error(s)`]);
    if (inScope) {
      const controls = stateful.reasons.filter((id) => id !== "scope-organization").map((id) => id.slice(id.indexOf(":") + 1));
      cedarS.reasons(subject, decision, sameSet(controls, expected), stateful.reasons);
    }
    if (i % plainCedarEvery === 0) {
      const plain = cedarPlain(subject);
      cedarP.allow(subject, decision, plain.allow);
      if (inScope) {
        const controls = plain.reasons.filter((id) => id !== "scope-organization").map((id) => id.slice(id.indexOf(":") + 1));
        cedarP.reasons(subject, decision, sameSet(controls, expected), plain.reasons);
      }
    }

    const can = casl.can("perform", subject as never);
    caslT.allow(subject, decision, can);
    if (!can && inScope) {
      const reason = casl.relevantRuleFor("perform", subject as never)?.reason ?? "(no rule)";
      caslT.reasons(subject, decision, expected.includes(reason), [reason]);
    }

    const fired = await rulesEngineDecide(rulesEngine, subject);
    jre.allow(subject, decision, fired.allow);
    if (inScope) jre.reasons(subject, decision, sameSet(fired.controls, expected), fired.controls);
  }
  return [cedarS.result(), cedarP.result(), caslT.result(), jre.result()];
}
