import type { CellValue } from "../../src/engine/grid/CellValue";
import { expectSameAsSheetJs } from "./helpers/bothReaders";
import { edgePackage } from "./helpers/edgePackages";

/** Rows of one cell each, so every case shows up on its own row. */
const column = (cells: readonly string[]): string =>
  cells.map((cell, i) => `<row r="${i + 1}">${cell.replace(/@/g, `A${i + 1}`)}</row>`).join("");

const CASES: ReadonlyArray<readonly [string, Uint8Array]> = [
  [
    "inline strings: whitespace, empty items, rich runs, phonetics, escapes",
    edgePackage([
      column([
        '<c r="@" t="inlineStr"><is><t xml:space="preserve">  два  пробіли \n рядки </t></is></c>',
        '<c r="@" t="inlineStr"><is><t/></is></c>',
        '<c r="@" t="inlineStr"><is/></c>',
        '<c r="@" t="inlineStr"></c>',
        '<c r="@" t="inlineStr"><is><r><t>rich </t></r><r><rPr><b/><sz val="9"/><color rgb="FFFF0000"/><rFont val="Arial"/></rPr><t xml:space="preserve">text </t></r></is></c>',
        '<c r="@" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></is></c>',
        '<c r="@" t="inlineStr"><is><r><t>ka</t></r><rPh sb="0" eb="1"><t>KA</t></rPh><r><t>nji</t></r></is></c>',
        '<c r="@" t="inlineStr"><is><t>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#1071;&#x44F; &#x1F600;</t></is></c>',
        '<c r="@" t="inlineStr"><is><t>line_x000D_&#13;&#10;next_x000a_ _x005F_x000D_ _X0041_</t></is></c>',
        '<c r="@" t="inlineStr"><is><t>&AMP; &#X41; &#1a; &#xD800;</t></is></c>',
        '<c r="@" t="inlineStr"><is><r><t>_x00</t></r><r><t>41_ joined</t></r></is></c>',
        '<c r="@" t="inlineStr"><is><rPh><t>only phonetic</t></rPh></is></c>',
        '<c r="@" t="inlineStr"><v>ignored</v><is><t>is wins</t></is></c>',
      ]),
    ]),
  ],
  [
    "shared strings: plain, rich, phonetic, empty, escapes, and the index SheetJS reads past the end",
    edgePackage(
      [
        column(
          ['<c r="@" t="s"><v>0</v></c>', '<c r="@" t="s"><v>1</v></c>', '<c r="@" t="s"><v>2</v></c>']
            .concat([
              '<c r="@" t="s"><v>3</v></c>',
              '<c r="@" t="s"><v>4</v></c>',
              '<c r="@" t="s"><v>5</v></c>',
            ])
            .concat([
              '<c r="@" t="s"><v>6</v></c>',
              '<c r="@" t="s"><v>7</v></c>',
              '<c r="@" t="s"><v>8</v></c>',
            ])
            .concat(['<c r="@" t="s"><v> 1</v></c>', '<c r="@" t="s"/>', '<c r="@" t="s"><v>9</v></c>']),
        ),
      ],
      {
        strings: [
          "<t>Захід</t>",
          '<r><t xml:space="preserve">Rich </t></r><r><rPr><i/><weird/></rPr><t>text</t></r>',
          '<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh>',
          "",
          "<t/>",
          '<t xml:space="preserve">  spaced\r\nCRLF _x000D_ </t>',
          "<t>&lt;b&gt; &amp;amp; _x005F_x0041_</t>",
          "\n  <t>pretty printed</t>\n",
          "<rPh><t>nothing SheetJS reads</t></rPh>",
        ],
      },
    ),
  ],
  [
    "formulas: cached values only, shared and array formulas, text results unescaped twice",
    edgePackage([
      column([
        '<c r="@"><f>1+1</f><v>2</v></c>',
        '<c r="@"><f t="shared" ref="A2:A4" si="0">ROW()*2</f><v>4</v></c>',
        '<c r="@"><f t="shared" si="0"/><v>6</v></c>',
        '<c r="@"><f t="array" ref="A4">SUM(1)</f><v>1</v></c>',
        '<c r="@"><f>NOW()</f></c>',
        '<c r="@" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>',
        '<c r="@" t="str"><f>X()</f><v>&amp;lt;tag&amp;gt; _x005F_x000D_ &#13;&#10; &#65;</v></c>',
        '<c r="@" t="str"><f>""</f><v></v></c>',
        '<c r="@" t="str"><f>Y()</f></c>',
        '<c r="@" t="str"><f>Z()</f><v/></c>',
        '<c r="@"><f>TODAY()</f><v /></c>',
        '<c r="@" t="str"><v>Київ _x0041_</v></c>',
      ]),
    ]),
  ],
  [
    "booleans, errors, unknown types, numbers as parseFloat reads them",
    edgePackage([
      column([
        '<c r="@" t="b"><v>1</v></c>',
        '<c r="@" t="b"><v>0</v></c>',
        '<c r="@" t="b"><v>true</v></c>',
        '<c r="@" t="b"/>',
        '<c r="@" t="e"><v>#N/A</v></c>',
        '<c r="@" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
        '<c r="@" t="x"><v>1</v></c>',
        '<c r="@" t=""><v>7</v></c>',
        '<c r="@" t="n"><v>-0.25</v></c>',
        '<c r="@"><v>1E3</v></c>',
        '<c r="@"><v>12abc</v></c>',
        '<c r="@"><v>abc</v></c>',
        '<c r="@"><v> 3.5</v></c>',
        '<c r="@"><v></v></c>',
        '<c r="@" s="0"/>',
        '<c r="@"><v>1.7976931348623157e309</v></c>',
      ]),
    ]),
  ],
];

describe("cell values of hand-made packages: the fast reader gives exactly SheetJS's grid", () => {
  it.each(CASES)("%s", (_name, data) => {
    expectSameAsSheetJs(data);
  });

  it("reads the values it is meant to (a spot check of the cases above)", () => {
    const cells = (i: number): readonly (readonly CellValue[])[] =>
      expectSameAsSheetJs(CASES[i]?.[1] ?? new Uint8Array()).grid.sheets[0]?.cells ?? [];
    expect(cells(0).flat()).toContain("  два  пробіли \n рядки ");
    expect(cells(0).flat()).toContain("line\r\nnext\n _x000D_ A");
    expect(cells(1)[0]).toEqual(["Захід"]);
    // NOW() without a cached value and TODAY() with <v /> store nothing; text formulas without one store an empty cell.
    expect(cells(2).map((row) => row.length)).toEqual([1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 1]);
    expect(cells(2).flat()).toEqual([2, 4, 6, 1, "ab", "<tag> \r \n A", null, null, null, "Київ A"]);
    expect(cells(3)[3]).toEqual([false]);
  });
});
