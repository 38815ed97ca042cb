// Dashboard charts (Chart.js) and the map of units coloured by a figure (Leaflet, no tile server needed).
(function () {
  const fmt = new Intl.NumberFormat(document.documentElement.lang === "en" ? "en-US" : "vi-VN", { maximumFractionDigits: 2 });

  document.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
    if (typeof Chart === "undefined") return;
    const spec = JSON.parse(document.getElementById(canvas.dataset.chart).textContent);
    const twoAxes = spec.series.some((s) => s.axis === "y1");
    const scales = {
      x: { stacked: !!spec.stacked, beginAtZero: true },
      y: { stacked: !!spec.stacked, beginAtZero: true },
    };
    if (twoAxes) scales.y1 = { beginAtZero: true, position: "right", grid: { drawOnChartArea: false } };
    new Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s) => ({
          label: s.label, data: s.data, yAxisID: spec.horizontal ? undefined : (s.axis || "y"),
          borderColor: s.color, backgroundColor: s.fill || s.color, borderDash: s.dash || undefined,
          pointRadius: spec.type === "line" ? 2 : undefined, fill: s.band ? s.band : false,
        })),
      },
      options: {
        animation: false, maintainAspectRatio: false, indexAxis: spec.horizontal ? "y" : "x",
        scales, plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
      },
    });
  });

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    node.className = cls;
    node.textContent = text;
    return node;
  }

  function popup(name, value, url) {
    const box = el("div", "", "");
    box.append(el("strong", "", name), el("div", "", `${mapEl.dataset.label}: ${fmt.format(value)}`));
    const link = el("a", "", mapEl.dataset.openLabel);
    link.href = url;
    box.append(link);
    return box;
  }

  const mapEl = document.getElementById("unit-map");
  if (mapEl && typeof L !== "undefined") {
    const points = JSON.parse(document.getElementById(mapEl.dataset.points).textContent);
    const map = L.map(mapEl, { zoomSnap: 0.25 });  // SVG: at most a few hundred dots, each clickable
    if (mapEl.dataset.tiles) L.tileLayer(mapEl.dataset.tiles, { maxZoom: 18 }).addTo(map);
    const values = points.map((p) => p[3]).sort((a, b) => a - b);
    const q = (f) => values[Math.min(values.length - 1, Math.floor(f * values.length))];
    // Up to five classes of equal counts; tied values (many zeros) merge classes instead of repeating them.
    const lowest = values[0], highest = values[values.length - 1];
    const breaks = [...new Set([q(0.2), q(0.4), q(0.6), q(0.8)])].filter((b) => b >= lowest && b < highest);
    const ramp = ["#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15"];
    const colors = ramp.slice(ramp.length - breaks.length - 1);
    const colour = (v) => colors[breaks.filter((b) => v > b).length];
    const radius = points.length > 60 ? 6 : 11;
    // Provinces (the national dashboard) fill their boundaries, a province's communes their areas
    // (`data-areas`); units without a shape are dots.
    const byCode = new Map(points.filter((p) => p[5]).map((p) => [p[5], p]));
    const areas = mapEl.dataset.areas;
    const filled = byCode.size === points.length && (areas || (mapEl.dataset.boundaries && points.every((p) => p[5].length === 2)));
    const layer = L.featureGroup(filled ? [] : points.map(([name, lat, lon, value, url]) =>
      L.circleMarker([lat, lon], { radius, color: "#555", weight: 1, fillColor: colour(value), fillOpacity: 0.9 })
        .bindTooltip(`${name}: ${fmt.format(value)}`, { sticky: true })
        .bindPopup(() => popup(name, value, url))
    )).addTo(map);
    const choropleth = filled ? {
      fill: (code) => byCode.has(code) ? colour(byCode.get(code)[3]) : null,
      tooltip: (code) => byCode.has(code) && `${byCode.get(code)[0]}: ${fmt.format(byCode.get(code)[3])}`,
      popup: (code) => byCode.has(code) && popup(byCode.get(code)[0], byCode.get(code)[3], byCode.get(code)[4]),
    } : {};
    window.phongtraoBoundaries(map, mapEl.dataset.boundaries, areas ? {} : choropleth);
    if (areas && filled) window.phongtraoBoundaries(map, areas, { ...choropleth, className: "commune-area" });
    // Frame the bulk of the units: a far island (Côn Đảo, Trường Sa) must not shrink the mainland to a dot.
    const cut = (list, f) => list.slice().sort((a, b) => a - b)[Math.floor(f * (list.length - 1))];
    if (points.length > 10) {
      const lats = points.map((p) => p[1]), lons = points.map((p) => p[2]);
      map.fitBounds([[cut(lats, 0.03), cut(lons, 0.03)], [cut(lats, 0.97), cut(lons, 0.97)]], { padding: [20, 20] });
    } else if (points.length) map.fitBounds(layer.getBounds().pad(0.1)); else map.setView([16, 106], 5);
    if (points.length <= 60) {
      points.forEach(([name, lat, lon]) => L.marker([lat, lon], { icon: L.divIcon({ className: "province-label", html: name, iconSize: null, iconAnchor: [-8, 6] }), interactive: false }).addTo(map));
    }
    const legend = document.getElementById("unit-map-legend");
    if (legend && values.length) {
      const edges = [lowest, ...breaks, highest];
      legend.append(el("span", "me-2", mapEl.dataset.label + ":"));
      colors.forEach((c, i) => {
        const range = i === 0 ? `≤ ${fmt.format(edges[1])}` : `${fmt.format(edges[i])}–${fmt.format(edges[i + 1])}`;
        const item = el("span", "me-2 text-nowrap", " " + range);
        const dot = el("span", "legend-dot", "");
        dot.style.background = c;
        item.prepend(dot);
        legend.append(item);
      });
    }
  }

  document.querySelectorAll("[data-print]").forEach((b) => b.addEventListener("click", () => window.print()));
})();
