/** A Library that reports every change, so main can refresh the "Recent briefs" menu. */
import type { Library } from './library.js';

export function observeLibrary(library: Library, onChange: () => void): Library {
  return {
    list: () => library.list(),
    get: (id) => library.get(id),
    put(brief) {
      library.put(brief);
      onChange();
    },
    remove(id) {
      library.remove(id);
      onChange();
    },
  };
}
