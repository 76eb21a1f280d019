/** One line of the quality benchmark's table. */
export interface QualityRow {
  /** What is measured, e.g. "PolNeAR dev quote recall". */
  metric: string;
  value: number | string;
  /** The target as text, e.g. "≥ 0.98"; omitted when there is none. */
  target?: string;
  /** Whether the target is met; omitted when there is no target. */
  met?: boolean;
}
