/**
 * Finds imports of another bounded context's TypeORM entities (classes decorated with
 * `@Entity`) by files under libs/<context>/. Contexts read each other through read ports that
 * return plain records; apps (composition roots, seed) may still import entities.
 *
 * Parsed with the TypeScript compiler, so multi-line imports, `import type`, renamed imports,
 * re-exports (`export { X } from`), namespace imports (`ns.X`) and `import('…').X` types all
 * count, and a name is followed through `export … from` chains (index.ts) to its class.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

const parsed = new Map();
function parse(file) {
  if (!parsed.has(file)) {
    const text = readFileSync(file, 'utf8');
    parsed.set(file, ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
  }
  return parsed.get(file);
}

const isEntityDecorator = (d) =>
  ts.isCallExpression(d.expression) &&
  ts.isIdentifier(d.expression.expression) &&
  d.expression.expression.text === 'Entity';

/** Names of the classes of `file` decorated with `@Entity(…)`. */
function entityClassesOf(file) {
  const names = new Set();
  for (const statement of parse(file).statements) {
    if (!ts.isClassDeclaration(statement) || !statement.name) continue;
    const decorators = ts.canHaveDecorators(statement) ? (ts.getDecorators(statement) ?? []) : [];
    if (decorators.some(isEntityDecorator)) names.add(statement.name.text);
  }
  return names;
}

/** The file a module specifier names: `@app/<context>` or a relative path; else null. */
function resolveModule(root, fromFile, specifier) {
  const alias = /^@app\/([^/]+)$/.exec(specifier);
  const base = alias
    ? join(root, 'libs', alias[1], 'src', 'index')
    : specifier.startsWith('.')
      ? resolve(dirname(fromFile), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Follows `name` exported by `file` to the class it stands for: { file, name } or null. */
function origin(root, file, name, seen = new Set()) {
  const key = `${file}#${name}`;
  if (seen.has(key)) return null;
  seen.add(key);
  for (const statement of parse(file).statements) {
    if (ts.isClassDeclaration(statement) && statement.name?.text === name) {
      const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (exported) return { file, name };
    }
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier) continue;
    const target = resolveModule(root, file, statement.moduleSpecifier.text);
    if (!target) continue;
    const clause = statement.exportClause;
    if (!clause) {
      const found = origin(root, target, name, seen); // export * from '…'
      if (found) return found;
    } else if (ts.isNamedExports(clause)) {
      for (const spec of clause.elements) {
        if (spec.name.text === name)
          return origin(root, target, (spec.propertyName ?? spec.name).text, seen);
      }
    }
  }
  return null;
}

const contextOf = (root, file) => {
  const parts = relative(root, file).split(sep);
  return parts[0] === 'libs' ? parts[1] : null;
};

/** The names a file takes from `specifier`, each with the line that takes it. */
function importedNames(source) {
  const found = [];
  const add = (specifier, name, node) =>
    found.push({
      specifier,
      name,
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
    });
  const namespaces = new Map();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const specifier = statement.moduleSpecifier.text;
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) add(specifier, (el.propertyName ?? el.name).text, el);
      } else if (bindings && ts.isNamespaceImport(bindings)) {
        namespaces.set(bindings.name.text, specifier);
      }
    }
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      const specifier = statement.moduleSpecifier.text;
      const clause = statement.exportClause;
      if (clause && ts.isNamedExports(clause)) {
        for (const el of clause.elements) add(specifier, (el.propertyName ?? el.name).text, el);
      } else if (!clause) {
        add(specifier, '*', statement);
      }
    }
  }
  const visit = (node) => {
    // ns.Entity (value or type position)
    const left = ts.isPropertyAccessExpression(node)
      ? node.expression
      : ts.isQualifiedName(node)
        ? node.left
        : null;
    const right = ts.isPropertyAccessExpression(node)
      ? node.name
      : ts.isQualifiedName(node)
        ? node.right
        : null;
    if (left && ts.isIdentifier(left) && namespaces.has(left.text))
      add(namespaces.get(left.text), right.text, node);
    // import('@app/x').Entity
    if (ts.isImportTypeNode(node) && node.qualifier && ts.isLiteralTypeNode(node.argument)) {
      const qualifier = node.qualifier;
      const first = ts.isIdentifier(qualifier) ? qualifier : qualifier.left;
      if (ts.isStringLiteral(node.argument.literal) && ts.isIdentifier(first))
        add(node.argument.literal.text, first.text, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every entity class under libs/<context>/src: Map of "file#name" → context. */
function entitiesIn(root) {
  const entities = new Map();
  const libs = join(root, 'libs');
  for (const lib of readdirSync(libs)) {
    const src = join(libs, lib, 'src');
    if (!existsSync(src)) continue;
    for (const file of sourceFiles(src))
      for (const name of entityClassesOf(file)) entities.set(`${file}#${name}`, lib);
  }
  return entities;
}

/**
 * Violations under `root` (a repository or a fixture with the same libs/<context>/src layout):
 * [{ file, line, entity, owner }] with `file` relative to root. Spec files count too.
 */
export function findEntityImportViolations(root) {
  parsed.clear();
  const entities = entitiesIn(root);
  const violations = [];
  const libs = join(root, 'libs');
  for (const lib of readdirSync(libs)) {
    const src = join(libs, lib, 'src');
    if (!existsSync(src)) continue;
    for (const file of sourceFiles(src)) {
      for (const { specifier, name, line } of importedNames(parse(file))) {
        const target = resolveModule(root, file, specifier);
        if (!target || contextOf(root, target) === lib) continue;
        const names =
          name === '*'
            ? [...entities.keys()]
                .filter((k) => entities.get(k) === contextOf(root, target))
                .map((k) => k.split('#')[1])
            : [name];
        for (const wanted of names) {
          const found = origin(root, target, wanted);
          const owner = found && entities.get(`${found.file}#${found.name}`);
          if (owner && owner !== lib)
            violations.push({ file: relative(root, file), line, entity: found.name, owner });
        }
      }
    }
  }
  return violations;
}
