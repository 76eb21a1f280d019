/**
 * The default handling marking: one of the standard markings from a list, or "Custom…",
 * which shows a text field for any other marking. Both are native controls, so keyboard and
 * screen-reader use need nothing extra; choosing "Custom…" does not move focus (arrowing
 * through the list must not jump out of it), the field simply follows the list in tab order.
 */
import { useState } from 'react';
import { MARKINGS } from '../brief/markings.js';

const CUSTOM = '__custom__';
/** The settings schema's limit (core/ipc/contract.ts). */
const MAX_LENGTH = 80;

export interface MarkingChoiceProps {
  /** The select's id, which the caller's label points at. */
  id: string;
  value: string;
  onChange(marking: string): void;
}

function isStandard(marking: string): boolean {
  return (MARKINGS as readonly string[]).includes(marking);
}

export function MarkingChoice({ id, value, onChange }: MarkingChoiceProps) {
  // Custom stays chosen while the person types, even through text that matches a standard
  // marking on the way; a stored marking outside the list always shows as custom.
  const [customChosen, setCustomChosen] = useState(false);
  const custom = customChosen || !isStandard(value);
  return (
    <div className="marking-choice">
      <select
        id={id}
        value={custom ? CUSTOM : value}
        onChange={(e) => {
          const choice = e.target.value;
          setCustomChosen(choice === CUSTOM);
          if (choice !== CUSTOM) onChange(choice);
        }}
      >
        {MARKINGS.map((m) => <option key={m} value={m}>{m}</option>)}
        <option value={CUSTOM}>Custom…</option>
      </select>
      {custom && (
        <>
          <label className="visually-hidden" htmlFor={`${id}-custom`}>Custom marking</label>
          <input
            id={`${id}-custom`}
            type="text"
            value={value}
            maxLength={MAX_LENGTH}
            placeholder="e.g. NATO RESTRICTED"
            onChange={(e) => onChange(e.target.value.toUpperCase())}
          />
        </>
      )}
    </div>
  );
}
