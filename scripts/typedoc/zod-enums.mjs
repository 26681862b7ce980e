// @ts-check
/**
 * TypeDoc plugin: shows a zod enum schema as `ZodEnum<"a" | "b">` instead of
 * `ZodEnum<{ a: "a"; b: "b" }>`.
 *
 * typedoc-plugin-zod already does this for every schema that has a `z.infer` type alias; this
 * covers the enum schemas that have none (e.g. `SubjectKindSchema`, whose type `SubjectKind` is
 * read off `Subject["kind"]`). The `{ a: "a" }` record is zod's internal bookkeeping, not API: left
 * in, TypeDoc documents each key as a property and the notDocumented validation asks for a comment
 * on each.
 */
import { Converter, ReferenceType, ReflectionKind, ReflectionType, UnionType } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Variable)) {
        const type = /** @type {import("typedoc").DeclarationReflection} */ (reflection).type;
        if (!(type instanceof ReferenceType) || type.package !== "zod" || type.name !== "ZodEnum") continue;
        const entries = type.typeArguments?.[0];
        if (!(entries instanceof ReflectionType)) continue;
        const members = entries.declaration.children ?? [];
        const literals = members.map((member) => member.type);
        if (literals.length === 0 || literals.some((literal) => literal?.type !== "literal")) continue;
        type.typeArguments = [new UnionType(/** @type {import("typedoc").SomeType[]} */ (literals))];
        context.project.removeReflection(entries.declaration);
      }
    },
    // After typedoc-plugin-zod (2000), before TypeDoc's own resolution.
    1500,
  );
}
