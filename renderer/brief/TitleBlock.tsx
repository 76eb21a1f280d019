/** The memo's head: title, prepared for/by, marking, and the issued date-time with its DTG. */
import { useId } from 'react';
import type { Briefing } from '../../core/model/briefing.js';
import { SUMMARY_LENGTHS } from '../../core/ipc/contract.js';
import type { BriefMeta } from '../state/edits.js';
import { dateTimeGroup, fromLocalInput, toLocalInput } from './dtg.js';
import { MARKINGS } from './markings.js';

export interface TitleBlockProps {
  brief: Briefing;
  onMeta<F extends keyof BriefMeta>(field: F, value: BriefMeta[F]): void;
}

export function TitleBlock({ brief, onMeta }: TitleBlockProps) {
  const id = useId();
  const markingList = `${id}-markings`;
  return (
    <header className="title-block">
      {/* The title is edited in place; this heading gives the page its outline for screen readers. */}
      <h1 className="visually-hidden">{brief.title || 'Untitled brief'}</h1>
      <label className="visually-hidden" htmlFor={`${id}-title`}>Brief title</label>
      <textarea
        id={`${id}-title`}
        className="title-input"
        rows={1}
        value={brief.title}
        placeholder="Brief title"
        onChange={(e) => onMeta('title', e.target.value.replace(/\n/g, ' '))}
      />
      <dl className="meta-grid">
        <div>
          <dt><label htmlFor={`${id}-for`}>Prepared for</label></dt>
          <dd><input id={`${id}-for`} type="text" value={brief.preparedFor} placeholder="Recipient" onChange={(e) => onMeta('preparedFor', e.target.value)} /></dd>
        </div>
        <div>
          <dt><label htmlFor={`${id}-by`}>Prepared by</label></dt>
          <dd><input id={`${id}-by`} type="text" value={brief.preparedBy} placeholder="Author" onChange={(e) => onMeta('preparedBy', e.target.value)} /></dd>
        </div>
        <div>
          <dt><label htmlFor={`${id}-marking`}>Marking</label></dt>
          <dd>
            <input id={`${id}-marking`} type="text" list={markingList} value={brief.marking} onChange={(e) => onMeta('marking', e.target.value.toUpperCase())} />
            <datalist id={markingList}>
              {MARKINGS.map((m) => <option key={m} value={m} />)}
            </datalist>
          </dd>
        </div>
        <div>
          <dt><label htmlFor={`${id}-issued`}>Date-time</label></dt>
          <dd className="issued">
            <input
              id={`${id}-issued`}
              type="datetime-local"
              value={toLocalInput(brief.issuedAt)}
              onChange={(e) => {
                const iso = fromLocalInput(e.target.value);
                if (iso) onMeta('issuedAt', iso);
              }}
            />
            <span className="dtg" aria-label="Date-time group">{dateTimeGroup(brief.issuedAt) ?? ''}</span>
          </dd>
        </div>
        <div>
          <dt><label htmlFor={`${id}-length`}>Summary length</label></dt>
          <dd>
            <select id={`${id}-length`} value={brief.summarySentences} onChange={(e) => onMeta('summarySentences', Number(e.target.value))}>
              {Object.entries(SUMMARY_LENGTHS).map(([name, n]) => (
                <option key={name} value={n}>{name} ({n} sentences)</option>
              ))}
              {!Object.values(SUMMARY_LENGTHS).includes(brief.summarySentences as 3) && <option value={brief.summarySentences}>{brief.summarySentences} sentences</option>}
            </select>
          </dd>
        </div>
      </dl>
    </header>
  );
}
