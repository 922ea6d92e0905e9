// Bar charts (Chart.js) drawn from data- attributes, so pages carry no inline script (the server
// sends a strict Content-Security-Policy). Chart.js draws labels on a canvas: text, never markup.
//
//   <canvas data-chart="counts" data-rows='[{"label":"1975","count":3}]' data-colour="#2980b9">
//     one bar per row;
//   <canvas data-chart="stacked" data-series='{"labels":["Nam Định"],"series":{"MISSING":[4]}}'
//           data-series-names='{"MISSING":"Mất tin"}'>
//     one stacked bar per label, one colour per series, the series named in the reader's language.
(function () {
  const colours = ['#c0392b', '#e67e22', '#f1c40f', '#27ae60', '#2980b9', '#8e44ad', '#7f8c8d'];

  function counts(canvas) {
    const rows = JSON.parse(canvas.dataset.rows || '[]');
    return {type: 'bar',
      data: {labels: rows.map(r => String(r.label)),
        datasets: [{label: '', data: rows.map(r => r.count), backgroundColor: canvas.dataset.colour || colours[4]}]},
      options: {plugins: {legend: {display: false}}}};
  }

  function stacked(canvas) {
    const data = JSON.parse(canvas.dataset.series || '{"labels":[],"series":{}}');
    const names = JSON.parse(canvas.dataset.seriesNames || '{}');
    return {type: 'bar',
      data: {labels: data.labels.map(String), datasets: Object.entries(data.series).map(([s, v], i) =>
        ({label: String(names[s] || s), data: v, backgroundColor: colours[i % colours.length]}))},
      options: {responsive: true, scales: {x: {stacked: true}, y: {stacked: true}}}};
  }

  const kinds = {counts: counts, stacked: stacked};
  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('canvas[data-chart]').forEach(canvas => {
      const kind = kinds[canvas.dataset.chart];
      if (kind) {
        new Chart(canvas, kind(canvas));
        canvas.dataset.drawn = 'true';
      }
    });
  });
})();
