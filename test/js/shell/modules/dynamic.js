// Loaded with import() by module_import.mjs (any extension is a module when imported).
export const answer = await Promise.resolve(42);
