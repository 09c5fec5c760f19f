import { bestRole } from "../../../src/engine/table/scoreLabel";

describe("bestRole (the role a header label names best)", () => {
  it.each([
    ["№ з/п", "number"],
    ["№", "number"],
    ["No.", "number"],
    ["Найменування завдання", "task"],
    ["Завдання", "task"],
    ["Найменування заходу", "measure"],
    ["Зміст заходу", "measure"],
    ["Мерки", "measure"],
    ["Дейности", "measure"],
    ["Activity", "measure"],
    ["Відповідальні за виконання", "responsible"],
    ["Виконавці", "responsible"],
    ["Відповідальний виконавець", "responsible"],
    ["Отговорна институция", "responsible"],
    ["Отговорна\n\nинституция", "responsible"],
    ["Responsible", "responsible"],
    ["Термін виконання", "deadline"],
    ["Строк виконання", "deadline"],
    ["Срок", "deadline"],
    ["Времеви период", "deadline"],
    ["Deadline", "deadline"],
    ["Індикатор виконання", "indicator"],
    ["Очікуваний результат", "indicator"],
    ["Очікувані результати", "indicator"],
    ["Индикатори\n\n(мерна единица:\n\nброй, дял)", "indicator"],
    ["Indicator", "indicator"],
    ["Джерела фінансування", "financing"],
    ["Фінансування", "financing"],
    ["Източник на финансиране (преки бюджетни разходи, друго – млн лв.)", "financing"],
    ["Обсяг фінансування, тис. гривень", "financingAmount"],
    ["Прогнозний обсяг, тис. грн", "financingAmount"],
    ["Статус", "status"],
    ["Статус на мярката", "status"],
    ["Текуща стойност", "currentValue"],
    ["Фактичне значення індикатора", "currentValue"],
    ["Целева стойност (2027 г.)", "targetValue"],
    ["Цільове значення індикатора", "targetValue"],
    ["Базове значення", "baseline"],
    ["Стан виконання", "reportText"],
    ["Отчет за изпълнение", "reportText"],
    ["Причини невиконання", "reasons"],
    ["Використано коштів, тис. грн", "fundsSpent"],
    ["Стратегічна ціль", "goal"],
  ])("reads %j as %s", (label, role) => {
    expect(bestRole(label)).toBe(role);
  });

  it.each([
    "1) ведення обліку чисельності ромської національної меншини",
    "постійно",
    "2022-2023 роки",
    "Департамент освіти і науки облдержадміністрації",
    "",
    "x".repeat(400),
  ])("does not read data text %j as a header label", (text) => {
    expect(bestRole(text)).toBeNull();
  });
});
