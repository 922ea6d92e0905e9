// Maps without a tile server: the bundled province outlines (GeoJSON) are the base layer, so the
// maps work offline. The outlines are fetched once per page from /geo/.
window.homecomingMaps = (function () {
  const provinces = '/geo/vn-provinces-34.geojson';

  function base(id) {
    const map = L.map(id, {preferCanvas: true, attributionControl: true}).setView([16.0, 106.5], 5);
    map.attributionControl.addAttribution('Provinces: Open Development Vietnam, CC BY-SA 4.0');
    fetch(provinces).then(r => r.json()).then(g => {
      L.geoJSON(g, {style: {color: '#557', weight: 1, fillColor: '#f4f1e8', fillOpacity: 1}}).addTo(map).bringToBack();
      // Says the offline base layer is drawn (and how many provinces), for people's tools and tests alike.
      document.getElementById(id).dataset.outlines = String(g.features.length);
    });
    return map;
  }

  function person(id) {
    const el = document.getElementById(id);
    if (!el) { return; }
    const map = base(id);
    el.dataset.ready = 'true';
    const lat = parseFloat(el.dataset.lat), lon = parseFloat(el.dataset.lon);
    if (!isNaN(lat) && !isNaN(lon)) {
      const radius = parseFloat(el.dataset.precision);
      L.circleMarker([lat, lon], {radius: 6, color: '#c0392b'}).addTo(map);
      if (!isNaN(radius) && radius > 0) {
        L.circle([lat, lon], {radius: radius, color: '#c0392b', fillOpacity: .1}).addTo(map);
      }
      map.setView([lat, lon], 8);
    }
  }

  function sites(id, url, remainsUrl) {
    const map = base(id);
    const colours = {GRAVE: '#8e44ad', CEMETERY: '#27ae60', CRASH_SITE: '#c0392b', BATTLE_SITE: '#e67e22'};
    fetch(url).then(r => r.json()).then(g => {
      L.geoJSON(g, {pointToLayer: (f, ll) => L.circleMarker(ll, {radius: 5, color: colours[f.properties.kind] || '#333'})
        .bindPopup(f.properties.name + ' (' + f.properties.kind + ', ' + f.properties.remains + ')')}).addTo(map);
    });
  }

  return {person: person, sites: sites};
})();
