import { leadingStatus } from "../../../src/engine/parse/leadingStatus";

describe("leadingStatus (the status a report text opens with)", () => {
  it.each([
    ["Виконано. Проведено 2 семінари, 45 учасників.", "done"],
    ["Виконується. Звіт готується.", "in_progress"],
    ["Не виконано у зв'язку з відсутністю фінансування", "not_done"],
    ["Изпълнена – проведени 3 обучения", "done"],
    ["В процес на изпълнение, предстои втори етап", "in_progress"],
    ["Неизпълнена поради липса на средства", "not_done"],
    ["Completed: 120 people trained", "done"],
    ["Partially completed - two of three regions", "in_progress"],
    ["Not started (no funding)", "not_done"],
  ])("%j opens with %s", (text, status) => {
    expect(leadingStatus(text)?.status).toBe(status);
  });

  it.each([
    "",
    "Інформація буде надана пізніше окремим листом",
    "Захід не виконувався через відсутність коштів у бюджеті громади",
    "Проблеми з фінансуванням",
    "See the attached note",
  ])("%j opens with no status", (text) => {
    expect(leadingStatus(text)).toBeNull();
  });
});
