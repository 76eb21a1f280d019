/** Handling markings offered by default; any other text is allowed as a custom marking. */
export const MARKINGS = ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'UNCLASSIFIED', 'SECRET'] as const;

/** A CSS class for the banner, so higher markings stand out without shouting. */
export function markingClass(marking: string): string {
  const m = marking.toUpperCase();
  if (m.includes('TOP SECRET') || m.includes('SECRET')) return 'marking-secret';
  if (m.includes('SENSITIVE')) return 'marking-sensitive';
  return 'marking-plain';
}
