/**
 * @jest-environment node
 */
import { collectAlerts } from "../../../src/taskpane/logic/collectAlerts";

const describe_ = (error: unknown) => ({ message: String(error), detail: null });

describe("collectAlerts", () => {
  it("shows each failure once, in order, and skips sources without one", () => {
    const alerts = collectAlerts(
      [
        { id: "a", error: "Excel too old", dismiss: null },
        { id: "b", error: null, dismiss: null },
        { id: "c", error: "sheet protected", dismiss: null },
        { id: "d", error: "Excel too old", dismiss: null },
      ],
      describe_,
    );
    expect(alerts.map((a) => [a.id, a.text.message])).toEqual([
      ["a", "Excel too old"],
      ["c", "sheet protected"],
    ]);
  });

  it("dismisses the repeats together with the alert shown", () => {
    const first = jest.fn();
    const second = jest.fn();
    const [alert] = collectAlerts(
      [
        { id: "validation", error: "busy", dismiss: first },
        { id: "marks", error: "busy", dismiss: second },
      ],
      describe_,
    );
    alert!.dismiss!();
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 1]);
  });

  it("keeps an alert without a way to dismiss it", () => {
    expect(collectAlerts([{ id: "x", error: "gone", dismiss: null }], describe_)[0]!.dismiss).toBeNull();
  });
});
