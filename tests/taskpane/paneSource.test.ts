/**
 * @jest-environment node
 */
// Rules of the pane's source that review alone would not keep: every text a user sees comes from the
// catalogues, workbook text is never rendered as HTML, and files stay small.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..", "src", "taskpane");
const USER_ATTRIBUTES = new Set(["aria-label", "label", "title", "placeholder", "alt"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const sources = files(ROOT).filter((path) => /\.tsx?$/.test(path));
const tsx = sources.filter((path) => path.endsWith(".tsx"));

/** Literal words in JSX: text between tags, string children, and user-facing attributes. */
function literalTexts(path: string): string[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const words = (text: string): boolean => /\p{L}/u.test(text);
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && words(node.text)) found.push(node.text.trim());
    if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteralLike(node.expression)) {
      if (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) {
        if (words(node.expression.text)) found.push(node.expression.text);
      }
    }
    if (ts.isJsxAttribute(node) && USER_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const value = attributeText(node.initializer);
      if (words(value)) found.push(value);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function attributeText(initializer: ts.JsxAttributeValue): string {
  if (ts.isStringLiteral(initializer)) return initializer.text;
  if (
    ts.isJsxExpression(initializer) &&
    initializer.expression &&
    ts.isStringLiteralLike(initializer.expression)
  )
    return initializer.expression.text;
  return "";
}

describe("the task pane's source", () => {
  it.each(tsx.map((path) => relative(ROOT, path)))(
    "%s shows no text that is not from a catalogue",
    (file) => {
      expect(literalTexts(join(ROOT, file))).toEqual([]);
    },
  );

  it("never renders HTML from strings", () => {
    const offenders = sources.filter((path) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML|insertAdjacentHTML/.test(readFileSync(path, "utf8")),
    );
    expect(offenders.map((path) => relative(ROOT, path))).toEqual([]);
  });

  it("keeps every file at 150 lines or fewer", () => {
    const long = sources
      .map((path) => ({ file: relative(ROOT, path), lines: readFileSync(path, "utf8").split("\n").length }))
      .filter(({ lines }) => lines > 150);
    expect(long).toEqual([]);
  });

  it("finds literal text where there is some (the check itself works)", () => {
    const sample = join(__dirname, "helpers", "literalTextSample.tsx.txt");
    expect(literalTexts(sample)).toEqual(["Close dialog", "Save", "Hello"]);
  });
});
