import { SheetView } from "../../../src/engine/grid/SheetView";
import { detectHeader } from "../../../src/engine/table/detectHeader";
import { sheet } from "../../helpers/grid";

describe("detectHeader", () => {
  it("joins a two-row header without merge information: an empty cell continues the group label to its left", () => {
    const view = new SheetView(
      sheet(
        "A",
        [
          ["№", "Захід", "Виконавці", "Строк", "Індикатор", "Фінансування", null],
          [null, null, null, null, null, "джерела", "обсяг, тис. грн"],
          ["1.", "Навчання", "Відділ освіти", "2024", "кількість осіб", "бюджет", "12,5"],
        ],
        null,
      ),
    );
    const header = detectHeader(view, 0);
    expect(header).toMatchObject({ rowIndex: 0, lastRowIndex: 1 });
    expect(header?.roles).toMatchObject({ financing: 5, financingAmount: 6 });
    expect(header?.labels[6]).toBe("Фінансування / обсяг, тис. грн");
  });

  it("does not take the first data row or a goal row for a second header row", () => {
    const view = new SheetView(
      sheet(
        "A",
        [
          [null, "Мерки", "Срок", "Отговорна институция", "Индикатори"],
          ["Цел 1: Образование", null, null, null, null],
          ["1.1", "Обучение", "2024 г.", "РУО", "Брой"],
        ],
        null,
      ),
    );
    expect(detectHeader(view, 0)).toMatchObject({ lastRowIndex: 0 });
  });

  it("needs a measure (or task) column and two of responsible, deadline, indicator", () => {
    const view = new SheetView(
      sheet("A", [
        ["Назва", "Сума", "Дата"],
        ["Звіт", "12", "2024"],
      ]),
    );
    expect(detectHeader(view, 0)).toBeNull();
  });
});
