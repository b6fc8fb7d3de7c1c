// SPDX-License-Identifier: Apache-2.0
// Small hand-written SVG charts for the dashboard: line charts, a heatmap and horizontal bars.
// Every text that comes from data goes in through textContent, never as markup.
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var PALETTE = ['#2f6fdb', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#b07aa1', '#edc948', '#9c755f',
    '#ff9da7', '#7f8c9d'];

  function svg(tag, attributes, parent) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, String(attributes[name]));
    });
    if (parent) {
      parent.appendChild(node);
    }
    return node;
  }

  function text(parent, x, y, value, attributes) {
    var attrs = Object.assign({ x: x, y: y }, attributes || {});
    var node = svg('text', attrs, parent);
    node.textContent = String(value);
    return node;
  }

  function html(tag, className, value) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (value !== undefined && value !== null) {
      node.textContent = String(value);
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function niceStep(range, count) {
    var raw = range / Math.max(1, count);
    var power = Math.pow(10, Math.floor(Math.log10(raw)));
    var fraction = raw / power;
    var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return nice * power;
  }

  function ticks(min, max, count) {
    if (!(max > min)) {
      return [min];
    }
    var step = niceStep(max - min, count);
    var first = Math.ceil(min / step) * step;
    var out = [];
    for (var value = first; value <= max + step * 1e-9; value += step) {
      out.push(Math.abs(value) < step * 1e-9 ? 0 : value);
    }
    return out;
  }

  function format(value) {
    if (value === null || value === undefined || !isFinite(value)) {
      return '–';
    }
    var magnitude = Math.abs(value);
    if (magnitude !== 0 && (magnitude >= 1e5 || magnitude < 1e-3)) {
      return value.toExponential(2);
    }
    return String(Number(value.toPrecision(4)));
  }

  function color(index) {
    return PALETTE[index % PALETTE.length];
  }

  function legend(container, series) {
    var box = html('div', 'legend');
    series.forEach(function (s) {
      var item = html('span', 'legend-item');
      var swatch = html('span', 'legend-swatch' + (s.dashed ? ' dashed' : ''));
      swatch.style.color = s.color;
      if (!s.dashed) {
        swatch.style.background = s.color;
      }
      var label = html('span', 'legend-label', s.name);
      label.title = s.name;
      item.appendChild(swatch);
      item.appendChild(label);
      box.appendChild(item);
    });
    container.appendChild(box);
  }

  var tooltip = null;

  function showTooltip(event, title, rows) {
    if (!tooltip) {
      tooltip = html('div', 'tooltip');
      document.body.appendChild(tooltip);
    }
    clear(tooltip);
    tooltip.appendChild(html('div', 'tooltip-title', title));
    rows.forEach(function (row) {
      tooltip.appendChild(html('div', null, row));
    });
    tooltip.hidden = false;
    tooltip.style.left = (event.clientX + 14) + 'px';
    tooltip.style.top = (event.clientY + 10) + 'px';
  }

  function hideTooltip() {
    if (tooltip) {
      tooltip.hidden = true;
    }
  }

  function extent(series, pick, fixedMin, fixedMax, withAir) {
    var min = Infinity;
    var max = -Infinity;
    series.forEach(function (s) {
      s.points.forEach(function (p) {
        var v = pick(p);
        if (isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      });
    });
    if (fixedMin !== undefined) {
      min = fixedMin;
    }
    if (fixedMax !== undefined) {
      max = fixedMax;
    }
    if (!isFinite(min)) {
      return [0, 1];
    }
    if (min === max) {
      var pad = Math.abs(min) * 0.1 || 1;
      return [min - pad, max + pad];
    }
    // a little air above and below the curves, unless the caller fixed that end
    var air = withAir ? (max - min) * 0.05 : 0;
    return [fixedMin !== undefined ? min : min - air, fixedMax !== undefined ? max : max + air];
  }

  /**
   * Draws a line chart. options: {series: [{name, points: [[x, y], ...], dashed}], xLabel, yMin, yMax, height}.
   */
  function lineChart(container, options) {
    clear(container);
    var width = 560;
    var height = options.height || 250;
    var margin = { top: 10, right: 16, bottom: 34, left: 52 };
    var series = options.series.map(function (s, i) {
      return Object.assign({ color: s.color || color(i) }, s);
    });
    var xs = extent(series, function (p) { return p[0]; });
    // steps are never negative: a lone point at step 0 sits on the left edge, not mid-axis
    xs[0] = Math.max(0, xs[0]);
    var ys = extent(series, function (p) { return p[1]; }, options.yMin, options.yMax, true);
    var plotWidth = width - margin.left - margin.right;
    var plotHeight = height - margin.top - margin.bottom;
    var x = function (v) { return margin.left + (v - xs[0]) / (xs[1] - xs[0]) * plotWidth; };
    var y = function (v) { return margin.top + plotHeight - (v - ys[0]) / (ys[1] - ys[0]) * plotHeight; };
    var root = svg('svg', { class: 'chart', viewBox: '0 0 ' + width + ' ' + height, role: 'img' }, container);

    ticks(ys[0], ys[1], 5).forEach(function (value) {
      svg('line', { class: 'grid-line', x1: margin.left, x2: width - margin.right, y1: y(value), y2: y(value) }, root);
      text(root, margin.left - 6, y(value) + 4, format(value), { 'text-anchor': 'end' });
    });
    ticks(xs[0], xs[1], 6).filter(function (v) { return Math.round(v) === v; }).forEach(function (value) {
      text(root, x(value), height - margin.bottom + 16, format(value), { 'text-anchor': 'middle' });
    });
    svg('line', { class: 'axis', x1: margin.left, x2: width - margin.right, y1: margin.top + plotHeight,
      y2: margin.top + plotHeight }, root);
    text(root, margin.left + plotWidth / 2, height - 4, options.xLabel || 'step',
      { 'text-anchor': 'middle', class: 'axis-title' });

    series.forEach(function (s) {
      var points = s.points.filter(function (p) { return isFinite(p[1]); });
      if (points.length === 0) {
        return;
      }
      var d = points.map(function (p, i) { return (i ? 'L' : 'M') + x(p[0]).toFixed(1) + ' ' + y(p[1]).toFixed(1); });
      svg('path', { d: d.join(' '), fill: 'none', stroke: s.color, 'stroke-width': 2,
        'stroke-dasharray': s.dashed ? '6 4' : 'none', 'stroke-linejoin': 'round' }, root);
      if (points.length === 1) {
        svg('circle', { cx: x(points[0][0]), cy: y(points[0][1]), r: 3, fill: s.color }, root);
      }
    });
    hover(root, series, x, xs, margin, plotWidth, plotHeight);
    legend(container, series);
  }

  function hover(root, series, x, xs, margin, plotWidth, plotHeight) {
    var steps = [];
    series.forEach(function (s) { s.points.forEach(function (p) { steps.push(p[0]); }); });
    steps = Array.from(new Set(steps)).sort(function (a, b) { return a - b; });
    var guide = svg('line', { class: 'hover-line', y1: margin.top, y2: margin.top + plotHeight, visibility: 'hidden' },
      root);
    var overlay = svg('rect', { x: margin.left, y: margin.top, width: plotWidth, height: plotHeight,
      fill: 'transparent' }, root);
    overlay.addEventListener('mousemove', function (event) {
      var box = root.getBoundingClientRect();
      var scale = box.width / root.viewBox.baseVal.width;
      var value = xs[0] + ((event.clientX - box.left) / scale - margin.left) / plotWidth * (xs[1] - xs[0]);
      var nearest = steps.reduce(function (best, s) {
        return Math.abs(s - value) < Math.abs(best - value) ? s : best;
      }, steps[0]);
      guide.setAttribute('x1', x(nearest));
      guide.setAttribute('x2', x(nearest));
      guide.setAttribute('visibility', 'visible');
      var rows = series.map(function (s) {
        var point = s.points.find(function (p) { return p[0] === nearest; });
        return s.name + ': ' + format(point ? point[1] : null);
      });
      showTooltip(event, 'step ' + nearest, rows);
    });
    overlay.addEventListener('mouseleave', function () {
      guide.setAttribute('visibility', 'hidden');
      hideTooltip();
    });
  }

  // matplotlib's "bone" colour map (the notebook's seaborn heatmap), as piecewise-linear channels
  var BONE = {
    r: [[0, 0], [0.746032, 0.652778], [1, 1]],
    g: [[0, 0], [0.365079, 0.319444], [0.746032, 0.777778], [1, 1]],
    b: [[0, 0], [0.365079, 0.444444], [1, 1]]
  };

  function channel(stops, t) {
    for (var i = 1; i < stops.length; i++) {
      if (t <= stops[i][0]) {
        var a = stops[i - 1];
        var b = stops[i];
        return a[1] + (b[1] - a[1]) * (t - a[0]) / (b[0] - a[0]);
      }
    }
    return stops[stops.length - 1][1];
  }

  function bone(t) {
    var v = Math.max(0, Math.min(1, isFinite(t) ? t : 0));
    var rgb = [channel(BONE.r, v), channel(BONE.g, v), channel(BONE.b, v)];
    return { css: 'rgb(' + rgb.map(function (c) { return Math.round(c * 255); }).join(',') + ')',
      light: 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] > 0.55 };
  }

  /**
   * Draws a confusion matrix: colour by the row-normalised value, the count written in each cell.
   * matrix: {labels, counts, rowNormalized}.
   */
  function heatmap(container, matrix) {
    clear(container);
    var n = matrix.labels.length;
    var cell = Math.max(16, Math.floor(400 / Math.max(1, n)));
    var fontSize = Math.max(9, Math.min(18, Math.round(cell * 0.3)));
    var margin = { top: 8, left: 58, bottom: 46, right: 8 };
    var size = cell * n;
    var width = margin.left + size + margin.right;
    var height = margin.top + size + margin.bottom;
    var root = svg('svg', { class: 'chart heatmap-chart', viewBox: '0 0 ' + width + ' ' + height, role: 'img' },
      container);
    var labelEvery = Math.ceil(n / 20);
    for (var t = 0; t < n; t++) {
      for (var p = 0; p < n; p++) {
        cellAt(root, matrix, t, p, { x: margin.left + p * cell, y: margin.top + t * cell, size: cell,
          fontSize: fontSize });
      }
      if (t % labelEvery === 0) {
        text(root, margin.left - 8, margin.top + (t + 0.5) * cell + 4, shorten(matrix.labels[t], 8),
          { 'text-anchor': 'end' });
        text(root, margin.left + (t + 0.5) * cell, margin.top + size + 16, shorten(matrix.labels[t], 8),
          { 'text-anchor': 'middle' });
      }
    }
    text(root, margin.left + size / 2, height - 6, 'predicted', { 'text-anchor': 'middle', class: 'axis-title' });
    text(root, 14, margin.top + size / 2, 'true',
      { 'text-anchor': 'middle', class: 'axis-title', transform: 'rotate(-90 14 ' + (margin.top + size / 2) + ')' });
  }

  function cellAt(root, matrix, t, p, box) {
    var share = matrix.rowNormalized[t][p];
    var shade = bone(share);
    var rect = svg('rect', { x: box.x, y: box.y, width: box.size, height: box.size, fill: shade.css,
      class: 'cell' }, root);
    var title = svg('title', {}, rect);
    title.textContent = 'true ' + matrix.labels[t] + ', predicted ' + matrix.labels[p] + ': '
      + matrix.counts[t][p] + ' (' + (share * 100).toFixed(1) + '% of the row)';
    if (box.size >= 18) {
      var label = text(root, box.x + box.size / 2, box.y + box.size / 2 + box.fontSize * 0.35, matrix.counts[t][p],
        { 'text-anchor': 'middle', class: 'cell-text ' + (shade.light ? 'on-light' : 'on-dark') });
      label.style.fontSize = box.fontSize + 'px';
    }
  }

  function shorten(value, max) {
    var s = String(value);
    return s.length > max ? s.slice(0, max - 1) + '…' : s;
  }

  /**
   * Draws horizontal bars. items: [{label, value}], largest first.
   */
  function barChart(container, items, options) {
    clear(container);
    var opts = options || {};
    var width = 560;
    var row = 22;
    var margin = { top: 4, left: 150, right: 60, bottom: 4 };
    var height = margin.top + margin.bottom + row * items.length;
    var root = svg('svg', { class: 'chart', viewBox: '0 0 ' + width + ' ' + height, role: 'img' }, container);
    var max = items.reduce(function (m, item) { return Math.max(m, Math.abs(item.value)); }, 0) || 1;
    var plot = width - margin.left - margin.right;
    items.forEach(function (item, i) {
      var y = margin.top + i * row;
      var label = text(root, margin.left - 8, y + row / 2 + 4, shorten(item.label, 22), { 'text-anchor': 'end' });
      var title = svg('title', {}, label);
      title.textContent = item.label;
      svg('rect', { x: margin.left, y: y + 4, height: row - 8, rx: 3, width: Math.max(1, Math.abs(item.value) / max * plot),
        fill: opts.color || '#2f6fdb', opacity: 0.85 }, root);
      text(root, margin.left + Math.abs(item.value) / max * plot + 6, y + row / 2 + 4, format(item.value));
    });
  }

  window.BoostscopeCharts = {
    lineChart: lineChart,
    heatmap: heatmap,
    barChart: barChart,
    format: format,
    color: color,
    bone: bone,
    html: html,
    clear: clear
  };
}());
