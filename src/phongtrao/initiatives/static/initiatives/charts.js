// Spread of a model type over the years: cumulative sites and provinces.
(function () {
  const canvas = document.getElementById("spread-chart");
  if (!canvas || typeof Chart === "undefined") return;
  const rows = JSON.parse(canvas.dataset.spread);
  new Chart(canvas, {
    type: "line",
    data: {
      labels: rows.map((r) => r.year),
      datasets: [
        { label: canvas.dataset.labelSites || "Điểm", data: rows.map((r) => r.sites), yAxisID: "y", borderColor: "#a4161a" },
        { label: canvas.dataset.labelProvinces || "Tỉnh", data: rows.map((r) => r.provinces), yAxisID: "y1", borderColor: "#1d3557" },
      ],
    },
    options: {
      animation: false,
      scales: { y: { beginAtZero: true }, y1: { beginAtZero: true, position: "right", grid: { drawOnChartArea: false } } },
    },
  });
})();
