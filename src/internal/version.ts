/** Kept in step with package.json by hand; used only to warn when two different copies are loaded. */
export const VERSION = '0.1.0';
