/** The UI-string lookup a view model is given (the app's `t`, a stub in tests). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;
