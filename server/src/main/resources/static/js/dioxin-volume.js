// The volume page of a dioxin site (/dioxin/sites/{code}/volume): the hotspots of each depth layer (cells whose
// kriged median is above the threshold) and the suggested next samples on a Leaflet map without a tile server, and
// one variogram chart per layer (experimental points and the fitted model). Data arrives as JSON in data-
// attributes or from the features endpoint; it becomes text only through textContent (strict CSP, no markup).
(function () {
  const layerColours = ['#a50f15', '#de2d26', '#fb6a4a', '#fcae91'];

  function linesPopup(lines) {
    const box = document.createElement('div');
    lines.forEach(text => {
      const line = document.createElement('div');
      line.textContent = text;
      box.append(line);
    });
    return box;
  }

  function drawMap(el) {
    const labels = JSON.parse(el.dataset.labels || '{}');
    const map = L.map(el).setView([10.97, 106.82], 15);
    L.control.scale({imperial: false}).addTo(map);
    el.leafletMap = map; // for people's tools and the browser tests
    fetch(el.dataset.source, {credentials: 'same-origin'}).then(r => {
      if (!r.ok) {
        throw new Error('map data: HTTP ' + r.status);
      }
      return r.json();
    }).then(fc => {
      const tops = [...new Set(fc.features.filter(f => f.properties.kind === 'hotspot').map(f => f.properties.top))];
      const group = L.featureGroup().addTo(map);
      let hotspots = 0, next = 0;
      fc.features.forEach(f => {
        const p = f.properties;
        if (p.kind === 'hotspot') {
          const colour = layerColours[tops.indexOf(p.top) % layerColours.length];
          L.geoJSON(f, {style: {color: colour, weight: 1, fillColor: colour, fillOpacity: 0.35}})
            .bindPopup(linesPopup([String(labels.hotspot), String(labels.layer) + ': ' + p.top + '–' + p.bottom + ' m']))
            .addTo(group);
          hotspots++;
        } else if (p.kind === 'next') {
          const [lon, lat] = f.geometry.coordinates;
          L.circleMarker([lat, lon], {radius: 7, color: '#1f4e79', weight: 2, fillColor: '#ffffff', fillOpacity: 1})
            .bindPopup(linesPopup([String(labels.next), String(labels.rank) + ': ' + p.rank,
              String(labels.score) + ': ' + Number(p.scoreM3).toLocaleString(el.dataset.locale || undefined,
                {maximumFractionDigits: 1})]))
            .addTo(group);
          next++;
        }
      });
      if (group.getLayers().length > 0) {
        map.fitBounds(group.getBounds(), {padding: [20, 20]});
      }
      const legend = document.createElement('p');
      legend.className = 'hint';
      legend.textContent = String(labels.hotspot) + ': ' + hotspots + ' · ' + String(labels.next) + ': ' + next;
      el.after(legend);
      el.dataset.hotspots = String(hotspots);
      el.dataset.next = String(next);
      el.dataset.ready = 'true';
    }).catch(e => {
      const problem = document.createElement('p');
      problem.className = 'error';
      problem.textContent = String(e.message);
      el.after(problem);
      el.dataset.failed = 'true';
    });
  }

  function drawVariogram(canvas) {
    const v = JSON.parse(canvas.dataset.variogramData);
    const labels = JSON.parse(canvas.dataset.labels || '{}');
    new Chart(canvas, {
      type: 'scatter',
      data: {datasets: [
        {label: String(labels.experimental), data: v.experimental.map(l => ({x: l.distance, y: l.semivariance})),
          backgroundColor: '#c0392b'},
        {label: String(labels.fitted), data: v.fitted.map(p => ({x: p.distance, y: p.gamma})), showLine: true,
          pointRadius: 0, borderColor: '#2980b9'}]},
      options: {locale: canvas.dataset.locale || undefined, scales: {x: {title: {display: true, text: String(labels.distance)}, min: 0},
        y: {title: {display: true, text: String(labels.gamma)}, min: 0}}}
    });
    canvas.dataset.drawn = 'true';
  }

  document.addEventListener('DOMContentLoaded', () => {
    const map = document.getElementById('dioxin-volume-map');
    if (map) {
      drawMap(map);
    }
    document.querySelectorAll('canvas[data-variogram]').forEach(drawVariogram);
  });
})();
