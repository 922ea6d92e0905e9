// Maps without a tile server: the bundled province outlines (GeoJSON) are the base layer, so the
// maps work offline. The outlines are fetched once per page from /geo/.
//
// A page asks for a map with data- attributes only (no inline script; the server sends a strict
// Content-Security-Policy):
//   <div id="person-map" data-map="point" data-lat="16.75" data-lon="106.1" data-precision="500">
//   <div id="site-map" data-map="sites" data-source="/sites.geojson">
// Data never becomes markup here: popups are DOM nodes whose text is set with textContent.
(function () {
  const provinces = '/geo/vn-provinces-34.geojson';
  const colours = {GRAVE: '#8e44ad', CEMETERY: '#27ae60', CRASH_SITE: '#c0392b', BATTLE_SITE: '#e67e22'};

  function base(el) {
    const map = L.map(el, {preferCanvas: true, attributionControl: true}).setView([16.0, 106.5], 5);
    map.attributionControl.addAttribution('Provinces: Open Development Vietnam, CC BY-SA 4.0');
    fetch(provinces).then(r => r.json()).then(g => {
      L.geoJSON(g, {style: {color: '#557', weight: 1, fillColor: '#f4f1e8', fillOpacity: 1}}).addTo(map).bringToBack();
      // Says the offline base layer is drawn (and how many provinces), for people's tools and tests alike.
      el.dataset.outlines = String(g.features.length);
    });
    el.leafletMap = map; // for people's tools and the browser tests: open a popup, read a layer
    return map;
  }

  function point(el) {
    const map = base(el);
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

  // The popup of one site: its name, then its kind and number of remains, as text nodes.
  function sitePopup(properties) {
    const box = document.createElement('div');
    box.className = 'site-popup';
    const name = document.createElement('strong');
    name.textContent = String(properties.name);
    const facts = document.createElement('span');
    facts.textContent = ' (' + String(properties.kind) + ', ' + String(properties.remains) + ')';
    box.append(name, facts);
    return box;
  }

  function sites(el) {
    const map = base(el);
    fetch(el.dataset.source).then(r => r.json()).then(g => {
      L.geoJSON(g, {pointToLayer: (f, ll) => L.circleMarker(ll, {radius: 5, color: colours[f.properties.kind] || '#333'})
        .bindPopup(sitePopup(f.properties))}).addTo(map);
      el.dataset.sites = String(g.features.length);
    });
  }

  const kinds = {point: point, sites: sites};
  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-map]').forEach(el => (kinds[el.dataset.map] || (() => {}))(el));
  });
})();
