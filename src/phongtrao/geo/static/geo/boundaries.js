// Province boundaries (geo/provinces.geojson, approximate: see geo/data/PROVENANCE.md) under a Leaflet map.
// phongtraoBoundaries(map, url, {fill: code => colour|null, tooltip: code => text, popup: code => node}) → Promise of
// the layer. Without `fill` the provinces are drawn as a light base map (the app has no tile server by default).
window.phongtraoBoundaries = function (map, url, options = {}) {
  if (!url) return Promise.resolve(null);
  return fetch(url, { credentials: "same-origin" })
    .then((r) => r.json())
    .then((data) => {
      const fill = options.fill || (() => null);
      const layer = L.geoJSON(data, {
        renderer: L.svg({ padding: 0.5 }),
        interactive: Boolean(options.tooltip || options.popup),
        style: (feature) => {
          const colour = fill(feature.properties.code);
          return { color: "#868e96", weight: 1, fillColor: colour || "#f1f3f5", fillOpacity: colour ? 0.85 : 0.7,
                   className: "province-boundary" };
        },
        onEachFeature: (feature, shape) => {
          const code = feature.properties.code;
          if (options.tooltip && options.tooltip(code)) shape.bindTooltip(options.tooltip(code), { sticky: true });
          if (options.popup && options.popup(code)) shape.bindPopup(() => options.popup(code));
        },
      }).addTo(map);
      layer.bringToBack();
      map.getContainer().classList.add("has-boundaries");  // the sea in blue (core.css)
      return layer;
    });
};
