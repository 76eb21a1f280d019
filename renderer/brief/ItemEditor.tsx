/** The inline form for rewriting, annotating or adding an item. Enter saves single lines, Ctrl+Enter saves any, Escape cancels. */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';

export interface EditorField {
  name: string;
  label: string;
  multiline: boolean;
  value: string;
}

export interface ItemEditorProps {
  fields: EditorField[];
  submitLabel: string;
  onSubmit(values: Record<string, string>): void;
  onCancel(): void;
}

export function ItemEditor({ fields, submitLabel, onSubmit, onCancel }: ItemEditorProps) {
  const baseId = useId();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((f) => [f.name, f.value])));
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    onSubmit(values);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };
  return (
    <form className="item-editor" onSubmit={submit} onKeyDown={onKeyDown}>
      {fields.map((field, index) => {
        const id = `${baseId}-${field.name}`;
        const common = {
          id,
          value: values[field.name] ?? '',
          autoFocus: index === 0,
          onChange: (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field.name]: event.target.value })),
        };
        return (
          <div className="field" key={field.name}>
            <label htmlFor={id}>{field.label}</label>
            {field.multiline ? <textarea rows={Math.min(8, Math.max(2, Math.ceil((values[field.name] ?? '').length / 80)))} {...common} /> : <input type="text" {...common} />}
          </div>
        );
      })}
      <div className="editor-actions">
        <button type="submit" className="primary">{submitLabel}</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
