// timeline-canvas.ts (owned by the explorables branch) imports the hatch from here; it lives in
// ../charts/hatch-pattern.ts. Delete this file once that import points there.
export { hatchPattern } from '../charts/hatch-pattern.ts';
