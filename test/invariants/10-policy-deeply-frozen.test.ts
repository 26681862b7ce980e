/**
 * Invariant 10: "Policy data is deeply frozen: no consumer can change the policy at run time."
 * Every object, array and function reachable from `policy` and from every element of `policies`
 * (through own properties, data or accessor, string- or symbol-keyed) is frozen, and assigning,
 * adding, deleting, pushing or redefining anywhere throws a TypeError (ES modules run in strict
 * mode).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, policies, policy, type Policy } from "../../src/index.js";
import { subjectArbitrary } from "../arbitraries/subjects.js";
import { RUNS } from "./support.js";

type Node = { readonly path: string; readonly value: object };

/** Every object, array and function reachable from `root` through own properties, once each (iterative walk). */
function reachable(root: object, rootName: string): Node[] {
  const seen = new Set<object>();
  const nodes: Node[] = [];
  const stack: Node[] = [{ path: rootName, value: root }];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (seen.has(node.value)) continue;
    seen.add(node.value);
    nodes.push(node);
    for (const key of Reflect.ownKeys(node.value)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(node.value, key);
      if (descriptor === undefined) continue;
      const name = `${node.path}[${typeof key === "symbol" ? key.toString() : JSON.stringify(key)}]`;
      for (const child of [descriptor.value, descriptor.get, descriptor.set]) {
        if (child !== null && (typeof child === "object" || typeof child === "function")) stack.push({ path: name, value: child as object });
      }
    }
  }
  return nodes;
}

const roots: readonly [string, object][] = [
  ["policy", policy],
  ["policies", policies],
  ...policies.map((each, i): [string, object] => [`policies[${i}]`, each]),
];

/** Runs `mutate` and says whether it threw a TypeError. */
function throwsTypeError(mutate: () => unknown): boolean {
  try {
    mutate();
    return false;
  } catch (error) {
    return error instanceof TypeError;
  }
}

describe("Invariant 10: policy data is deeply frozen: no consumer can change the policy at run time", () => {
  it.each(roots)("every object, array and function reachable from %s is frozen", (name, root) => {
    const nodes = reachable(root, name);
    const notFrozen = nodes.filter((node) => !Object.isFrozen(node.value)).map((node) => node.path);
    expect(notFrozen).toEqual([]);
    // The walk really goes everywhere: clauses, controls, their checks and verdicts.
    expect(nodes.length).toBeGreaterThan(500);
    expect(nodes.some((node) => typeof node.value === "function")).toBe(true);
  });

  it("reaches the controls' checks and verdict message functions, and they are frozen too", () => {
    for (const each of policy.controls) {
      for (const check of Object.values(each.checks)) expect(Object.isFrozen(check), each.id).toBe(true);
      for (const verdict of each.verdicts) {
        expect(Object.isFrozen(verdict)).toBe(true);
        if (typeof verdict.message === "function") expect(Object.isFrozen(verdict.message)).toBe(true);
      }
    }
  });

  it("assigning, adding, deleting, pushing and redefining throw TypeError at the top", () => {
    const mutable = policy as unknown as Record<string, unknown> & { controls: unknown[]; clauses: unknown[] };
    expect(throwsTypeError(() => (mutable["version"] = "9.9.9"))).toBe(true);
    expect(throwsTypeError(() => (mutable["extra"] = 1))).toBe(true);
    expect(throwsTypeError(() => delete (policy as unknown as Record<string, unknown>)["controls"])).toBe(true);
    expect(throwsTypeError(() => mutable.controls.push({}))).toBe(true);
    expect(throwsTypeError(() => mutable.controls.pop())).toBe(true);
    expect(throwsTypeError(() => mutable.controls.splice(0, 1))).toBe(true);
    expect(throwsTypeError(() => mutable.clauses.sort())).toBe(true);
    expect(throwsTypeError(() => (mutable.controls.length = 0))).toBe(true);
    expect(throwsTypeError(() => Object.defineProperty(policy, "id", { value: "x" }))).toBe(true);
    expect(throwsTypeError(() => Object.setPrototypeOf(policy, null))).toBe(true);
    expect(throwsTypeError(() => ((policies as unknown as unknown[])[0] = {}))).toBe(true);
    expect(throwsTypeError(() => (policies as unknown as unknown[]).push({}))).toBe(true);
    expect(policy.version).not.toBe("9.9.9");
  });

  it("assigning, adding and deleting throw TypeError at every reachable object and array (fast-check over the nodes)", () => {
    const nodes = roots.flatMap(([name, root]) => reachable(root, name));
    fc.assert(
      fc.property(fc.constantFrom(...nodes), fc.string({ maxLength: 10 }), (node, key) => {
        const target = node.value as Record<string, unknown>;
        const keys = Reflect.ownKeys(target).filter((k): k is string => typeof k === "string");
        expect(throwsTypeError(() => (target[`new:${key}`] = 1)), `${node.path} add`).toBe(true);
        const existing = keys.find((k) => Reflect.getOwnPropertyDescriptor(target, k)?.configurable === false && "value" in (Reflect.getOwnPropertyDescriptor(target, k) ?? {}));
        if (existing !== undefined) {
          expect(throwsTypeError(() => (target[existing] = "changed")), `${node.path}.${existing} assign`).toBe(true);
          expect(throwsTypeError(() => delete target[existing]), `${node.path}.${existing} delete`).toBe(true);
        }
        if (Array.isArray(target)) expect(throwsTypeError(() => (target as unknown[]).push(1))).toBe(true);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it("a decision cannot be used to reach in and change the policy: findings are frozen", () => {
    fc.assert(
      fc.property(subjectArbitrary, (subject) => {
        const decision = evaluate(subject);
        expect(Object.isFrozen(decision.policy)).toBe(true);
        for (const finding of decision.findings) {
          // A finding is a shared, frozen object; one an exception made is a fresh object, whose parts are shared and frozen.
          if (finding.exception === undefined) expect(Object.isFrozen(finding)).toBe(true);
          expect(Object.isFrozen(finding.message)).toBe(true);
          expect(Object.isFrozen(finding.threats)).toBe(true);
          expect(Object.isFrozen(finding.title)).toBe(true);
          if (finding.remediation !== undefined) expect(Object.isFrozen(finding.remediation)).toBe(true);
        }
      }),
      { numRuns: RUNS.normal },
    );
  });

  it("every shipped policy is a Policy with id and semver version, and `policy` is one of `policies`", () => {
    expect(policies).toContain(policy);
    for (const each of policies as readonly Policy[]) expect(each.version).toMatch(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/);
  });
});
