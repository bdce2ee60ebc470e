// npm run build:api-types [-- <out file>]  — writes dist/atelier-api.d.ts: the AppRouter type with
// every procedure's input and output spelled out, so an integrator can type a @trpc/client against
// it with nothing of ours installed (only @trpc/client and its peer @trpc/server).
//
// Why not `tsc --declaration`: the router's declared type reaches our context (Prisma client,
// logger, env) and Prisma's generated types; a copy of the checkout would be needed to use it. Here
// the compiler's own view of each input and output is printed as plain structural types.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { appRouter } from "../server/router";

const root = path.resolve(__dirname, "..");
const out = path.resolve(process.argv[2] ?? path.join(root, "dist", "atelier-api.d.ts"));

const probeFile = path.join(root, "server", "__api-types-probe.ts");
const probe = `import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./router";
export type Inputs = inferRouterInputs<AppRouter>;
export type Outputs = inferRouterOutputs<AppRouter>;
`;

function printer(checker: ts.TypeChecker) {
  const stack = new Set<ts.Type>();
  const print = (type: ts.Type, indent: string): string => {
    const f = type.flags;
    if (f & ts.TypeFlags.Any) return "any";
    if (f & ts.TypeFlags.Unknown) return "unknown";
    if (f & ts.TypeFlags.Never) return "never";
    if (f & ts.TypeFlags.Void) return "void";
    if (f & ts.TypeFlags.Undefined) return "undefined";
    if (f & ts.TypeFlags.Null) return "null";
    if (f & ts.TypeFlags.String) return "string";
    if (f & ts.TypeFlags.Number) return "number";
    if (f & ts.TypeFlags.BigInt) return "bigint";
    if (f & ts.TypeFlags.Boolean) return "boolean";
    if (f & ts.TypeFlags.StringLiteral) return JSON.stringify((type as ts.StringLiteralType).value);
    if (f & ts.TypeFlags.NumberLiteral) return String((type as ts.NumberLiteralType).value);
    if (f & ts.TypeFlags.BooleanLiteral) return (type as unknown as { intrinsicName: string }).intrinsicName;
    if (f & ts.TypeFlags.TemplateLiteral) return "string";
    if (type.isUnion()) {
      const parts = [...new Set(type.types.map((t) => print(t, indent)))];
      // `true | false` → boolean, as people write it
      const bool = parts.includes("true") && parts.includes("false");
      const rest = parts.filter((p) => !bool || (p !== "true" && p !== "false"));
      return [...(bool ? ["boolean"] : []), ...rest].join(" | ");
    }
    if (type.isIntersection()) return type.types.map((t) => print(t, indent)).join(" & ");
    const name = type.getSymbol()?.getName();
    if (name === "Date") return "Date";
    if (stack.has(type) || stack.size > 20) return "unknown"; // recursive JSON types
    stack.add(type);
    try {
      if (checker.isArrayType(type)) {
        const [item] = checker.getTypeArguments(type as ts.TypeReference);
        return `Array<${item ? print(item, indent) : "unknown"}>`;
      }
      if (checker.isTupleType(type)) {
        return `[${checker
          .getTypeArguments(type as ts.TypeReference)
          .map((t) => print(t, indent))
          .join(", ")}]`;
      }
      const inner = `${indent}  `;
      const lines = checker.getPropertiesOfType(type).map((prop) => {
        const isOptional = (prop.flags & ts.SymbolFlags.Optional) !== 0;
        const propType = checker.getTypeOfSymbol(prop);
        const key = /^[A-Za-z_$][\w$]*$/.test(prop.name) ? prop.name : JSON.stringify(prop.name);
        return `${inner}${key}${isOptional ? "?" : ""}: ${print(propType, inner)};`;
      });
      for (const info of checker.getIndexInfosOfType(type))
        lines.push(`${inner}[key: ${checker.typeToString(info.keyType)}]: ${print(info.type, inner)};`);
      return lines.length ? `{\n${lines.join("\n")}\n${indent}}` : "{}";
    } finally {
      stack.delete(type);
    }
  };
  return print;
}

function main() {
  fs.writeFileSync(probeFile, probe);
  try {
    const config = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    const program = ts.createProgram([probeFile], { ...parsed.options, noEmit: true });
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(probeFile);
    if (!source) throw new Error("probe file not found");
    const moduleSymbol = checker.getSymbolAtLocation(source) as ts.Symbol;
    const exported = (n: string) =>
      checker.getDeclaredTypeOfSymbol(checker.getExportsOfModule(moduleSymbol).find((s) => s.name === n) as ts.Symbol);
    const inputs = exported("Inputs");
    const outputs = exported("Outputs");
    const print = printer(checker);

    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
    const tree: Record<string, string[]> = {};
    for (const [name, procedure] of Object.entries(procedures).sort(([a], [b]) => a.localeCompare(b))) {
      const [ns, proc] = name.split(".") as [string, string];
      const pick = (t: ts.Type) => {
        const nsType = checker.getTypeOfSymbol(t.getProperty(ns) as ts.Symbol);
        return checker.getTypeOfSymbol(nsType.getProperty(proc) as ts.Symbol);
      };
      const input = print(pick(inputs), "      ");
      const output = print(pick(outputs), "      ");
      const kind = procedure._def.type === "mutation" ? "TRPCMutationProcedure" : "TRPCQueryProcedure";
      tree[ns] = tree[ns] ?? [];
      tree[ns].push(
        `    ${proc}: ${kind}<{\n      input: ${input === "undefined" ? "void" : input};\n      output: ${output};\n      meta: object;\n    }>;`,
      );
    }
    const body = Object.entries(tree)
      .map(([ns, procs]) => `  ${ns}: {\n${procs.join("\n")}\n  };`)
      .join("\n");
    const text = `// Atelier API types — generated by \`npm run build:api-types\`; do not edit.
// Copy into your project and use with @trpc/client (which brings its peer @trpc/server):
//   import type { AppRouter } from "./atelier-api";
//   const atelier = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url, transformer: superjson, headers })] });
import type { inferRouterInputs, inferRouterOutputs, TRPCBuiltRouter, TRPCMutationProcedure, TRPCQueryProcedure } from "@trpc/server";

export interface AtelierErrorShape {
  message: string;
  code: number;
  data: {
    code: string;
    httpStatus: number;
    path?: string;
    /** Bad input: which field and why. */
    issues?: Array<{ path: string; message: string }>;
    /** The service's own code (NOT_FOUND, CONFLICT, PLAN_LIMIT, …). */
    domainCode?: string;
  };
}

export type AppRouter = TRPCBuiltRouter<
  { ctx: object; meta: object; errorShape: AtelierErrorShape; transformer: true },
  {
${body
  .split("\n")
  .map((l) => `  ${l}`)
  .join("\n")}
  }
>;

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
`;
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, text);
    console.log(`Wrote ${path.relative(process.cwd(), out)} (${Object.keys(procedures).length} procedures)`);
  } finally {
    fs.rmSync(probeFile, { force: true });
  }
}

main();
