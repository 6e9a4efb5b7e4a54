/** What the global setup hands to every test file (vitest's inject). */
declare module 'vitest' {
  export interface ProvidedContext {
    databaseAdminUrl: string;
    databaseTemplate: string;
  }
}

export {};
