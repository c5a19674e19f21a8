/**
 * Starlight's "On this page" highlight treats every `h2`/`h3` with an id in `<main>` as a section heading,
 * and attributes what follows it to it. Headings inside components (a sandbox's title) carry ids only so
 * their region can be labelled (`aria-labelledby`); they have no entry in the table of contents, so while
 * the reader was below one, the highlight stayed on whatever it showed before (scrolling up from "Check your
 * understanding" into an exercise kept "Check your understanding" lit). This moves each such id onto a span
 * wrapping the heading's content: labels still resolve, and the highlight walks on to the section heading.
 * Returns how many headings it changed.
 */
export function unlinkComponentHeadings(doc: Document = document): number {
  const toc = doc.querySelector('starlight-toc');
  if (!toc) return 0;
  const linked = new Set(
    [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) =>
      decodeURIComponent(a.hash.slice(1)),
    ),
  );
  let changed = 0;
  for (const heading of doc.querySelectorAll<HTMLElement>('main :where(h2, h3, h4, h5, h6)[id]')) {
    if (linked.has(heading.id)) continue;
    const span = doc.createElement('span');
    span.id = heading.id;
    heading.removeAttribute('id');
    span.append(...heading.childNodes);
    heading.append(span);
    changed++;
  }
  return changed;
}
