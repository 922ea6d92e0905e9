// The bombing density map (/bombing): fetches the density grid of the current view from
// /bombing/density.geojson at the chosen cell size and draws each cell coloured by its weighted
// weapons, five classes from the view's largest value down, with a legend. The cell the user chose
// is enlarged to the next offered size when the view would need more cells than the server grants
// (data-max-cells, the same count DensityGrid makes), so a wide view still shows something. No inline
// script (strict CSP); data becomes text only through textContent; numbers are formatted in the
// page's language.
(function () {
  const provinces = '/geo/vn-provinces-34.geojson';
  const colours = ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'];

  function classOf(value, max) {
    return max <= 0 ? 0 : Math.min(colours.length - 1, Math.floor(colours.length * value / max));
  }

  function legend(box, labels, max, format) {
    box.replaceChildren();
    const title = document.createElement('strong');
    title.textContent = labels.weighted;
    box.append(title);
    colours.forEach((c, i) => {
      const row = document.createElement('div');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.backgroundColor = c;
      const text = document.createElement('span');
      text.textContent = ' ' + format.format(max * i / colours.length) + ' – ' + format.format(max * (i + 1) / colours.length);
      row.append(swatch, text);
      box.append(row);
    });
  }

  // The columns × rows DensityGrid.of makes for this box and cell (metres to degrees at the mid-latitude).
  function cellCount(box, metres) {
    const metresPerDegree = 111320;
    const midLat = (box[1] + box[3]) / 2 * Math.PI / 180;
    const dLat = metres / metresPerDegree;
    const dLon = metres / (metresPerDegree * Math.max(Math.cos(midLat), 0.01));
    return Math.ceil((box[2] - box[0]) / dLon) * Math.ceil((box[3] - box[1]) / dLat);
  }

  // The smallest offered cell at least as large as the wanted one that keeps the grid within the limit.
  function fittingCell(select, wanted, box, maxCells) {
    const sizes = Array.from(select.options).map(o => Number(o.value)).filter(m => m >= wanted)
      .sort((a, b) => a - b);
    return sizes.find(m => cellCount(box, m) <= maxCells);
  }

  function cellPopup(p, labels, format) {
    const box = document.createElement('div');
    [[labels.missions, p.missions], [labels.weapons, p.weapons], [labels.weighted, p.weightedWeapons]].forEach(([k, v]) => {
      const line = document.createElement('div');
      line.textContent = k + ': ' + format.format(v);
      box.append(line);
    });
    return box;
  }

  document.addEventListener('DOMContentLoaded', () => {
    const el = document.getElementById('bombing-map');
    if (!el) {
      return;
    }
    const labels = {weighted: el.dataset.labelWeighted, missions: el.dataset.labelMissions,
      weapons: el.dataset.labelWeapons, empty: el.dataset.labelEmpty, enlarged: el.dataset.labelEnlarged,
      tooLarge: el.dataset.labelTooLarge, failed: el.dataset.labelFailed};
    const maxCells = Number(el.dataset.maxCells);
    const format = new Intl.NumberFormat(document.documentElement.lang || undefined, {maximumFractionDigits: 1});
    const cell = document.getElementById('bombing-cell');
    const status = document.getElementById('bombing-status');
    const legendBox = document.getElementById('bombing-legend');
    const map = L.map(el, {preferCanvas: true}).setView([16.5, 106.5], 7);
    map.attributionControl.addAttribution('Provinces: Open Development Vietnam, CC BY-SA 4.0');
    fetch(provinces).then(r => r.json()).then(g => {
      L.geoJSON(g, {style: {color: '#557', weight: 1, fillColor: '#f4f1e8', fillOpacity: 1}}).addTo(map).bringToBack();
    });
    el.leafletMap = map;
    let layer = null;
    let wanted = Number(cell.value);

    function clear() {
      if (layer) {
        map.removeLayer(layer);
        layer = null;
      }
      legendBox.replaceChildren();
      el.dataset.cells = '0';
    }

    function draw() {
      const b = map.getBounds();
      const box = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
        .map((v, i) => Math.max(i % 2 === 0 ? -180 : -90, Math.min(i % 2 === 0 ? 180 : 90, v)));
      const size = fittingCell(cell, wanted, box, maxCells);
      if (size === undefined) {
        clear();
        status.textContent = labels.tooLarge;
        return;
      }
      cell.value = String(size);
      const note = size > wanted ? labels.enlarged : '';
      const url = el.dataset.source + '?bbox=' + encodeURIComponent(box.map(v => v.toFixed(5)).join(','))
        + '&cell=' + encodeURIComponent(String(size));
      fetch(url, {headers: {Accept: 'application/geo+json, application/json'}})
        .then(r => r.json().then(body => ({ok: r.ok, body: body})))
        .then(({ok, body}) => {
          clear();
          if (!ok) {
            status.textContent = labels.failed;
            return;
          }
          const max = body.features.reduce((m, f) => Math.max(m, f.properties.weightedWeapons), 0);
          status.textContent = body.features.length === 0 ? labels.empty : note;
          layer = L.geoJSON(body, {style: f => ({stroke: false, fillOpacity: .75,
            fillColor: colours[classOf(f.properties.weightedWeapons, max)]}),
            onEachFeature: (f, l) => l.bindPopup(cellPopup(f.properties, labels, format))}).addTo(map);
          legend(legendBox, labels, max, format);
          el.dataset.cells = String(body.features.length);
          el.dataset.cell = String(size);
        })
        .catch(() => {
          clear();
          status.textContent = labels.failed;
        });
    }

    map.on('moveend', draw);
    cell.addEventListener('change', () => {
      wanted = Number(cell.value);
      draw();
    });
    draw();
  });
})();
