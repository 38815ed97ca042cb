// Province boundaries (geo/provinces.geojson) and commune areas (geo/communes/<province>.geojson) under a Leaflet
// map; both approximate, see geo/data/PROVENANCE.md.
// phongtraoBoundaries(map, url, {fill: code => colour|null, tooltip: code => text, popup: code => node, className})
// → Promise of the layer. Without `fill` the units are drawn as a light base map (the app has no tile server by
// default) behind everything else; with it, as a choropleth.
// A geometry file (GeoJSON) as a Promise, read once per page however many layers draw it (and however many times
// a page includes this script).
window.phongtraoGeoJSON = window.phongtraoGeoJSON || (() => {
  const files = {};
  return (url) => files[url] || (files[url] = fetch(url, { credentials: "same-origin" }).then((r) => r.json()));
})();

window.phongtraoBoundaries = function (map, url, options = {}) {
  if (!url) return Promise.resolve(null);
  return window.phongtraoGeoJSON(url)
    .then((data) => {
      const fill = options.fill || (() => null);
      const layer = L.geoJSON(data, {
        renderer: L.svg({ padding: 0.5 }),
        interactive: Boolean(options.tooltip || options.popup),
        style: (feature) => {
          const colour = fill(feature.properties.code);
          return { color: "#868e96", weight: 1, fillColor: colour || "#f1f3f5", fillOpacity: colour ? 0.85 : 0.7,
                   className: options.className || "province-boundary" };
        },
        onEachFeature: (feature, shape) => {
          const code = feature.properties.code;
          if (options.tooltip && options.tooltip(code)) shape.bindTooltip(options.tooltip(code), { sticky: true });
          if (options.popup && options.popup(code)) shape.bindPopup(() => options.popup(code));
        },
      }).addTo(map);
      if (!options.fill) layer.bringToBack();
      map.getContainer().classList.add("has-boundaries");  // the sea in blue (core.css)
      return layer;
    });
};

// Commune borders over the provinces once the map is zoomed in to COMMUNE_ZOOM, their names from LABEL_ZOOM: a
// province's file (`urls`: province code → URL) is loaded the first time the view reaches that province
// (`provinces`: the layer drawn above). The commune `highlight` (its code), if given, is outlined.
window.phongtraoCommunes = function (map, urls, provinces, highlight) {
  const COMMUNE_ZOOM = 9, LABEL_ZOOM = 12;
  const group = L.layerGroup(), labels = L.layerGroup();
  const renderer = L.svg({ padding: 0.5 });
  const loaded = new Set();
  function label(feature) {
    const name = Object.assign(document.createElement("span"), { textContent: feature.properties.name });
    return L.marker(feature.properties.centre, {
      icon: L.divIcon({ className: "commune-label", html: name, iconSize: null }), interactive: false });
  }
  function show() {
    if (map.getZoom() >= LABEL_ZOOM) labels.addTo(map); else map.removeLayer(labels);
    if (map.getZoom() < COMMUNE_ZOOM) { map.removeLayer(group); return; }
    group.addTo(map);
    const view = map.getBounds();
    provinces.eachLayer((province) => {
      const code = province.feature.properties.code;
      if (loaded.has(code) || !urls[code] || !view.intersects(province.getBounds())) return;
      loaded.add(code);
      window.phongtraoGeoJSON(urls[code]).then((data) => {
        const layer = L.geoJSON(data, {
          renderer, interactive: false,
          style: (feature) => feature.properties.code === highlight
            ? { color: "#a4161a", weight: 2, fill: false, className: "commune-boundary commune-highlight" }
            : { color: "#ced4da", weight: 0.6, fill: false, className: "commune-boundary" },
        });
        group.addLayer(layer);
        // Over its neighbours' borders, which it shares.
        layer.eachLayer((shape) => shape.feature.properties.code === highlight && map.hasLayer(shape) && shape.bringToFront());
        data.features.forEach((feature) => labels.addLayer(label(feature)));
      });
    });
  }
  map.on("zoomend moveend", show);
  show();
  return group;
};

// The base layers a map element asks for in its data attributes: `data-boundaries` (provinces' URL),
// `data-communes` (JSON: province code → URL of its communes) and `data-commune` (the commune to outline).
window.phongtraoBaseLayers = function (map, el) {
  return window.phongtraoBoundaries(map, el.dataset.boundaries).then((provinces) => {
    if (provinces && el.dataset.communes) {
      window.phongtraoCommunes(map, JSON.parse(el.dataset.communes), provinces, el.dataset.commune);
    }
    return provinces;
  });
};
