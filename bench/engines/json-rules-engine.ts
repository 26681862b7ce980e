/**
 * The action-mix rules for `json-rules-engine`: one rule per kind and control whose event
 * (`{ type: "violation", params: { control } }`) fires when that control would fail without an
 * effective exception or lacks a fact it needs, plus one rule for the scope of 5(1). A subject is
 * allowed when no event fires.
 *
 * The subject's top-level fields are the facts (`allowUndefinedFacts`, so that a missing fact reads
 * as `undefined`); nested fields are read with the engine's default JSONPath resolver. The engine
 * has no operator for "fact is missing" or "number of distinct items", so three small custom
 * operators are added (`absent`, `present`, `distinctBelow`). `run` is asynchronous: one Promise
 * chain per decision.
 */
import { Engine, type NestedCondition, type RuleProperties, type TopLevelCondition } from "json-rules-engine";
import type { ActionKind, ActionSubject } from "../scenarios.js";
import { CONFIDENTIAL_FROM, IN_SCOPE_ORGANIZATIONS } from "./rules.js";

const absent = (fact: string, path?: string): NestedCondition =>
  path === undefined ? { fact, operator: "absent", value: true } : { fact, path, operator: "absent", value: true };
const present = (fact: string, path?: string): NestedCondition =>
  path === undefined ? { fact, operator: "present", value: true } : { fact, path, operator: "present", value: true };
const is = (fact: string, value: unknown): NestedCondition => ({ fact, operator: "equal", value });
const kindIs = (kind: ActionKind): NestedCondition => is("kind", kind);

/**
 * An exception does not cover `control`: always true here. The benchmark evaluates without
 * `asOf`, so no exception's period can be judged and none turns a fail into a pass.
 */
const notExcepted = (_control: string): NestedCondition => present("kind");

/** A yes/no fact that is required: missing (manual), or `false` without an exception (fail). */
const required = (fact: string, control: string): NestedCondition => ({
  any: [absent(fact), { all: [is(fact, false), notExcepted(control)] }],
});

const confidential: NestedCondition = {
  fact: "classification",
  path: "$.confidentiality",
  operator: "greaterThanInclusive",
  value: CONFIDENTIAL_FROM,
};

const violation = (kind: ActionKind, control: string, conditions: NestedCondition[]): RuleProperties => ({
  name: `${kind}:${control}`,
  conditions: { all: [kindIs(kind), ...conditions] } as TopLevelCondition,
  event: { type: "violation", params: { control } },
});

/** The rules. */
export const JSON_RULES: readonly RuleProperties[] = [
  {
    name: "scope-organization",
    conditions: { all: [present("organization"), { fact: "organization", operator: "notIn", value: [...IN_SCOPE_ORGANIZATIONS] }] },
    event: { type: "violation", params: { control: "scope-organization" } },
  },
  violation("transfer", "confidential-encryption", [
    {
      any: [
        absent("classification"),
        {
          all: [
            confidential,
            {
              any: [
                // within one zone, channel not stated: manual
                { all: [{ fact: "from", operator: "equal", value: { fact: "to" } }, absent("channel")] },
                // between zones, or by email or removable media: must be encrypted
                {
                  all: [
                    {
                      not: {
                        all: [
                          { fact: "from", operator: "equal", value: { fact: "to" } },
                          { any: [absent("channel"), { fact: "channel", operator: "in", value: ["network", "screen-transfer"] }] },
                        ],
                      },
                    },
                    required("encrypted", "confidential-encryption"),
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ]),
  violation("transfer", "internet-sanitization", [
    is("from", "internet"),
    { fact: "to", operator: "notEqual", value: "internet" },
    { fact: "channel", operator: "notEqual", value: "screen-transfer" },
    required("sanitized", "internet-sanitization"),
  ]),
  violation("transfer", "mynumber-isolation", [
    { any: [is("from", "mynumber"), is("to", "mynumber")] },
    { fact: "from", operator: "notEqual", value: { fact: "to" } },
    notExcepted("mynumber-isolation"),
  ]),
  violation("transfer", "mynumber-no-carry-out", [is("from", "mynumber"), { any: [absent("channel"), is("channel", "removable-media")] }]),
  violation("transfer", "mynumber-internet-separation", [
    { any: [{ all: [is("from", "mynumber"), is("to", "internet")] }, { all: [is("from", "internet"), is("to", "mynumber")] }] },
  ]),
  violation("carry-out", "confidential-carry-out-approval", [
    { any: [absent("classification"), { all: [confidential, required("approved", "confidential-carry-out-approval")] }] },
  ]),
  violation("carry-out", "confidential-encryption", [
    { any: [absent("classification"), { all: [confidential, required("encrypted", "confidential-encryption")] }] },
  ]),
  violation("carry-out", "mynumber-no-carry-out", [
    { any: [absent("zone"), { all: [is("zone", "mynumber"), { any: [absent("fromTerminal"), is("fromTerminal", true)] }] }] },
  ]),
  violation("sign-in", "mynumber-multi-factor", [
    is("zone", "mynumber"),
    { any: [absent("factors"), { fact: "factors", operator: "distinctBelow", value: 2 }] },
  ]),
  violation("sign-in", "mynumber-sign-in-person", [
    is("zone", "mynumber"),
    { any: [absent("person"), { fact: "person", operator: "in", value: ["contractor", "outsider"] }] },
  ]),
  violation("sign-in", "sign-in-authentication", [
    { any: [absent("factors"), { all: [{ fact: "factors", operator: "distinctBelow", value: 1 }, notExcepted("sign-in-authentication")] }] },
  ]),
  violation("software-use", "approved-software-only", [required("approved", "approved-software-only")]),
  violation("access", "access-control", [{ any: [absent("authorized"), is("authorized", false)] }]),
  violation("access", "outsider-confidential-access", [
    is("person", "outsider"),
    { any: [absent("classification"), { all: [confidential, required("authorized", "outsider-confidential-access")] }] },
  ]),
];

/** A configured engine with the rules and the custom operators. */
export function createRulesEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator("absent", (factValue: unknown) => factValue === undefined);
  engine.addOperator("present", (factValue: unknown) => factValue !== undefined);
  engine.addOperator<unknown[], number>("distinctBelow", (factValue, count) => new Set(factValue).size < count);
  for (const rule of JSON_RULES) engine.addRule(rule);
  return engine;
}

/** The engine's answer: allow/deny and the controls whose events fired. */
export async function rulesEngineDecide(engine: Engine, subject: ActionSubject): Promise<{ allow: boolean; controls: string[] }> {
  const { events } = await engine.run(subject as unknown as Record<string, unknown>);
  return { allow: events.length === 0, controls: events.map((event) => String(event.params?.["control"])) };
}
