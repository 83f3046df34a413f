/** The UI-string lookup a view model is given (i18next's `t` in the app, a stub in tests). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;
