import { createMongoAbility } from "@casl/ability";
const a = createMongoAbility([
  { action: "act", subject: "t", conditions: { organization: { $exists: false } } },
  { action: "act", subject: "t", inverted: true, conditions: { factors: { $exists: true, $nin: ["possession", "inherence"] } }, reason: "only-knowledge" },
  { action: "act", subject: "t", inverted: true, conditions: { "exception.controls": { $exists: true, $nin: ["X"] } }, reason: "exc-not-covering" },
  { action: "act", subject: "t", inverted: true, conditions: { "exception.approverRole": { $ne: "ciso" }, bad: true }, reason: "ne" },
  { action: "act", subject: "t", inverted: true, conditions: { empty: { $size: 0 } }, reason: "empty" },
], { detectSubjectType: (o: any) => o.kind });
const t = (o: any) => console.log(JSON.stringify(o), a.can("act", o), a.relevantRuleFor("act", o)?.reason);
t({ kind: "t" });
t({ kind: "t", factors: ["knowledge"] });
t({ kind: "t", factors: ["knowledge", "knowledge"] });
t({ kind: "t", factors: ["knowledge", "possession"] });
t({ kind: "t", factors: [] });
t({ kind: "t", exception: { approverRole: "ciso" } });
t({ kind: "t", exception: { approverRole: "ciso", controls: ["Y"] } });
t({ kind: "t", exception: { approverRole: "ciso", controls: ["Y", "X"] } });
t({ kind: "t", exception: { approverRole: "ciso", controls: [] } });
t({ kind: "t", bad: true });
t({ kind: "t", bad: true, exception: { approverRole: "ciso" } });
t({ kind: "t", bad: true, exception: { approverRole: "other" } });
t({ kind: "t", empty: [] });
t({ kind: "t", empty: [1] });
