// traffic-element.ts (the traffic branch) imports the chart from here; it lives in ../charts/chart.ts.
// Delete this file once that import points there.
export { Chart } from '../charts/chart.ts';
