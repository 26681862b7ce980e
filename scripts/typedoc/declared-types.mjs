// @ts-check
/**
 * TypeDoc plugin: shows a parameter, return or property type as it is written when it names a
 * type alias of this package: `evaluate(subject: Subject): Decision`, not the whole union of nine
 * object types that `Subject` stands for.
 *
 * TypeDoc converts signature and property types from the checker's type, falling back to the
 * written type only for some kinds. A type alias made with `z.infer<typeof Schema>` loses its name
 * in the checker (the union or object zod infers carries no alias), so every signature that takes
 * a `Subject` or returns a `Decision` printed the whole type inline. Where the written type refers
 * to one of our own type aliases, this converts the written type instead, which links to the
 * alias's page.
 */
import { Converter, makeRecursiveVisitor, ReflectionKind, TypeScript as ts } from "typedoc";

/**
 * Whether a written type mentions a type alias declared in this package (not in node_modules).
 *
 * @param {ts.TypeChecker} checker
 * @param {ts.Node} node
 * @returns {boolean}
 */
function mentionsOwnAlias(checker, node) {
  if (ts.isTypeReferenceNode(node)) {
    let symbol = checker.getSymbolAtLocation(node.typeName);
    if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const own = symbol?.declarations?.some((declaration) => !declaration.getSourceFile().fileName.includes("/node_modules/")) ?? false;
    if (symbol !== undefined && symbol.flags & ts.SymbolFlags.TypeAlias && own) return true;
  }
  return ts.forEachChild(node, (child) => (mentionsOwnAlias(checker, child) ? true : undefined)) ?? false;
}

/**
 * Replaces a reflection's type by the conversion of its written type, and drops the reflections
 * of the old, inlined type.
 *
 * @param {import("typedoc").Context} context - A context whose scope is the reflection's parent.
 * @param {import("typedoc").DeclarationReflection | import("typedoc").SignatureReflection | import("typedoc").ParameterReflection} reflection
 * @param {ts.TypeNode | undefined} node
 */
function useWrittenType(context, reflection, node) {
  if (node === undefined || !mentionsOwnAlias(context.checker, node)) return;
  const old = reflection.type;
  reflection.type = context.converter.convertType(context.withScope(reflection), node);
  old?.visit(makeRecursiveVisitor({ reflection: (type) => context.project.removeReflection(type.declaration) }));
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    if (declaration === undefined || !ts.isFunctionLike(declaration)) return;
    const signatureContext = context.withScope(signature);
    const written = declaration.parameters.filter((parameter) => !(ts.isIdentifier(parameter.name) && parameter.name.text === "this"));
    const parameters = signature.parameters ?? [];
    if (written.length === parameters.length) {
      parameters.forEach((parameter, index) => useWrittenType(signatureContext, parameter, written[index]?.type));
    }
    if (!ts.isJSDocSignature(declaration)) useWrittenType(context, signature, declaration.type);
  });
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property)) return;
    const declaration = context.getSymbolFromReflection(reflection)?.valueDeclaration;
    if (declaration === undefined || !(ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration))) return;
    useWrittenType(context, reflection, declaration.type);
  });
}
