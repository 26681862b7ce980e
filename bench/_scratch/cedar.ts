import * as cedar from "@cedar-policy/cedar-wasm/nodejs";
console.log(cedar.getCedarVersion(), typeof cedar.statefulIsAuthorized);
const policies = {
  "scope": `permit (principal, action, resource) when { !(context has organization) || ["secretariat","assembly-secretariat"].contains(context.organization) };`,
  "sign-in:mfa": `forbid (principal, action == Action::"sign-in", resource) when { context.zone == "mynumber" && !(context has factors && (context.factors.containsAll(["knowledge","possession"]) || context.factors.containsAll(["knowledge","inherence"]) || context.factors.containsAll(["possession","inherence"]))) };`,
  "sign-in:auth": `forbid (principal, action == Action::"sign-in", resource) when { !(context has factors) || (context.factors.isEmpty() && !(context has exception && context.exception.approverRole == "ciso" && (!(context.exception has controls) || context.exception.controls.contains("sign-in-authentication")))) };`,
};
console.log(cedar.preparsePolicySet("p", { staticPolicies: policies }));
const call = (context: any) => ({ principal: { type: "User", id: "u" }, action: { type: "Action", id: "sign-in" }, resource: { type: "Subject", id: "s" }, context, entities: [] });
for (const ctx of [{ kind: "sign-in", zone: "mynumber", factors: ["knowledge"] }, { kind: "sign-in", zone: "mynumber", factors: ["knowledge", "possession"] }, { kind: "sign-in", zone: "lgwan", factors: [] }, { kind: "sign-in", zone: "lgwan", factors: [], exception: { reference: "x", approverRole: "ciso" } }, { kind: "sign-in", zone: "lgwan", organization: "zzz", factors: ["knowledge"] }]) {
  const r = cedar.statefulIsAuthorized({ ...call(ctx), preparsedPolicySetId: "p" });
  console.log(JSON.stringify(ctx), JSON.stringify(r));
  const r2 = cedar.isAuthorized({ ...call(ctx), policies: { staticPolicies: policies } });
  console.log(JSON.stringify(r2));
}
