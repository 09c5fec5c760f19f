import { bestRole, scoreLabel } from "../../../src/engine/table/scoreLabel";

describe("bestRole (the role a header label names best)", () => {
  it.each([
    ["№ з/п", "number"],
    ["№", "number"],
    ["No.", "number"],
    ["№ по ред", "number"],
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
    // English donor templates
    ["Key activities", "measure"],
    ["Actions", "measure"],
    ["Lead agency", "responsible"],
    ["Responsible party", "responsible"],
    ["Implementing partner(s)", "partners"],
    ["Partners", "partners"],
    ["Timeline", "deadline"],
    ["Time frame", "deadline"],
    ["Implementation period", "deadline"],
    ["Completion date", "deadline"],
    ["Expected results", "indicator"],
    ["KPI", "indicator"],
    ["Output indicators", "indicator"],
    ["Source of funding", "financing"],
    ["Budget (EUR)", "financingAmount"],
    ["Estimated cost, USD", "financingAmount"],
    ["Progress / comments", "reportText"],
    ["Achieved value", "currentValue"],
    ["Actual", "currentValue"],
    ["Baseline (2023)", "baseline"],
    ["Target (2027)", "targetValue"],
    ["Reasons for delay", "reasons"],
    ["Funds spent", "fundsSpent"],
    ["Priority area", "section"],
    ["Objective", "goal"],
    // Russian, as older Ukrainian documents have it
    ["Наименование мероприятия", "measure"],
    ["Ответственные исполнители", "responsible"],
    ["Сроки выполнения", "deadline"],
    ["Источник финансирования", "financing"],
    ["Объем финансирования, тыс. грн", "financingAmount"],
    ["Ожидаемый результат", "indicator"],
    // Ukrainian and Bulgarian wordings beyond the fixtures
    ["Співвиконавці", "partners"],
    ["Фактичний обсяг фінансування", "fundsSpent"],
    ["Показники виконання", "indicator"],
    ["Період реалізації", "deadline"],
    ["Пріоритет", "section"],
    ["Срокове за изпълнение", "deadline"],
    ["Изпълнители", "responsible"],
    ["Очаквани резултати", "indicator"],
    ["Размер на средствата (лв.)", "financingAmount"],
    ["Изходна стойност", "baseline"],
  ])("reads the unseen wording %j as %s", (label, role) => {
    expect(bestRole(label)).toBe(role);
  });

  it.each([
    ["Виконавці заходу", "responsible"],
    ["Строк виконання заходу", "deadline"],
    ["Джерела фінансування заходу", "financing"],
    ["Індикатори виконання заходу", "indicator"],
    ["Срок за изпълнение на мярката", "deadline"],
    ["Срок исполнения мероприятия", "deadline"],
    ["№ заходу", "number"],
    ["Головний розпорядник бюджетних коштів", "responsible"],
    ["Зміст заходу", "measure"],
    ["Заходи щодо досягнення цільових показників", "measure"],
  ])("reads a Cyrillic label by its head, the first word: %j is %s", (label, role) => {
    expect(bestRole(label)).toBe(role);
  });

  it.each([
    ["What", "measure"],
    ["How we measure", "indicator"],
    ["Means of verification", "indicator"],
    ["Metrics", "indicator"],
    ["Person in charge", "responsible"],
    ["Target date", "deadline"],
    ["Необходим финансов ресурс", "financingAmount"],
    ["Степен на изпълнение", "status"],
    ["Ступінь виконання", "status"],
    ["Рівень виконання", "status"],
    ["Level of completion", "status"],
    ["Supporting institutions", "partners"],
    ["До якого часу", "deadline"],
    ["By when", "deadline"],
    ["Як виміряти", "indicator"],
    ["Как ще се измери", "indicator"],
    ["Фінансове забезпечення", "financing"],
    ["Інформація щодо виконання", "reportText"],
    ["Measure No.", "number"],
    ["Focal Point", "responsible"],
  ])("reads the plain wording %j as %s", (label, role) => {
    expect(bestRole(label)).toBe(role);
  });

  it.each([
    ["Отговрна институция", "responsible"],
    ["Индикаотри", "indicator"],
    ["Відповідальнi", "responsible"], // Latin "i"
    ["Cрок", "deadline"], // Latin "C"
    ["Відпові-\nдальні за виконання", "responsible"],
    ["Термiн  виконання", "deadline"],
    ["Dedline", "deadline"],
    ["Resposible", "responsible"],
  ])("forgives a slip: %j is %s", (label, role) => {
    expect(bestRole(label)).toBe(role);
  });

  it("prefers the end of a period to its start", () => {
    const start = scoreLabel("Строк початку")[0]?.score ?? 0;
    const end = scoreLabel("Строк завершення")[0]?.score ?? 0;
    expect(end).toBeGreaterThan(start);
  });

  it("says which words named the role", () => {
    expect(scoreLabel("Джерела фінансування")[0]).toMatchObject({
      role: "financing",
      words: expect.arrayContaining(["джерела"]),
    });
  });

  it.each([
    "1) ведення обліку чисельності ромської національної меншини",
    "постійно",
    "2022-2023 роки",
    "Департамент освіти і науки облдержадміністрації",
    "Кількість осіб",
    "",
    "x".repeat(400),
    "Одиниця виміру",
    "Мерна единица",
    "Target group",
    "Цільова група",
    "Целева група",
    "Цільова аудиторія",
    "виконання",
  ])("does not read data text %j as a header label", (text) => {
    expect(bestRole(text)).toBeNull();
  });
});
