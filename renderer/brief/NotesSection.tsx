/** The analyst's own notes on the brief as a whole: free text, printed after the open questions. */
import { useState } from 'react';
import type { Note } from '../../core/model/briefing.js';
import { ItemEditor } from './ItemEditor.js';

export interface NotesSectionProps {
  notes: Note[];
  onAdd(text: string): void;
  onEdit(id: string, text: string): void;
  onDelete(id: string): void;
}

export function NotesSection({ notes, onAdd, onEdit, onDelete }: NotesSectionProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  return (
    <section className="memo-section notes" aria-labelledby="section-notes">
      <div className="section-head">
        <h2 id="section-notes">Analyst notes<span className="count">{notes.length}</span></h2>
        <div className="section-tools">
          <button type="button" onClick={() => setAdding(true)} disabled={adding}>Add note</button>
        </div>
      </div>
      {notes.length === 0 && !adding && <p className="empty-section">No notes.</p>}
      <ul className="items">
        {notes.map((note) => (
          <li key={note.id} className="item note-item">
            {editing === note.id ? (
              <ItemEditor
                fields={[{ name: 'text', label: 'Note', multiline: true, value: note.text }]}
                submitLabel="Save note"
                onSubmit={(v) => {
                  onEdit(note.id, v.text ?? '');
                  setEditing(null);
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <>
                <div className="item-body"><p className="item-text">{note.text}</p></div>
                <div className="item-actions" role="group" aria-label="Actions for note">
                  <button type="button" onClick={() => setEditing(note.id)}>Edit</button>
                  <button type="button" onClick={() => onDelete(note.id)}>Delete</button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {adding && (
        <div className="add-item">
          <ItemEditor
            fields={[{ name: 'text', label: 'Note', multiline: true, value: '' }]}
            submitLabel="Add note"
            onSubmit={(v) => {
              if (v.text?.trim()) onAdd(v.text);
              setAdding(false);
            }}
            onCancel={() => setAdding(false)}
          />
        </div>
      )}
    </section>
  );
}
