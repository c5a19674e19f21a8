import { Chart } from '~/components/charts/chart.ts';
import { RESULT_LINES } from '~/components/charts/chart-lines.ts';
import { timeAxis } from '~/components/charts/time-axis.ts';
import { type ChartColumns, tableRows } from '~/explorables/chart-data.ts';
import { describeConcurrency } from '~/explorables/text-alternatives.ts';
import type { ResultView } from '~/sandbox/result-view.ts';
import { renderTable } from '../playground/render.ts';

type Series = NonNullable<ResultView['series']>;

/**
 * Draws a result's concurrency, environments alive and idle environments over time with the course's chart
 * (loaded only when a result is shown), followed by its text alternative. Follows the page's theme.
 */
export function drawResultChart(host: HTMLElement, series: Series): Chart {
  const columns: ChartColumns = {
    x: series.t,
    lines: { concurrency: series.concurrency, environments: series.environments, idle: series.idle },
  };
  const axes = { ...timeAxis(series.t.at(-1) ?? 0), yLabel: 'count' };
  const chart = new Chart(host, 220);
  chart.update(columns, RESULT_LINES, axes);
  const theme = new MutationObserver(() => {
    if (!host.isConnected) {
      theme.disconnect();
      return;
    }
    chart.invalidate();
    chart.update(columns, RESULT_LINES, axes);
  });
  theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  host.append(...textAlternative(series));
  return chart;
}

/** The chart's sentence and a data table behind a toggle, as the playground's charts have. */
function textAlternative(series: Series): HTMLElement[] {
  const columns: ChartColumns = {
    x: series.t,
    lines: { concurrency: series.concurrency, environments: series.environments },
  };
  const alt = describeConcurrency(columns, { account: series.accountLimit }, tableRows(columns));
  const sentence = document.createElement('p');
  sentence.className = 'sb-meta';
  sentence.textContent = alt.sentence;
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'Data table';
  details.append(summary);
  details.addEventListener('toggle', () => {
    if (details.open && details.childElementCount === 1) details.append(renderTable(alt.table));
  });
  return [sentence, details];
}
