export function electronBinary(): string | null;
export function missingElectronMessage(version: string): string;
