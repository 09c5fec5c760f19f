/** The user's settings (column mapping, required fields, plan period…) as one JSON text in the add-in's settings. */
export const SETTINGS_KEY = "PlanCheck.settings";

/** The stored settings object, unvalidated (the caller parses it), or null when none or not JSON. */
export async function loadUserSettings(context: Excel.RequestContext): Promise<unknown> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
  await context.sync();
  if (setting.isNullObject) return null;
  const value: unknown = setting.value;
  if (typeof value !== "string") return value ?? null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

/** Stores the settings with the workbook (they are saved when the workbook is). */
export async function saveUserSettings(context: Excel.RequestContext, settings: unknown): Promise<void> {
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings ?? null));
  await context.sync();
}
