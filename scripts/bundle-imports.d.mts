export function packageName(specifier: string): string;
export function isBuiltin(specifier: string): boolean;
export function bundleImports(entry: string): { startup: string[]; lazy: string[]; files: string[]; missing: string[] };
