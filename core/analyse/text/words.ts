/** Word-level helpers shared by the timeline labels, the questions and the brief's ranking. */

/** Runs of non-space characters: how long a label or a quotation reads. */
export function wordCount(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}

/** A label or question opens a line of the brief with a capital, whatever its source clause began with. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A sentence's opening word lower-cased, for the clause it becomes inside a question ("Can it be confirmed that the …"). */
export function uncapitalise(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
