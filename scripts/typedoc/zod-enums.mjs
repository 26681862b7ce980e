// @ts-check
/**
 * TypeDoc plugin: shows a zod enum as `ZodEnum<"a" | "b">` instead of `ZodEnum<{ a: "a"; b: "b" }>`,
 * wherever it appears in the type of an export (`SubjectKindSchema`, or the `kind` of the
 * decisions inside `AuditResultSchema`, or the keys of a `z.partialRecord`).
 *
 * typedoc-plugin-zod already replaces the type of every schema that has a `z.infer` type alias;
 * this covers the enums left in the others. The `{ a: "a" }` record is zod's bookkeeping, not API:
 * left in, TypeDoc documents each key as a property, and the notDocumented validation asks for a
 * comment on each.
 */
import { Converter, LiteralType, ReferenceType, ReflectionType, UnionType } from "typedoc";

/**
 * The literal members of a zod enum's record, or undefined if the type is not one.
 *
 * @param {import("typedoc").SomeType} type
 * @returns {{ record: ReflectionType, literals: import("typedoc").SomeType[] } | undefined}
 */
function zodEnum(type) {
  if (!(type instanceof ReferenceType) || type.package !== "zod" || type.name !== "ZodEnum") return undefined;
  const record = type.typeArguments?.[0];
  if (!(record instanceof ReflectionType)) return undefined;
  const members = record.declaration.children ?? [];
  // A zod enum's record maps each value to itself (`{ a: "a" }`). Deep in a schema's type, past
  // TypeDoc's maxTypeConversionDepth, a member's type is the placeholder `...` (an unknown type):
  // then its name, the key, is the value.
  const converted = (/** @type {import("typedoc").SomeType | undefined} */ type) => type !== undefined && type.type !== "unknown";
  if (members.length === 0 || members.some((member) => converted(member.type) && member.type?.type !== "literal")) return undefined;
  const literals = members.map((member) => (converted(member.type) ? /** @type {import("typedoc").SomeType} */ (member.type) : new LiteralType(member.name)));
  return { record, literals };
}

/**
 * Replaces, in place, every zod enum record found in the type arguments of `type` and below.
 *
 * @param {import("typedoc").SomeType | undefined} type
 * @param {import("typedoc").ProjectReflection} project
 */
function simplify(type, project) {
  if (type === undefined) return;
  if (type instanceof ReferenceType) {
    const found = zodEnum(type);
    if (found !== undefined) {
      type.typeArguments = [new UnionType(found.literals)];
      project.removeReflection(found.record.declaration);
      return;
    }
    for (const argument of type.typeArguments ?? []) simplify(argument, project);
    return;
  }
  // Unions, intersections and tuples hold types in arrays; arrays, optional and rest elements,
  // named tuple members, conditional, indexed and mapped types in fields.
  const holder = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (type));
  for (const key of ["types", "elements"]) {
    const members = holder[key];
    if (Array.isArray(members)) for (const member of members) simplify(member, project);
  }
  for (const key of ["elementType", "element", "checkType", "extendsType", "trueType", "falseType", "objectType", "indexType", "target", "templateType", "nameType"]) {
    const member = holder[key];
    if (typeof member === "object" && member !== null && "type" in member) simplify(/** @type {import("typedoc").SomeType} */ (member), project);
  }
  if (type instanceof ReflectionType) {
    for (const child of type.declaration.children ?? []) simplify(child.type, project);
  }
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      const project = context.project;
      for (const reflection of Object.values(project.reflections)) {
        if (project.getReflectionById(reflection.id) === undefined) continue; // removed meanwhile
        simplify(/** @type {import("typedoc").DeclarationReflection} */ (reflection).type, project);
      }
    },
    // After typedoc-plugin-zod (2000), which replaces the types of the schemas that have a
    // z.infer alias, and before TypeDoc's own resolution (0 and below).
    1000,
  );
}
