// Draws every <div data-chart="name"> with the Vega-Lite spec of that name from #chart-specs.
(function () {
  var holder = document.getElementById("chart-specs");
  if (!holder || !window.vegaEmbed) { return; }
  var specs = JSON.parse(holder.textContent);
  document.querySelectorAll("[data-chart]").forEach(function (el) {
    var spec = specs[el.getAttribute("data-chart")];
    if (!spec) { return; }
    window.vegaEmbed(el, spec, {actions: false, renderer: "svg"}).then(function () {
      el.setAttribute("data-drawn", "true");
    }).catch(function (err) {
      el.textContent = "Chart could not be drawn: " + err;
    });
  });
})();
